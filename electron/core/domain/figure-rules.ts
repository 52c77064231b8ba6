import type { Measure } from './measures';

export type FigureProblem = 'negative' | 'fraction' | 'too_large' | 'not_a_number';

/**
 * What a stored figure may be, whichever way it arrives (import, hand edit, API, restored backup). A
 * count is whole and at most a million: no IPS service in the fidelity literature reaches a thousand
 * people a quarter, so a bigger number is a typing or export error, never data. Staffing is in
 * full-time equivalents and at most 500, the same reasoning at the scale of a regional team.
 */
export const figureRules = {
  maxCount: 1_000_000,
  maxFte: 500,

  /** The largest value a measure takes. */
  max(measure: Measure): number {
    return measure === 'es_fte' ? figureRules.maxFte : figureRules.maxCount;
  },

  /** What is wrong with a value for a measure, or null when it may be stored. */
  problem(measure: Measure, value: number): FigureProblem | null {
    if (Number.isNaN(value)) return 'not_a_number';
    if (value < 0) return 'negative';
    if (value > figureRules.max(measure)) return 'too_large';
    if (measure !== 'es_fte' && !Number.isInteger(value)) return 'fraction';
    return null;
  },
};
