import { targetMeasures, type TargetMeasure } from '../domain/measures';
import { makeQuarter, type Quarter } from '../domain/quarter';
import type { Target } from './load-targets';
import { quarterHasEnded } from '../domain/quarter-has-ended';
import type { FigureSummary } from './summarise-figures';

/** While the year runs: on pace or behind, counted over the quarters reported. Once it is over: met or not met. */
export type TargetJudgement = 'on_pace' | 'behind' | 'met' | 'not_met';

export type TargetLine = {
  measure: TargetMeasure;
  target: number | null;
  actual: number | null;
  /** The part of the target an even pace reaches over the quarters reported; the whole target once the year is over. */
  expected: number | null;
  /** Actual as a share of the whole year's target. */
  share: number | null;
  judgement: TargetJudgement | null;
};

/** The ESCF plan reads conversion rates off its targets: engagements ÷ referrals, job starts ÷ engagements, sustainments ÷ job starts. */
export type ImpliedRates = { engagementRate: number | null; jobStartRate: number | null; sustainmentRate: number | null };

export type TargetProgress = {
  year: number;
  /** The quarters of the year with figures: the pace is counted over these, never over quarters without figures. */
  reportedQuarters: Quarter[];
  /** Quarters of the year that had ended by the day of the judgement but have no figures. */
  missingQuarters: Quarter[];
  /** Every quarter of the year had ended by the day of the judgement. */
  yearOver: boolean;
  lines: TargetLine[];
  impliedRates: ImpliedRates;
};

/**
 * The committee's target for a year: its own committee-wide line where it set one, otherwise the sum of
 * the services' targets (null for a measure nobody set).
 */
export function committeeTarget(targets: readonly Target[], measure: TargetMeasure): number | null {
  const own = targets.find((target) => target.serviceId === null);
  if (own !== undefined && own[measure] !== null) return own[measure];
  const values = targets.filter((target) => target.serviceId !== null).map((target) => target[measure]);
  return values.some((value) => value !== null) ? values.reduce<number>((sum, value) => sum + (value ?? 0), 0) : null;
}

function implied(targets: readonly Target[]): ImpliedRates {
  const rate = (top: TargetMeasure, bottom: TargetMeasure) => {
    const a = committeeTarget(targets, top);
    const b = committeeTarget(targets, bottom);
    return a === null || b === null || b === 0 ? null : a / b;
  };
  return { engagementRate: rate('engaged', 'referrals'), jobStartRate: rate('job_starts', 'engaged'), sustainmentRate: rate('sustained_13w', 'job_starts') };
}

/**
 * How a year's figures stand against its targets on a day (`asOf`, YYYY-MM-DD): the one judgement of targets
 * that the dashboard, the report and its summary share. The pace counts only the quarters that have figures; a
 * target already reached is met; a year whose every quarter has ended is met or not met, never on pace.
 */
export function targetProgress(year: number, targets: readonly Target[], soFar: FigureSummary, asOf: string): TargetProgress {
  const quarters = [1, 2, 3, 4].map((q) => makeQuarter(year, q));
  const reportedQuarters = quarters.filter((quarter) => soFar.quarters.includes(quarter));
  const ended = quarters.filter((quarter) => quarterHasEnded(quarter, asOf));
  const yearOver = ended.length === 4;
  return {
    year,
    reportedQuarters,
    missingQuarters: ended.filter((quarter) => !reportedQuarters.includes(quarter)),
    yearOver,
    impliedRates: implied(targets),
    lines: targetMeasures.map((measure): TargetLine => {
      const target = committeeTarget(targets, measure);
      const actual = soFar.totals[measure];
      const expected = target === null ? null : yearOver ? target : (target * reportedQuarters.length) / 4;
      const share = target === null || target === 0 || actual === null ? null : actual / target;
      let judgement: TargetJudgement | null = null;
      if (target !== null && actual !== null && expected !== null) {
        if (actual >= target) judgement = 'met';
        else if (yearOver) judgement = 'not_met';
        else if (reportedQuarters.length > 0) judgement = actual >= expected ? 'on_pace' : 'behind';
      }
      return { measure, target, actual, expected, share, judgement };
    }),
  };
}
