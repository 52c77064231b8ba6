import type Database from 'better-sqlite3';
import { listServices } from '../committee/list-services';
import { mapMeasures, type Measure } from '../domain/measures';
import { addQuarters, makeQuarter, parseQuarter, quarterParts, quartersBetween, type Quarter } from '../domain/quarter';
import { quarterEnd } from '../domain/quarter-end';
import type { FigureRow } from './figure-row';
import { loadFigureRows } from './load-figure-rows';
import { loadTargets } from './load-targets';
import { summariseFigures, type FigureSummary } from './summarise-figures';
import { targetProgress, type TargetProgress } from './target-progress';

export type QuarterSnapshot = { quarter: Quarter; summary: FigureSummary; previous: FigureSummary | null; yearAgo: FigureSummary | null };

export type Dashboard = {
  latest: QuarterSnapshot | null;
  targets: TargetProgress | null;
  /** Committee totals per quarter, every quarter from the first with data to the latest. */
  trend: { quarters: Quarter[]; totals: Record<Measure, (number | null)[]>; employmentRate: (number | null)[] };
  /** The latest year with data, from the start of the year to the latest quarter. */
  yearToDate: { year: number; from: Quarter; to: Quarter; summary: FigureSummary } | null;
  services: { serviceId: string; name: string; summary: FigureSummary }[];
};

function firstAndLast(db: Database.Database): { first: Quarter; last: Quarter } | null {
  const row = db.prepare('SELECT min(quarter) AS first, max(quarter) AS last FROM quarterly_figure').get();
  if (row === null || typeof row !== 'object' || !('first' in row) || !('last' in row)) return null;
  const first = typeof row.first === 'string' ? parseQuarter(row.first) : null;
  const last = typeof row.last === 'string' ? parseQuarter(row.last) : null;
  return first === null || last === null ? null : { first, last };
}

function orNull(rows: readonly FigureRow[]): FigureSummary | null {
  return rows.length === 0 ? null : summariseFigures(rows);
}

/**
 * Everything the dashboard shows, from the one figures module the report and the CLI also use. `upTo`: the
 * dashboard as it stood after that quarter (a meeting's figures item): later quarters are left out, and the
 * targets are judged on the quarter's last day.
 */
export function buildDashboard(db: Database.Database, today: string, upTo?: Quarter): Dashboard {
  const services = listServices(db);
  const stored = firstAndLast(db);
  const span = stored === null || upTo === undefined || upTo >= stored.last ? stored : upTo < stored.first ? null : { first: stored.first, last: upTo };
  const judgedOn = upTo !== undefined && quarterEnd(upTo) < today ? quarterEnd(upTo) : today;
  const empty: Dashboard = { latest: null, targets: null, trend: { quarters: [], totals: mapMeasures(() => []), employmentRate: [] }, yearToDate: null, services: [] };
  if (span === null) return { ...empty, services: services.map((service) => ({ serviceId: service.id, name: service.name, summary: summariseFigures([]) })) };

  const all = loadFigureRows(db, { from: span.first, to: span.last });
  const byQuarter = new Map<string, FigureRow[]>();
  for (const row of all) byQuarter.set(row.quarter, [...(byQuarter.get(row.quarter) ?? []), row]);
  const rowsOf = (quarter: string) => byQuarter.get(quarter) ?? [];

  const quarters = quartersBetween(span.first, span.last);
  const summaries = quarters.map((quarter) => summariseFigures(rowsOf(quarter)));
  const totals = mapMeasures((measure) => summaries.map((summary) => summary.totals[measure]));

  const latestQuarter = span.last;
  const { year } = quarterParts(latestQuarter);
  const yearStart = makeQuarter(year, 1);
  const yearRows = all.filter((row) => row.quarter >= yearStart && row.quarter <= latestQuarter);
  const yearSummary = summariseFigures(yearRows);

  return {
    latest: {
      quarter: latestQuarter,
      summary: summariseFigures(rowsOf(latestQuarter)),
      previous: orNull(rowsOf(addQuarters(latestQuarter, -1))),
      yearAgo: orNull(rowsOf(addQuarters(latestQuarter, -4))),
    },
    targets: targetProgress(year, loadTargets(db, year), yearSummary, judgedOn),
    trend: { quarters, totals, employmentRate: summaries.map((summary) => summary.employmentRate?.value ?? null) },
    yearToDate: { year, from: yearStart, to: latestQuarter, summary: yearSummary },
    services: services.map((service) => ({
      serviceId: service.id,
      name: service.name,
      summary: summariseFigures(yearRows.filter((row) => row.serviceId === service.id)),
    })),
  };
}
