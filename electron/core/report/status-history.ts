import type Database from 'better-sqlite3';
import { rowFields, stringOrNull, text } from '../db/row-fields';

export type StatusChange = { date: string; before: string | null; after: string | null };

/**
 * The status changes of the records of one table, from the audit trail (which keeps every update's old
 * and new values), oldest first per record. Records keep only their current status; a report on a past
 * period needs the status as it stood then.
 */
export function statusHistory(db: Database.Database, table: 'barrier' | 'barrier_mitigation'): Map<string, StatusChange[]> {
  const rows = db
    .prepare(
      `SELECT record_id, substr(changed_at, 1, 10) AS day, json_extract(old_values, '$.status') AS before, json_extract(new_values, '$.status') AS after
       FROM audit_log WHERE table_name = ? AND action = 'update'
         AND json_extract(old_values, '$.status') IS NOT json_extract(new_values, '$.status')
       ORDER BY seq`,
    )
    .all(table);
  const history = new Map<string, StatusChange[]>();
  for (const row of rows) {
    const fields = rowFields(row);
    const id = text(fields.get('record_id'));
    history.set(id, [...(history.get(id) ?? []), { date: text(fields.get('day')), before: stringOrNull(fields.get('before')), after: stringOrNull(fields.get('after')) }]);
  }
  return history;
}

/** The status on a day: the current one, unless it changed after that day, when it is what the first later change replaced. */
export function statusOn(changes: readonly StatusChange[] | undefined, day: string, current: string): string {
  const later = changes?.find((change) => change.date > day);
  return later?.before ?? current;
}
