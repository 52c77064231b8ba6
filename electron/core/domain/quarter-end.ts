import { quarterParts } from './quarter';

/** The last day of a quarter, YYYY-MM-DD: 2026-Q1 ends on 2026-03-31. */
export function quarterEnd(quarter: string): string {
  const { year, q } = quarterParts(quarter);
  return new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
}
