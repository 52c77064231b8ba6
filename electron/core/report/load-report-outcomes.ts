import type Database from 'better-sqlite3';
import { listServices } from '../committee/list-services';
import { countMeasures } from '../domain/measures';
import { addQuarters, makeQuarter, quarterFromIndex, quarterIndex, quarterOfDate, quartersBetween, type Quarter } from '../domain/quarter';
import type { FigureRow } from '../figures/figure-row';
import { loadFigureRows } from '../figures/load-figure-rows';
import { loadTargets, type Target } from '../figures/load-targets';
import { summariseFigures, type FigureSummary } from '../figures/summarise-figures';
import { targetProgress } from '../figures/target-progress';
import { reportRateKeys, type OutcomeBlock, type ReportOutcomes, type ReportPeriod } from './report-data';

const trendLength = 8;

function difference(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

/** The period's figures against the previous period's; the rates come as the figures module computed them. */
function changesOf(summary: FigureSummary, previous: FigureSummary | null): Pick<OutcomeBlock, 'changes' | 'rateChanges'> {
  return {
    changes: countMeasures.map((measure) => {
      const before = previous?.totals[measure] ?? null;
      return { measure, current: summary.totals[measure], previous: before, difference: difference(summary.totals[measure], before) };
    }),
    rateChanges: reportRateKeys.map((rate) => {
      const current = summary[rate]?.value ?? null;
      const before = previous?.[rate]?.value ?? null;
      return { rate, current, previous: before, difference: difference(current, before) };
    }),
  };
}

type Scope = { rows: readonly FigureRow[]; targets: readonly Target[] | null; expected: readonly Quarter[] };

function outcomeBlock(period: ReportPeriod, trendQuarters: readonly Quarter[], scope: Scope): OutcomeBlock {
  const inQuarters = (quarters: readonly string[]) => scope.rows.filter((row) => quarters.includes(row.quarter));
  const summary = summariseFigures(inQuarters(period.quarters));
  const previousRows = inQuarters(period.previous.quarters);
  const previous = previousRows.length === 0 ? null : summariseFigures(previousRows);
  const { year, quartersElapsed } = period.targetYear;
  const yearToDate = quartersElapsed === 0 ? [] : quartersBetween(makeQuarter(year, 1), makeQuarter(year, quartersElapsed));
  return {
    summary,
    previous,
    ...changesOf(summary, previous),
    trend: trendQuarters.map((quarter) => ({ quarter, inPeriod: period.quarters.includes(quarter), summary: summariseFigures(inQuarters([quarter])) })),
    targets: scope.targets === null || scope.targets.length === 0 ? null : targetProgress(year, quartersElapsed, scope.targets, summariseFigures(inQuarters(yearToDate))),
    quartersWithoutData: scope.expected.filter((quarter) => !scope.rows.some((row) => row.quarter === quarter)),
  };
}

/** Outcomes for the committee and each service, every figure from the figures module the dashboard uses. */
export function loadReportOutcomes(db: Database.Database, period: ReportPeriod): ReportOutcomes {
  const end = period.lastQuarter;
  const trendQuarters = quartersBetween(addQuarters(end, 1 - trendLength), end);
  const needed = [...period.quarters, ...period.previous.quarters, ...trendQuarters, makeQuarter(period.targetYear.year, 1)];
  const indexes = needed.map(quarterIndex);
  const rows = loadFigureRows(db, { from: quarterFromIndex(Math.min(...indexes)), to: quarterFromIndex(Math.max(...indexes)) });
  const targets = loadTargets(db, period.targetYear.year);
  const startOf = (service: { startDate: string }) => quarterIndex(quarterOfDate(service.startDate));
  const services = listServices(db).filter((service) => startOf(service) <= quarterIndex(end) || rows.some((row) => row.serviceId === service.id));
  return {
    committee: outcomeBlock(period, trendQuarters, { rows, targets, expected: period.quarters }),
    services: services.map((service) => {
      const own = targets.filter((target) => target.serviceId === service.id);
      // A service is not missing figures for quarters before it started.
      const expected = period.quarters.filter((quarter) => quarterIndex(quarter) >= startOf(service));
      return {
        serviceId: service.id,
        name: service.name,
        provider: service.provider,
        startDate: service.startDate,
        ...outcomeBlock(period, trendQuarters, { rows: rows.filter((row) => row.serviceId === service.id), targets: own, expected }),
      };
    }),
  };
}
