import type Database from 'better-sqlite3';
import { rowFields } from '../db/row-fields';

export type ImportRecord = {
  id: string;
  kind: 'quarterly' | 'targets';
  fileName: string;
  sha256: string;
  rowCount: number;
  added: number;
  replaced: number;
  createdServices: number;
  importedAt: string;
  importedBy: string | null;
  undoneAt: string | null;
  undoneBy: string | null;
  /** The files imported together with this one are one import: they share the group. */
  group: string;
  /** Only the most recent import that is still in effect can be undone, all its files together. */
  canUndo: boolean;
};

export function listImports(db: Database.Database): ImportRecord[] {
  const rows = db
    .prepare(
      `SELECT b.*, m.name AS imported_by_name, u.name AS undone_by_name
       FROM import_batch b LEFT JOIN member m ON m.id = b.imported_by LEFT JOIN member u ON u.id = b.undone_by
       ORDER BY b.imported_at DESC, b.rowid DESC`,
    )
    .all();
  const lastInEffect = rows.map(rowFields).find((fields) => typeof fields.get('undone_at') !== 'string')?.get('import_group');
  return rows.map((row) => {
    const fields = rowFields(row);
    const storedSummary = fields.get('summary');
    const summary = rowFields(JSON.parse(typeof storedSummary === 'string' ? storedSummary : '{}'));
    const number = (key: string) => {
      const value = summary.get(key);
      return typeof value === 'number' ? value : 0;
    };
    const created = summary.get('createdServiceIds');
    const undoneAt = fields.get('undone_at');
    const group = String(fields.get('import_group'));
    const canUndo = typeof undoneAt !== 'string' && group === lastInEffect;
    const undoneBy = fields.get('undone_by_name');
    const importedBy = fields.get('imported_by_name');
    return {
      id: String(fields.get('id')),
      kind: fields.get('kind') === 'targets' ? 'targets' : 'quarterly',
      fileName: String(fields.get('file_name')),
      sha256: String(fields.get('file_sha256')),
      rowCount: Number(fields.get('row_count')),
      added: number('added'),
      replaced: number('replaced'),
      createdServices: Array.isArray(created) ? created.length : 0,
      importedAt: String(fields.get('imported_at')),
      importedBy: typeof importedBy === 'string' ? importedBy : null,
      undoneAt: typeof undoneAt === 'string' ? undoneAt : null,
      undoneBy: typeof undoneBy === 'string' ? undoneBy : null,
      group,
      canUndo,
    };
  });
}
