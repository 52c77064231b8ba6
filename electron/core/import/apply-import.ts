import type Database from 'better-sqlite3';
import { measures, targetMeasures } from '../domain/measures';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { quarterParts } from '../domain/quarter';
import { figureKey, loadExistingRecords, targetKey } from './existing-records';
import { changesSomething } from './changes-something';
import type { ImportPlan, PlannedFile } from './plan-import';

export type ImportSummary = { createdServiceIds: string[]; added: number; replaced: number };

function firstDayOfQuarter(quarter: string): string {
  const { year, q } = quarterParts(quarter);
  return `${String(year)}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * Stores a plan without errors; the caller runs it in the same transaction as the planning, so the
 * import is wholly present or wholly absent. Its files form one import group. Replaced rows are kept in import_replaced_row (for undo)
 * and every replaced value in figure_change (for provenance).
 */
export function applyImport(db: Database.Database, plan: ImportPlan, actor: string | null): string[] {
  if (!plan.canImport) throw new Error('applyImport called with a plan that has errors or changes nothing');
  const existing = loadExistingRecords(db);
  const now = nowIso();
  const insertBatch = db.prepare(
    'INSERT INTO import_batch (id, kind, file_name, file_sha256, row_count, summary, imported_at, imported_by, import_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // The files imported together are one import, undone together.
  const group = newId();
  const updateSummary = db.prepare('UPDATE import_batch SET summary = ? WHERE id = ?');
  const insertService = db.prepare(
    'INSERT INTO service (id, name, name_key, provider, start_date, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, \'\', ?, ?, ?, ?, ?)',
  );
  const measureList = measures.join(', ');
  const insertFigure = db.prepare(
    `INSERT INTO quarterly_figure (id, service_id, quarter, ${measureList}, import_id, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ${measures.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`,
  );
  const updateFigure = db.prepare(
    `UPDATE quarterly_figure SET ${measures.map((measure) => `${measure} = ?`).join(', ')}, import_id = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  );
  const selectFigure = db.prepare('SELECT * FROM quarterly_figure WHERE id = ?');
  const insertTarget = db.prepare(
    `INSERT INTO target (id, year, service_id, ${targetMeasures.join(', ')}, import_id, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateTarget = db.prepare(
    `UPDATE target SET ${targetMeasures.map((measure) => `${measure} = ?`).join(', ')}, import_id = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  );
  const selectTarget = db.prepare('SELECT * FROM target WHERE id = ?');
  const rememberRow = db.prepare('INSERT INTO import_replaced_row (import_id, table_name, row_id, previous) VALUES (?, ?, ?, ?)');
  const recordChange = db.prepare(
    "INSERT INTO figure_change (id, figure_id, measure, old_value, new_value, source, import_id, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, 'import', ?, ?, ?)",
  );
  const rememberMapping = db.prepare(
    'INSERT INTO import_mapping (layout_key, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT (layout_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  );

  function serviceFor(summary: ImportSummary, key: string, name: string, startDate: string): string {
    const known = existing.serviceIdByKey.get(key);
    if (known !== undefined) return known;
    const id = newId();
    insertService.run(id, name, key, startDate, now, now, actor, actor);
    existing.serviceIdByKey.set(key, id);
    summary.createdServiceIds.push(id);
    return id;
  }

  function applyFile(file: PlannedFile): string {
    const batchId = newId();
    const { preview } = file;
    insertBatch.run(batchId, preview.kind === 'targets' ? 'targets' : 'quarterly', preview.fileName, preview.sha256, preview.rowsRead, '{}', now, actor, group);
    const summary: ImportSummary = { createdServiceIds: [], added: 0, replaced: 0 };

    const earliest = new Map<string, string>();
    for (const record of file.quarterly) {
      const known = earliest.get(record.serviceKey);
      if (known === undefined || record.quarter < known) earliest.set(record.serviceKey, record.quarter);
    }
    for (const record of file.quarterly) {
      const serviceId = serviceFor(summary, record.serviceKey, record.serviceName, firstDayOfQuarter(earliest.get(record.serviceKey) ?? record.quarter));
      const values = measures.map((measure) => record.values[measure]);
      const before = existing.figures.get(figureKey(serviceId, record.quarter));
      if (before === undefined) {
        const id = newId();
        insertFigure.run(id, serviceId, record.quarter, ...values, batchId, now, now, actor, actor);
        existing.figures.set(figureKey(serviceId, record.quarter), { id, importId: batchId, values: record.values });
        summary.added += 1;
        continue;
      }
      const changed = measures.filter((measure) => before.values[measure] !== record.values[measure]);
      if (changed.length === 0) continue;
      rememberRow.run(batchId, 'quarterly_figure', before.id, JSON.stringify(selectFigure.get(before.id)));
      updateFigure.run(...values, batchId, now, actor, before.id);
      for (const measure of changed) recordChange.run(newId(), before.id, measure, before.values[measure], record.values[measure], batchId, now, actor);
      summary.replaced += 1;
    }

    for (const record of file.targets) {
      const serviceId = record.serviceKey === null || record.serviceName === null ? null : serviceFor(summary, record.serviceKey, record.serviceName, `${String(record.year)}-01-01`);
      const values = targetMeasures.map((measure) => record.values[measure]);
      const before = existing.targets.get(targetKey(serviceId, record.year));
      if (before === undefined) {
        const id = newId();
        insertTarget.run(id, record.year, serviceId, ...values, batchId, now, now, actor, actor);
        existing.targets.set(targetKey(serviceId, record.year), { id, values: record.values });
        summary.added += 1;
        continue;
      }
      if (targetMeasures.every((measure) => before.values[measure] === record.values[measure])) continue;
      rememberRow.run(batchId, 'target', before.id, JSON.stringify(selectTarget.get(before.id)));
      updateTarget.run(...values, batchId, now, actor, before.id);
      summary.replaced += 1;
    }

    if (file.mapping !== null && preview.layoutKey !== '') rememberMapping.run(preview.layoutKey, JSON.stringify(file.mapping), now, actor);
    updateSummary.run(JSON.stringify(summary), batchId);
    return batchId;
  }

  // A file that changes nothing (every row already stored as it is) is not recorded as an import.
  return plan.files.filter((file) => changesSomething(file.preview)).map(applyFile);
}
