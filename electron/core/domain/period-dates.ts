import { periodQuarters, type Period } from './period';
import { quarterParts } from './quarter';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last calendar day of a period, as the report and its records store them. */
export function periodDates(period: Period): { from: string; to: string } {
  const { from, to } = periodQuarters(period);
  const start = quarterParts(from);
  const end = quarterParts(to);
  const endMonth = end.q * 3;
  return {
    from: `${String(start.year)}-${String((start.q - 1) * 3 + 1).padStart(2, '0')}-01`,
    to: `${String(end.year)}-${String(endMonth).padStart(2, '0')}-${String(lastDayOfMonth(end.year, endMonth)).padStart(2, '0')}`,
  };
}
