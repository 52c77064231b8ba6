import { emptyMeasures, measures, type Measure } from '../domain/measures';
import type { FigureRow } from './figure-row';

export type Rate = { numerator: number; denominator: number; value: number } | null;

export type EmploymentBand = 'below_minimal' | 'minimal' | 'average' | 'excellent';

export type FigureSummary = {
  /** Sum of each measure over the rows that reported it; null when none did. */
  totals: Record<Measure, number | null>;
  /** The ESCF plan's conversion rates: engaged / referrals, job starts / engaged, 13-week sustainments / job starts. */
  engagementRate: Rate;
  jobStartRate: Rate;
  sustainmentRate: Rate;
  /** IPS Learning Community: people working / people served. */
  employmentRate: Rate;
  employmentBand: EmploymentBand | null;
  /** People served per employment specialist (FTE); fidelity asks for 20 or fewer. */
  caseloadPerFte: Rate;
  rowCount: number;
};

/**
 * A rate over a period is the ratio of the sums, taken only over rows that reported both parts, so a
 * service that left one of them blank does not distort it. No rows, or a zero denominator: no data.
 */
function ratio(rows: readonly FigureRow[], numerator: Measure, denominator: Measure): Rate {
  let top = 0;
  let bottom = 0;
  let paired = 0;
  for (const row of rows) {
    const a = row[numerator];
    const b = row[denominator];
    if (a === null || b === null) continue;
    top += a;
    bottom += b;
    paired += 1;
  }
  if (paired === 0 || bottom === 0) return null;
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

export function summariseFigures(rows: readonly FigureRow[]): FigureSummary {
  const totals = emptyMeasures();
  for (const row of rows) {
    for (const measure of measures) {
      const value = row[measure];
      if (value !== null) totals[measure] = (totals[measure] ?? 0) + value;
    }
  }
  const employmentRate = ratio(rows, 'worked', 'served');
  return {
    totals,
    engagementRate: ratio(rows, 'engaged', 'referrals'),
    jobStartRate: ratio(rows, 'job_starts', 'engaged'),
    sustainmentRate: ratio(rows, 'sustained_13w', 'job_starts'),
    employmentRate,
    employmentBand: employmentRate === null ? null : employmentBand(employmentRate.value),
    caseloadPerFte: ratio(rows, 'served', 'es_fte'),
    rowCount: rows.length,
  };
}
