import type { TargetMeasure } from '../domain/measures';
import { addQuarters, quarterOfDate, quarterParts } from '../domain/quarter';

/**
 * The demo committee's targets for the whole region: for the year of its latest figures (decided at its
 * second meeting, in that year or in the autumn before it) and for the year before. The decision's wording
 * is filled in from these numbers, so what the minutes say was decided is what the targets table holds.
 */
export const demoTargets = {
  previousYear: { referrals: 130, engaged: 100, job_starts: 45, sustained_13w: 26 } satisfies Record<TargetMeasure, number>,
  decisionYear: { referrals: 150, engaged: 110, job_starts: 48, sustained_13w: 26 } satisfies Record<TargetMeasure, number>,
  /** The year the decision sets targets for: the year of the last quarter that had ended by `today`. */
  year(today: string): number {
    return quarterParts(addQuarters(quarterOfDate(today), -1)).year;
  },
};
