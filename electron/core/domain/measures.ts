/** Whole-number counts reported by each IPS service for each quarter (definitions in the locale files). */
export const countMeasures = [
  'referrals',
  'engaged',
  'served',
  'worked',
  'job_starts',
  'sustained_13w',
  'in_education',
  'sheltered',
  'ended_employed',
  'ended_unemployed',
] as const;

export type CountMeasure = (typeof countMeasures)[number];

/** Every quarterly measure: the counts plus employment-specialist staffing in full-time equivalents. */
export const measures = [...countMeasures, 'es_fte'] as const;

export type Measure = (typeof measures)[number];

/** What the committee sets targets for, per year (the ESCF plan's four outcome lines). */
export const targetMeasures = ['referrals', 'engaged', 'job_starts', 'sustained_13w'] as const;

export type TargetMeasure = (typeof targetMeasures)[number];

export function isMeasure(value: string): value is Measure {
  return measures.some((measure) => measure === value);
}

/** A record with one value per measure, spelled out so the type needs no assertion. */
export function mapMeasures<T>(value: (measure: Measure) => T): Record<Measure, T> {
  return {
    referrals: value('referrals'),
    engaged: value('engaged'),
    served: value('served'),
    worked: value('worked'),
    job_starts: value('job_starts'),
    sustained_13w: value('sustained_13w'),
    in_education: value('in_education'),
    sheltered: value('sheltered'),
    ended_employed: value('ended_employed'),
    ended_unemployed: value('ended_unemployed'),
    es_fte: value('es_fte'),
  };
}

/** A record with every measure unset ("not reported"). */
export function emptyMeasures(): Record<Measure, number | null> {
  return mapMeasures(() => null);
}
