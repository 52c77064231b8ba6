import type Database from 'better-sqlite3';
import { listServices } from '../committee/list-services';
import { measures } from '../domain/measures';
import { makeQuarter, quarterFromIndex, quarterIndex, quarterOfDate, quarterParts, type Quarter } from '../domain/quarter';
import type { FigureRow } from '../figures/figure-row';
import { loadFigureRows } from '../figures/load-figure-rows';
import { loadTargets, type Target } from '../figures/load-targets';
import { summariseFigures, type FigureSummary } from '../figures/summarise-figures';
import { targetProgress } from '../figures/target-progress';
import { quarterHasEnded } from '../domain/quarter-has-ended';
import { reportRateKeys, type OutcomeBlock, type QuarterCoverage, type ReportOutcomes, type ReportPeriod } from './report-data';

function difference(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

/** The period's figures against the previous period's; the rates come as the figures module computed them. */
function changesOf(summary: FigureSummary, previous: FigureSummary | null): Pick<OutcomeBlock, 'changes' | 'rateChanges'> {
  return {
    changes: measures.map((measure) => {
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

type Scope = { rows: readonly FigureRow[]; targets: readonly Target[] | null };

/**
 * Like with like: the previous period's quarters at the places of this period's quarters with figures, and
 * only when every one of them has figures too; otherwise there is no comparison, rather than one quarter
 * set against two.
 */
function comparison(period: ReportPeriod, scope: Scope): Quarter[] {
  const has = (quarter: Quarter) => scope.rows.some((row) => row.quarter === quarter);
  const places = period.quarters.flatMap((quarter, index) => (has(quarter) ? [index] : []));
  const before = places.map((index) => period.previous.quarters[index]);
  if (places.length === 0 || before.some((quarter) => quarter === undefined || !has(quarter))) return [];
  return before.filter((quarter): quarter is Quarter => quarter !== undefined);
}

function outcomeBlock(period: ReportPeriod, scope: Scope): OutcomeBlock {
  const inQuarters = (quarters: readonly string[]) => scope.rows.filter((row) => quarters.includes(row.quarter));
  const summary = summariseFigures(inQuarters(period.quarters));
  const comparedWith = comparison(period, scope);
  const previous = comparedWith.length === 0 ? null : summariseFigures(inQuarters(comparedWith));
  // The year so far as the report's day knew it: its quarters up to the period's last.
  const year = period.targetYear;
  const yearRows = scope.rows.filter((row) => quarterParts(row.quarter).year === year && row.quarter <= period.lastQuarter);
  return {
    summary,
    comparedWith,
    previous,
    ...changesOf(summary, previous),
    quarters: period.quarters.filter((quarter) => summary.quarters.includes(quarter)).map((quarter) => ({ quarter, summary: summariseFigures(inQuarters([quarter])) })),
    targets: scope.targets === null || scope.targets.length === 0 ? null : targetProgress(year, scope.targets, summariseFigures(yearRows), period.asOf),
  };
}

/**
 * Where each quarter of the period stands, given which services were to report it (those started by then).
 * A quarter nobody was to report (before a service began) is left out.
 */
function coverageOf(period: ReportPeriod, rows: readonly FigureRow[], expected: (quarter: Quarter) => readonly string[]): QuarterCoverage[] {
  return period.quarters.flatMap((quarter): QuarterCoverage[] => {
    const reporting = new Set(rows.filter((row) => row.quarter === quarter).map((row) => row.serviceId));
    const wanted = expected(quarter);
    if (reporting.size === 0 && wanted.length === 0) return [];
    if (reporting.size === 0) return [{ quarter, state: quarterHasEnded(quarter, period.today) ? 'not_reported' : 'not_ended' }];
    return [{ quarter, state: wanted.every((id) => reporting.has(id)) ? 'reported' : 'partly_reported' }];
  });
}

/** Outcomes for the committee and each service, every figure from the figures module the dashboard uses. */
export function loadReportOutcomes(db: Database.Database, period: ReportPeriod): ReportOutcomes {
  const end = period.lastQuarter;
  const needed = [...period.quarters, ...period.previous.quarters, makeQuarter(period.targetYear, 1), end];
  const indexes = needed.map(quarterIndex);
  const rows = loadFigureRows(db, { from: quarterFromIndex(Math.min(...indexes)), to: quarterFromIndex(Math.max(...indexes)) });
  const targets = loadTargets(db, period.targetYear);
  const startOf = (service: { startDate: string }) => quarterIndex(quarterOfDate(service.startDate));
  const services = listServices(db).filter((service) => startOf(service) <= quarterIndex(end) || rows.some((row) => row.serviceId === service.id));
  const startedBy = (quarter: Quarter) => services.filter((service) => startOf(service) <= quarterIndex(quarter)).map((service) => service.id);
  return {
    coverage: coverageOf(period, rows, startedBy),
    committee: outcomeBlock(period, { rows, targets }),
    services: services.map((service) => {
      const own = rows.filter((row) => row.serviceId === service.id);
      return {
        serviceId: service.id,
        name: service.name,
        provider: service.provider,
        startDate: service.startDate,
        // A service is not missing figures for quarters before it started.
        coverage: coverageOf(period, own, (quarter) => (startOf(service) <= quarterIndex(quarter) ? [service.id] : [])),
        ...outcomeBlock(period, { rows: own, targets: targets.filter((target) => target.serviceId === service.id) }),
      };
    }),
  };
}
