import { targetMeasures, type TargetMeasure } from '../domain/measures';
import type { Target } from './load-targets';
import type { FigureSummary } from './summarise-figures';

export type TargetLine = {
  measure: TargetMeasure;
  target: number | null;
  actual: number | null;
  /** The share of the year's target that the quarters so far should have reached at an even pace. */
  expectedByNow: number | null;
  progress: number | null;
  onPace: boolean | null;
};

export type TargetProgress = { year: number; quartersElapsed: number; lines: TargetLine[] };

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

export function targetProgress(year: number, quartersElapsed: number, targets: readonly Target[], soFar: FigureSummary): TargetProgress {
  return {
    year,
    quartersElapsed,
    lines: targetMeasures.map((measure) => {
      const target = committeeTarget(targets, measure);
      const actual = soFar.totals[measure];
      const expectedByNow = target === null ? null : (target * quartersElapsed) / 4;
      return {
        measure,
        target,
        actual,
        expectedByNow,
        progress: target === null || target === 0 || actual === null ? null : actual / target,
        onPace: expectedByNow === null || actual === null ? null : actual >= expectedByNow,
      };
    }),
  };
}
