import type Database from 'better-sqlite3';
import { mapMeasures, type Measure } from '../domain/measures';
import { rowFields, stringOrNull } from '../db/row-fields';

export type FigureSource =
  | { kind: 'import'; fileName: string; sha256: string; at: string; by: string | null }
  | { kind: 'manual'; at: string; by: string | null }
  | { kind: 'none' };

export type FigureDetails = {
  serviceId: string;
  quarter: string;
  values: Record<Measure, number | null>;
  sources: Record<Measure, FigureSource>;
  history: { measure: string; oldValue: number | null; newValue: number | null; source: string; at: string; by: string | null; fileName: string | null }[];
};

function field(row: unknown, key: string): unknown {
  return rowFields(row).get(key);
}

const textOrNull = stringOrNull;

/** A quarter's figures for one service, each with where it came from: an import (which file) or a hand edit (who). */
export function figureDetails(db: Database.Database, serviceId: string, quarter: string): FigureDetails | null {
  const row = db
    .prepare(
      `SELECT f.*, b.file_name, b.file_sha256, b.imported_at, m.name AS imported_by_name
       FROM quarterly_figure f LEFT JOIN import_batch b ON b.id = f.import_id LEFT JOIN member m ON m.id = b.imported_by
       WHERE f.service_id = ? AND f.quarter = ?`,
    )
    .get(serviceId, quarter);
  if (row === undefined) return null;
  const figureId = String(field(row, 'id'));
  const changes = db
    .prepare(
      `SELECT c.measure, c.old_value, c.new_value, c.source, c.changed_at, m.name AS changed_by_name, b.file_name
       FROM figure_change c LEFT JOIN member m ON m.id = c.changed_by LEFT JOIN import_batch b ON b.id = c.import_id
       WHERE c.figure_id = ? ORDER BY c.changed_at, c.rowid`,
    )
    .all(figureId);
  const importedAt = textOrNull(field(row, 'imported_at'));
  const history = changes.map((change) => ({
    measure: String(field(change, 'measure')),
    oldValue: typeof field(change, 'old_value') === 'number' ? Number(field(change, 'old_value')) : null,
    newValue: typeof field(change, 'new_value') === 'number' ? Number(field(change, 'new_value')) : null,
    source: String(field(change, 'source')),
    at: String(field(change, 'changed_at')),
    by: textOrNull(field(change, 'changed_by_name')),
    fileName: textOrNull(field(change, 'file_name')),
  }));
  // A hand edit (or an undo) after the row's last import is the value's source; otherwise the import is.
  const sourceOf = (measure: Measure): FigureSource => {
    const lastManual = [...history].reverse().find((change) => change.measure === measure && change.source !== 'import');
    if (lastManual !== undefined && (importedAt === null || lastManual.at >= importedAt)) return { kind: 'manual', at: lastManual.at, by: lastManual.by };
    if (importedAt === null) return { kind: 'none' };
    return { kind: 'import', fileName: String(field(row, 'file_name')), sha256: String(field(row, 'file_sha256')), at: importedAt, by: textOrNull(field(row, 'imported_by_name')) };
  };
  const result: FigureDetails = {
    serviceId,
    quarter,
    values: mapMeasures((measure) => {
      const value = field(row, measure);
      return typeof value === 'number' ? value : null;
    }),
    sources: mapMeasures(sourceOf),
    history,
  };
  return result;
}
