import type Database from 'better-sqlite3';
import { rowFields, stringOrNull, text } from '../db/row-fields';
import type { AuditRow } from './audit-row';
import type { AuditValues } from './audit-values';
import type { PageStart } from './described-change';
import type { RecordLookup } from './record-lookup';

const chunk = 500;

function parsed(json: unknown): AuditValues | null {
  if (typeof json !== 'string') return null;
  return Object.fromEntries(rowFields(JSON.parse(json)));
}

/**
 * The trail's rows that `where` selects, newest first, from `start` on, read a chunk at a time so a page
 * needs only the rows it shows. Newest by the time of the change, then by the order the trail was written
 * in (records can be dated: the demo committee writes its story's days in an order of its own). An insert records no values (install-audit-triggers says why): they
 * are the first later change's old values, or the row as it is now, with the key the record id carries.
 */
export function* readAuditRows(db: Database.Database, lookup: RecordLookup, where: string, params: Record<string, unknown>, start: PageStart | null): Generator<AuditRow> {
  const select = db.prepare(
    `SELECT seq, table_name, record_id, action, old_values, new_values, changed_at, changed_by FROM audit_log a
     WHERE (${where}) AND (a.changed_at < @at OR (a.changed_at = @at AND a.seq <= @seq))
     ORDER BY a.changed_at DESC, a.seq DESC LIMIT ${chunk}`,
  );
  // Past every time the trail can hold ("~" sorts after digits) and every seq.
  let from = start ?? { at: '~', seq: Number.MAX_SAFE_INTEGER };
  for (;;) {
    const rows = select.all({ ...params, at: from.at, seq: from.seq }).map((row) => rowFields(row));
    for (const fields of rows) {
      const seq = Number(fields.get('seq'));
      const table = text(fields.get('table_name'));
      const recordId = text(fields.get('record_id'));
      const stored = fields.get('action');
      const action = stored === 'insert' ? 'insert' : stored === 'delete' ? 'delete' : 'update';
      const key = lookup.keyValues(table, recordId);
      const newValues = parsed(fields.get('new_values'));
      const after = action === 'delete' ? null : { ...key, ...(newValues ?? lookup.valuesAfter(table, recordId, seq) ?? {}) };
      const oldValues = parsed(fields.get('old_values'));
      const at = text(fields.get('changed_at'));
      yield { seq, table, recordId, action, before: oldValues === null ? null : { ...key, ...oldValues }, after, at, by: stringOrNull(fields.get('changed_by')) };
      from = { at, seq: seq - 1 };
    }
    if (rows.length < chunk) return;
  }
}
