import { describe, expect, it } from 'vitest';
import { emptyMeasures, type Measure } from '../../electron/core/domain/measures';
import type { FigureRow } from '../../electron/core/figures/figure-row';
import { employmentBand, summariseFigures } from '../../electron/core/figures/summarise-figures';
import { targetProgress } from '../../electron/core/figures/target-progress';
import { buildDashboard } from '../../electron/core/figures/build-dashboard';
import { createDemoCommittee } from '../../electron/core/committee/create-demo-committee';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

function row(serviceId: string, quarter: string, values: Partial<Record<Measure, number | null>>): FigureRow {
  return { serviceId, quarter, ...emptyMeasures(), ...values };
}

/**
 * The ESCF scale-up plan's expected outcomes (seeds/001, tables 5.2–5.6) with the conversion rates it
 * printed, rounded to whole per cent. One printed rate does not follow from its counts: the Czech
 * year-1 13-week rate is printed 53 %, while 99 / 189 is 52.4 %.
 */
const escfPlan = [
  { line: 'Croatia year 1', counts: [70, 60, 30, 20], printed: [86, 50, 67] },
  { line: 'Croatia year 2', counts: [70, 60, 30, 20], printed: [86, 50, 67] },
  { line: 'Czech Republic year 1', counts: [350, 270, 189, 99], printed: [77, 70, 53] },
  { line: 'Czech Republic year 2', counts: [700, 540, 378, 198], printed: [77, 70, 52] },
  { line: 'Denmark year 1', counts: [425, 375, 142, 121], printed: [88, 38, 85] },
  { line: 'Denmark year 3', counts: [610, 500, 190, 162], printed: [82, 38, 85] },
  { line: 'France year 1', counts: [120, 100, 53, 23], printed: [83, 53, 43] },
  { line: 'France year 2', counts: [200, 180, 95, 40], printed: [90, 53, 42] },
  { line: 'Spain year 1', counts: [257, 198, 112, 82], printed: [77, 57, 73] },
  { line: 'Spain year 2', counts: [292, 243, 135, 94], printed: [83, 56, 70] },
] as const;

describe('the conversion rates of the ESCF plan', () => {
  for (const plan of escfPlan) {
    it(`are reproduced from the counts: ${plan.line}`, () => {
      const [referrals, engaged, jobStarts, sustained] = plan.counts;
      // Spread over four quarters, as a year's figures arrive, to check that rates are ratios of sums.
      const quarters = ['Q1', 'Q2', 'Q3', 'Q4'].map((q, index) =>
        row('s', `2026-${q}`, {
          referrals: Math.floor(referrals / 4) + (index < referrals % 4 ? 1 : 0),
          engaged: Math.floor(engaged / 4) + (index < engaged % 4 ? 1 : 0),
          job_starts: Math.floor(jobStarts / 4) + (index < jobStarts % 4 ? 1 : 0),
          sustained_13w: Math.floor(sustained / 4) + (index < sustained % 4 ? 1 : 0),
        }),
      );
      const summary = summariseFigures(quarters);
      expect(summary.totals).toMatchObject({ referrals, engaged, job_starts: jobStarts, sustained_13w: sustained });
      const computed = [summary.engagementRate, summary.jobStartRate, summary.sustainmentRate].map((rate) => Math.round((rate?.value ?? NaN) * 100));
      if (plan.line === 'Czech Republic year 1') {
        expect(computed).toEqual([77, 70, 52]);
        expect(computed[2]).not.toBe(plan.printed[2]);
      } else expect(computed).toEqual([...plan.printed]);
    });
  }
});

describe('rates over a period', () => {
  it('are ratios of sums, not averages of the quarters’ rates, and stock rates divide averages per quarter', () => {
    const summary = summariseFigures([row('a', '2026-Q1', { served: 10, worked: 9 }), row('a', '2026-Q2', { served: 90, worked: 9 })]);
    // (9 + 9) / (10 + 90), the caseload-weighted rate, shown as the average worked over the average served.
    expect(summary.employmentRate?.value).toBeCloseTo(18 / 100);
    expect(summary.employmentRate).toMatchObject({ numerator: 9, denominator: 50 });
  });

  it('say "no data" for a missing or zero denominator, never 0%', () => {
    expect(summariseFigures([]).employmentRate).toBeNull();
    expect(summariseFigures([row('a', '2026-Q1', { worked: 3 })]).employmentRate).toBeNull();
    expect(summariseFigures([row('a', '2026-Q1', { served: 0, worked: 0 })]).employmentRate).toBeNull();
    expect(summariseFigures([row('a', '2026-Q1', { referrals: 0, engaged: 0 })]).engagementRate).toBeNull();
    expect(summariseFigures([row('a', '2026-Q1', { served: 10, worked: 0 })]).employmentRate?.value).toBe(0);
  });

  it('leave out quarters that reported only one side of a rate', () => {
    const summary = summariseFigures([row('a', '2026-Q1', { referrals: 10, engaged: 8 }), row('a', '2026-Q2', { referrals: 10, engaged: null })]);
    expect(summary.totals.referrals).toBe(20);
    expect(summary.engagementRate).toMatchObject({ numerator: 8, denominator: 10 });
  });

  it('keep "not reported" apart from 0 in the totals', () => {
    const summary = summariseFigures([row('a', '2026-Q1', { sheltered: null }), row('b', '2026-Q1', { in_education: 0 })]);
    expect(summary.totals.sheltered).toBeNull();
    expect(summary.totals.in_education).toBe(0);
  });

  it('compute caseload per employment specialist from served and FTE', () => {
    expect(summariseFigures([row('a', '2026-Q1', { served: 30, es_fte: 1.5 })]).caseloadPerFte?.value).toBe(20);
  });
});

describe('flows and stocks over a period', () => {
  const half = [
    row('a', '2026-Q1', { referrals: 20, job_starts: 4, served: 50, worked: 20, es_fte: 2.5 }),
    row('a', '2026-Q2', { referrals: 24, job_starts: 6, served: 54, worked: 26, es_fte: 2.5 }),
    row('b', '2026-Q1', { referrals: 10, job_starts: 2, served: 50, worked: 24, es_fte: 2.2 }),
    row('b', '2026-Q2', { referrals: 12, job_starts: 3, served: 52, worked: 22, es_fte: 2.2 }),
  ];

  it('add up the flows and average the stocks per quarter, so a half-year of two 100-person quarters serves about 100, not 200', () => {
    const summary = summariseFigures(half);
    expect(summary.totals.referrals).toBe(66);
    expect(summary.totals.job_starts).toBe(15);
    expect(summary.totals.served).toBe(103);
    expect(summary.totals.worked).toBe(46);
    expect(summary.totals.es_fte).toBeCloseTo(4.7);
    expect(summary.quarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(summary.latest).toEqual({ quarter: '2026-Q2', stocks: { served: 106, worked: 48, in_education: null, sheltered: null, es_fte: 4.7 } });
  });

  it('compute the caseload per specialist and the employment rate from matching averages', () => {
    const summary = summariseFigures(half);
    expect(summary.caseloadPerFte?.numerator).toBe(103);
    expect(summary.caseloadPerFte?.denominator).toBeCloseTo(4.7);
    expect(summary.caseloadPerFte?.value).toBeCloseTo(103 / 4.7);
    expect(summary.employmentRate).toMatchObject({ numerator: 46, denominator: 103 });
  });

  it('give one quarter’s plain numbers over a single quarter', () => {
    const summary = summariseFigures(half.filter((entry) => entry.quarter === '2026-Q1'));
    expect(summary.totals.served).toBe(100);
    expect(summary.caseloadPerFte).toMatchObject({ numerator: 100 });
  });

  it('average a service over the quarters it reported, so one missing quarter does not halve its caseload', () => {
    const summary = summariseFigures([...half.slice(0, 3)]);
    expect(summary.totals.served).toBe(52 + 50);
    expect(summary.totals.referrals).toBe(54);
  });
});

describe('the employment rate against the IPS Learning Community benchmarks', () => {
  it.each([
    [0.3, 'below_minimal'],
    [0.31, 'minimal'],
    [0.409, 'minimal'],
    [0.41, 'average'],
    [0.5, 'excellent'],
    [0.72, 'excellent'],
  ] as const)('places %d in %s', (rate, band) => {
    expect(employmentBand(rate)).toBe(band);
  });
});

describe('progress against the year’s targets', () => {
  const targets = [
    { id: 't', year: 2026, serviceId: null, referrals: 160, engaged: null, job_starts: null, sustained_13w: null },
    { id: 'u', year: 2026, serviceId: 'a', referrals: 10, engaged: 60, job_starts: 20, sustained_13w: null },
  ];

  it('uses the committee’s own line, or else the sum of the services’ lines, and paces it over the quarters with figures', () => {
    const soFar = summariseFigures([row('a', '2026-Q1', { referrals: 40, engaged: 20 }), row('b', '2026-Q2', { referrals: 50, engaged: 30 })]);
    const progress = targetProgress(2026, targets, soFar, '2026-06-30');
    const referrals = progress.lines.find((line) => line.measure === 'referrals');
    const engaged = progress.lines.find((line) => line.measure === 'engaged');
    expect(progress.reportedQuarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(referrals).toMatchObject({ target: 160, actual: 90, expected: 80, judgement: 'on_pace' });
    expect(referrals?.share).toBeCloseTo(90 / 160);
    expect(engaged).toMatchObject({ target: 60, actual: 50, expected: 30, judgement: 'on_pace' });
    expect(progress.lines.find((line) => line.measure === 'sustained_13w')).toMatchObject({ target: null, share: null, judgement: null });
    expect(progress.impliedRates.engagementRate).toBeCloseTo(60 / 160);
    expect(progress.impliedRates.jobStartRate).toBeCloseTo(20 / 60);
    expect(progress.impliedRates.sustainmentRate).toBeNull();
  });

  it('counts only the quarters reported: a December day with only Q3 reported paces over one quarter, not four', () => {
    const progress = targetProgress(2026, targets, summariseFigures([row('a', '2026-Q3', { referrals: 30 })]), '2026-12-01');
    expect(progress.reportedQuarters).toEqual(['2026-Q3']);
    expect(progress.missingQuarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(progress.yearOver).toBe(false);
    expect(progress.lines.find((line) => line.measure === 'referrals')).toMatchObject({ expected: 40, judgement: 'behind' });
  });

  it('judges a year that is over as met or not met, never on pace', () => {
    const year = summariseFigures(['Q1', 'Q2', 'Q3', 'Q4'].map((q) => row('a', `2025-${q}`, { referrals: 45, engaged: 10 })));
    const progress = targetProgress(2025, targets.map((target) => ({ ...target, year: 2025 })), year, '2026-01-15');
    expect(progress.yearOver).toBe(true);
    expect(progress.lines.find((line) => line.measure === 'referrals')).toMatchObject({ actual: 180, expected: 160, judgement: 'met' });
    expect(progress.lines.find((line) => line.measure === 'engaged')).toMatchObject({ actual: 40, expected: 60, judgement: 'not_met' });
  });

  it('calls a target reached during the year met', () => {
    const progress = targetProgress(2026, targets, summariseFigures([row('a', '2026-Q1', { referrals: 170 })]), '2026-04-10');
    expect(progress.lines.find((line) => line.measure === 'referrals')?.judgement).toBe('met');
  });
});

describe('the dashboard of the demo committee', () => {
  it('shows the latest quarter with comparisons, this year’s targets and a trend over every quarter', () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'demo.sqlite'));
    createDemoCommittee(db, 'en', '2026-11-25');
    const dashboard = buildDashboard(db, '2026-11-25');
    expect(dashboard.latest?.quarter).toBe('2026-Q3');
    expect(dashboard.latest?.previous).not.toBeNull();
    expect(dashboard.latest?.yearAgo).not.toBeNull();
    expect(dashboard.trend.quarters).toHaveLength(10);
    expect(dashboard.targets?.year).toBe(2026);
    expect(dashboard.targets?.lines.every((line) => line.target !== null)).toBe(true);
    expect(dashboard.services).toHaveLength(3);
    const totalReferrals = dashboard.services.reduce((sum, service) => sum + (service.summary.totals.referrals ?? 0), 0);
    expect(dashboard.yearToDate?.summary.totals.referrals).toBe(totalReferrals);
    // One file a quarter, as a coordinator imports them, dated a few weeks after each quarter ended.
    expect(db.prepare('SELECT count(*) FROM import_batch').pluck().get()).toBe(10);
    expect(dashboard.targets?.reportedQuarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    db.close();
  });

  it('is empty but valid for a committee without figures', () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'empty.sqlite'));
    const dashboard = buildDashboard(db, '2026-11-25');
    expect(dashboard.latest).toBeNull();
    expect(dashboard.trend.quarters).toEqual([]);
    db.close();
  });
});
