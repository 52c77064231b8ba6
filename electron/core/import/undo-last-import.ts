import type Database from 'better-sqlite3';
import { measures, targetMeasures } from '../domain/measures';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { UserError } from '../api/user-error';
import { rowFields } from '../db/row-fields';

function text(row: unknown, key: string): string {
  const value = rowFields(row).get(key);
  return typeof value === 'string' ? value : '';
}

function summaryServices(summary: string): string[] {
  const parsed: unknown = JSON.parse(summary);
  if (parsed === null || typeof parsed !== 'object' || !('createdServiceIds' in parsed) || !Array.isArray(parsed.createdServiceIds)) return [];
  return parsed.createdServiceIds.filter((id): id is string => typeof id === 'string');
}

/** Takes back one file's import within the caller's transaction (see undoLastImport). */
function undoBatch(db: Database.Database, batch: unknown, actor: string | null, now: string): void {
  const importId = text(batch, 'id');
  const replaced = db.prepare('SELECT table_name, row_id, previous FROM import_replaced_row WHERE import_id = ?').all(importId);
  const restoreFigure = db.prepare(`UPDATE quarterly_figure SET ${measures.map((m) => `${m} = ?`).join(', ')}, import_id = ?, updated_at = ?, updated_by = ? WHERE id = ?`);
  const restoreTarget = db.prepare(`UPDATE target SET ${targetMeasures.map((m) => `${m} = ?`).join(', ')}, import_id = ?, updated_at = ?, updated_by = ? WHERE id = ?`);
  const current = db.prepare('SELECT * FROM quarterly_figure WHERE id = ?');
  const recordChange = db.prepare(
    "INSERT INTO figure_change (id, figure_id, measure, old_value, new_value, source, import_id, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, 'undo', ?, ?, ?)",
  );
  const kept = new Set<string>();
  for (const row of replaced) {
    const rowId = text(row, 'row_id');
    kept.add(rowId);
    const previous = rowFields(JSON.parse(text(row, 'previous')));
    const value = (key: string) => {
      const found = previous.get(key);
      return typeof found === 'number' || typeof found === 'string' ? found : null;
    };
    if (text(row, 'table_name') === 'target') {
      restoreTarget.run(...targetMeasures.map(value), value('import_id'), value('updated_at'), value('updated_by'), rowId);
      continue;
    }
    const before = rowFields(current.get(rowId));
    for (const measure of measures) {
      const present: unknown = before.get(measure) ?? null;
      if (present !== value(measure)) recordChange.run(newId(), rowId, measure, present, value(measure), importId, now, actor);
    }
    restoreFigure.run(...measures.map(value), value('import_id'), value('updated_at'), value('updated_by'), rowId);
  }
  const added = db.prepare('SELECT id FROM quarterly_figure WHERE import_id = ?').pluck().all(importId).filter((id) => !kept.has(String(id)));
  const removeChanges = db.prepare('DELETE FROM figure_change WHERE figure_id = ?');
  const removeFigure = db.prepare('DELETE FROM quarterly_figure WHERE id = ?');
  for (const id of added) {
    removeChanges.run(id);
    removeFigure.run(id);
  }
  db.prepare('DELETE FROM target WHERE import_id = ?').run(importId);
  const removeService = db.prepare(
    'DELETE FROM service WHERE id = ? AND NOT EXISTS (SELECT 1 FROM quarterly_figure WHERE service_id = ?) AND NOT EXISTS (SELECT 1 FROM target WHERE service_id = ?)',
  );
  for (const serviceId of summaryServices(text(batch, 'summary'))) removeService.run(serviceId, serviceId, serviceId);
  db.prepare('UPDATE import_batch SET undone_at = ?, undone_by = ? WHERE id = ?').run(now, actor, importId);
}

/**
 * Takes back the most recent import, every file of it (files imported together are one import):
 * replaced rows get their earlier values back, rows and services it added go. Refused when someone has
 * since edited figures it set by hand, so no later work is lost.
 */
export function undoLastImport(db: Database.Database, actor: string | null): { fileNames: string[] } {
  return db.transaction(() => {
    const last = db.prepare('SELECT import_group FROM import_batch WHERE undone_at IS NULL ORDER BY imported_at DESC, rowid DESC LIMIT 1').pluck().get();
    if (typeof last !== 'string') throw new UserError('nothing_to_undo');
    // The group's files newest first, the reverse of the order they were stored in.
    const batches = db.prepare('SELECT * FROM import_batch WHERE import_group = ? AND undone_at IS NULL ORDER BY rowid DESC').all(last);
    const fileNames = batches.map((batch) => text(batch, 'file_name')).reverse();
    const edits = batches.reduce((sum: number, batch) => {
      const count = db
        .prepare(
          `SELECT count(*) FROM figure_change c JOIN quarterly_figure f ON f.id = c.figure_id
           WHERE f.import_id = ? AND c.source = 'manual' AND c.changed_at >= ?`,
        )
        .pluck()
        .get(text(batch, 'id'), text(batch, 'imported_at'));
      return sum + (typeof count === 'number' ? count : 0);
    }, 0);
    if (edits > 0) throw new UserError('undo_after_edits', { file: fileNames.join(', '), edits });
    const now = nowIso();
    for (const batch of batches) undoBatch(db, batch, actor, now);
    return { fileNames };
  }).immediate();
}
