import type Database from 'better-sqlite3';
import { listServices } from '../committee/list-services';
import type { Service } from '../committee/committee-types';
import { quarterOfDate, quartersBetween, type Quarter } from '../domain/quarter';
import type { FigureRow } from '../figures/figure-row';
import { loadFigureRows } from '../figures/load-figure-rows';
import { rowFields } from '../db/row-fields';

/** `today`: the day the grid was read, so that a quarter that has not ended yet is shown as such (quarterHasEnded). */
export type QuarterlyGrid = { services: Service[]; quarters: Quarter[]; rows: FigureRow[]; today: string };

/**
 * Every service against every quarter from the earliest start or figure to the current quarter, so a
 * quarter a service has not reported shows as a gap.
 */
export function quarterlyGrid(db: Database.Database, today: string): QuarterlyGrid {
  const services = listServices(db);
  const span = db.prepare('SELECT min(quarter) AS first, max(quarter) AS last FROM quarterly_figure').get();
  const record = rowFields(span);
  const current = quarterOfDate(today);
  const starts = services.map((service) => quarterOfDate(service.startDate));
  const first = [typeof record.get('first') === 'string' ? String(record.get('first')) : current, ...starts].sort()[0] ?? current;
  const lastData = typeof record.get('last') === 'string' ? String(record.get('last')) : current;
  const last = lastData > current ? lastData : current;
  return { services, quarters: quartersBetween(first, last), rows: loadFigureRows(db, { from: first, to: last }), today };
}
