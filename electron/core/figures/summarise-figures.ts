import { emptyMeasures, isStock, mapStocks, measures, type Measure, type StockMeasure } from '../domain/measures';
import type { FigureRow } from './figure-row';

/**
 * A rate with the two numbers it divides. For the conversion rates these are sums over the period; for the
 * employment rate and the caseload, whose parts are stocks, they are averages per quarter.
 */
export type Rate = { numerator: number; denominator: number; value: number } | null;

export type EmploymentBand = 'below_minimal' | 'minimal' | 'average' | 'excellent';

export type FigureSummary = {
  /**
   * Each measure over the rows that reported it; null when none did. Flows are summed over the period;
   * stocks are each service's average per quarter, added up over the services.
   */
  totals: Record<Measure, number | null>;
  /** The stocks of the last quarter the rows reach, where a reader wants the caseload now as well as on average. */
  latest: { quarter: string; stocks: Record<StockMeasure, number | null> } | null;
  /** The quarters the rows cover, in order. */
  quarters: string[];
  /** The ESCF plan's conversion rates: engaged / referrals, job starts / engaged, 13-week sustainments / job starts. */
  engagementRate: Rate;
  jobStartRate: Rate;
  sustainmentRate: Rate;
  /** IPS Learning Community: people working / people served, both averaged per quarter. */
  employmentRate: Rate;
  employmentBand: EmploymentBand | null;
  /** People served per employment specialist (FTE), average over average; fidelity asks for 20 or fewer. */
  caseloadPerFte: Rate;
  rowCount: number;
};

type Pair = readonly [FigureRow, number, number];

/** The rows that reported both parts of a rate, with the two values. */
function paired(rows: readonly FigureRow[], numerator: Measure, denominator: Measure): Pair[] {
  return rows.flatMap((row): Pair[] => {
    const a = row[numerator];
    const b = row[denominator];
    return a === null || b === null ? [] : [[row, a, b]];
  });
}

/** A rate of flows: the ratio of the sums over the rows that reported both; no rows or a zero denominator is no data. */
function flowRatio(rows: readonly FigureRow[], numerator: Measure, denominator: Measure): Rate {
  const pairs = paired(rows, numerator, denominator);
  const top = pairs.reduce((sum, [, a]) => sum + a, 0);
  const bottom = pairs.reduce((sum, [, , b]) => sum + b, 0);
  if (pairs.length === 0 || bottom === 0) return null;
  return { numerator: top, denominator: bottom, value: top / bottom };
}

/** Each service's average per quarter of its values, added up over the services: a caseload, not a count of events. */
function averagePerQuarter(values: readonly (readonly [serviceId: string, value: number])[]): number {
  const byService = new Map<string, number[]>();
  for (const [serviceId, value] of values) byService.set(serviceId, [...(byService.get(serviceId) ?? []), value]);
  let total = 0;
  for (const list of byService.values()) total += list.reduce((sum, value) => sum + value, 0) / list.length;
  return total;
}

/**
 * A rate of stocks: average over average, over the rows that reported both. With every quarter reported this
 * is the sum of one over the sum of the other (the quarters' rates weighted by caseload).
 */
function stockRatio(rows: readonly FigureRow[], numerator: Measure, denominator: Measure): Rate {
  const pairs = paired(rows, numerator, denominator);
  if (pairs.length === 0) return null;
  const top = averagePerQuarter(pairs.map(([row, a]) => [row.serviceId, a] as const));
  const bottom = averagePerQuarter(pairs.map(([row, , b]) => [row.serviceId, b] as const));
  if (bottom === 0) return null;
  return { numerator: top, denominator: bottom, value: top / bottom };
}

/** IPS Learning Community quarterly employment-rate benchmarks: 31% minimal, 41% average, 50% excellent. */
export const employmentBenchmarks = { minimal: 0.31, average: 0.41, excellent: 0.5 } as const;

export function employmentBand(rate: number): EmploymentBand {
  if (rate >= employmentBenchmarks.excellent) return 'excellent';
  if (rate >= employmentBenchmarks.average) return 'average';
  if (rate >= employmentBenchmarks.minimal) return 'minimal';
  return 'below_minimal';
}

function totalOf(rows: readonly FigureRow[], measure: Measure): number | null {
  const reported = rows.flatMap((row) => {
    const value = row[measure];
    return value === null ? [] : [[row.serviceId, value] as const];
  });
  if (reported.length === 0) return null;
  return isStock(measure) ? averagePerQuarter(reported) : reported.reduce((sum, [, value]) => sum + value, 0);
}

/**
 * Every figure the dashboard, the report and the command line show for a set of rows (services ×
 * quarters): flows summed, stocks averaged per quarter, rates as ratios of the sums or of the averages.
 * A period of one quarter gives the plain quarter's numbers either way.
 */
export function summariseFigures(rows: readonly FigureRow[]): FigureSummary {
  const totals = emptyMeasures();
  for (const measure of measures) totals[measure] = totalOf(rows, measure);
  const quarters = [...new Set(rows.map((row) => row.quarter))].sort();
  const last = quarters.at(-1);
  const lastRows = rows.filter((row) => row.quarter === last);
  const employmentRate = stockRatio(rows, 'worked', 'served');
  return {
    totals,
    latest: last === undefined ? null : { quarter: last, stocks: mapStocks((measure) => totalOf(lastRows, measure)) },
    quarters,
    engagementRate: flowRatio(rows, 'engaged', 'referrals'),
    jobStartRate: flowRatio(rows, 'job_starts', 'engaged'),
    sustainmentRate: flowRatio(rows, 'sustained_13w', 'job_starts'),
    employmentRate,
    employmentBand: employmentRate === null ? null : employmentBand(employmentRate.value),
    caseloadPerFte: stockRatio(rows, 'served', 'es_fte'),
    rowCount: rows.length,
  };
}
