import type Database from 'better-sqlite3';
import { emptyMeasures, measures } from '../domain/measures';
import type { FigureRow } from './figure-row';
import { rowFields } from '../db/row-fields';

const columns = measures.join(', ');

function toFigureRow(row: unknown): FigureRow {
  const record = rowFields(row);
  const values = emptyMeasures();
  for (const measure of measures) {
    const value = record.get(measure);
    values[measure] = typeof value === 'number' ? value : null;
  }
  return { serviceId: String(record.get('service_id')), quarter: String(record.get('quarter')), ...values };
}

/** Figures of all services (or one) for a run of quarters; quarters sort as text. */
export function loadFigureRows(db: Database.Database, range: { from: string; to: string; serviceId?: string }): FigureRow[] {
  const sql =
    range.serviceId === undefined
      ? `SELECT service_id, quarter, ${columns} FROM quarterly_figure WHERE quarter BETWEEN ? AND ? ORDER BY quarter, service_id`
      : `SELECT service_id, quarter, ${columns} FROM quarterly_figure WHERE quarter BETWEEN ? AND ? AND service_id = ? ORDER BY quarter`;
  const statement = db.prepare(sql);
  const rows = range.serviceId === undefined ? statement.all(range.from, range.to) : statement.all(range.from, range.to, range.serviceId);
  return rows.map(toFigureRow);
}
