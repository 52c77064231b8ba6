import { quarterEnd } from './quarter-end';

/**
 * Whether a quarter has ended on a day (YYYY-MM-DD): from its last day on, its figures can be complete.
 * The one judgement the grid, the dashboard, the targets and the report use; a quarter that has not ended
 * is "not ended yet", never "missing".
 */
export function quarterHasEnded(quarter: string, today: string): boolean {
  return quarterEnd(quarter) <= today;
}
