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

/** A rate of flows: the ratio of the sums over the rows that reported both; no rows or a zero denominator is no data. */
function flowRatio(rows: readonly FigureRow[], numerator: Measure, denominator: Measure): Rate {
  let top = 0;
  let bottom = 0;
  let pairs = 0;
  for (const row of rows) {
    const a = row[numerator];
    const b = row[denominator];
    if (a === null || b === null) continue;
    top += a;
    bottom += b;
    pairs += 1;
  }
  if (pairs === 0 || bottom === 0) return null;
  return { numerator: top, denominator: bottom, value: top / bottom };
}

/** Per service: the sums of one or two stocks over the quarters it reported them, and how many quarters. */
type ServiceSums = Map<string, { top: number; bottom: number; quarters: number }>;

function addTo(sums: ServiceSums, serviceId: string, top: number, bottom: number): void {
  const known = sums.get(serviceId);
  if (known === undefined) sums.set(serviceId, { top, bottom, quarters: 1 });
  else {
    known.top += top;
    known.bottom += bottom;
    known.quarters += 1;
  }
}

/** Each service's average per quarter, added up over the services: a caseload, not a count of events. */
function averagesPerQuarter(sums: ServiceSums): { top: number; bottom: number } {
  let top = 0;
  let bottom = 0;
  for (const service of sums.values()) {
    top += service.top / service.quarters;
    bottom += service.bottom / service.quarters;
  }
  return { top, bottom };
}

/**
 * A rate of stocks: average over average, over the rows that reported both. With every quarter reported this
 * is the sum of one over the sum of the other (the quarters' rates weighted by caseload).
 */
function stockRatio(rows: readonly FigureRow[], numerator: Measure, denominator: Measure): Rate {
  const sums: ServiceSums = new Map();
  for (const row of rows) {
    const a = row[numerator];
    const b = row[denominator];
    if (a !== null && b !== null) addTo(sums, row.serviceId, a, b);
  }
  if (sums.size === 0) return null;
  const { top, bottom } = averagesPerQuarter(sums);
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
  if (isStock(measure)) {
    const sums: ServiceSums = new Map();
    for (const row of rows) {
      const value = row[measure];
      if (value !== null) addTo(sums, row.serviceId, value, 0);
    }
    return sums.size === 0 ? null : averagesPerQuarter(sums).top;
  }
  let sum = 0;
  let reported = false;
  for (const row of rows) {
    const value = row[measure];
    if (value === null) continue;
    sum += value;
    reported = true;
  }
  return reported ? sum : null;
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
