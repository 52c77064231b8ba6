import type Database from 'better-sqlite3';
import { emptyMeasures, measures } from '../domain/measures';
import type { FigureRow } from './figure-row';

const columns = measures.join(', ');

/** A row as SQLite gives it in raw mode: service, quarter, then the measures in their order. */
function toFigureRow(row: unknown): FigureRow {
  const cells: readonly unknown[] = Array.isArray(row) ? row : [];
  const values = emptyMeasures();
  measures.forEach((measure, index) => {
    const value: unknown = cells[index + 2];
    values[measure] = typeof value === 'number' ? value : null;
  });
  return { serviceId: String(cells[0]), quarter: String(cells[1]), ...values };
}

/** Figures of all services (or one) for a run of quarters; quarters sort as text. */
export function loadFigureRows(db: Database.Database, range: { from: string; to: string; serviceId?: string }): FigureRow[] {
  const sql =
    range.serviceId === undefined
      ? `SELECT service_id, quarter, ${columns} FROM quarterly_figure WHERE quarter BETWEEN ? AND ? ORDER BY quarter, service_id`
      : `SELECT service_id, quarter, ${columns} FROM quarterly_figure WHERE quarter BETWEEN ? AND ? AND service_id = ? ORDER BY quarter`;
  // Raw rows (arrays) rather than objects: the dashboard reads thousands of them.
  const statement = db.prepare(sql).raw(true);
  const rows = range.serviceId === undefined ? statement.all(range.from, range.to) : statement.all(range.from, range.to, range.serviceId);
  return rows.map(toFigureRow);
}
