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

/**
 * Flows happen during a quarter and add up over a period: a half-year's referrals are its two quarters'.
 * Stocks describe the caseload in a quarter and do not add up: over a period they are the average per
 * quarter. Every figure of the workbench treats a measure by its kind (see figures/summarise-figures).
 */
export const flowMeasures = ['referrals', 'engaged', 'job_starts', 'sustained_13w', 'ended_employed', 'ended_unemployed'] as const;
export const stockMeasures = ['served', 'worked', 'in_education', 'sheltered', 'es_fte'] as const;

export type FlowMeasure = (typeof flowMeasures)[number];
export type StockMeasure = (typeof stockMeasures)[number];

export function isStock(measure: Measure): measure is StockMeasure {
  return stockMeasures.some((stock) => stock === measure);
}

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

/** A record with one value per stock, spelled out so the type needs no assertion. */
export function mapStocks<T>(value: (measure: StockMeasure) => T): Record<StockMeasure, T> {
  return { served: value('served'), worked: value('worked'), in_education: value('in_education'), sheltered: value('sheltered'), es_fte: value('es_fte') };
}
