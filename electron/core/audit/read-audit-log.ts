import type Database from 'better-sqlite3';
import { rowFields, stringOrNull, text } from '../db/row-fields';

export type AuditEntry = {
  seq: number;
  table: string;
  recordId: string;
  action: 'insert' | 'update' | 'delete';
  /** Only the fields that changed, with their values before and after. */
  changes: { field: string; before: unknown; after: unknown }[];
  changedAt: string;
  changedBy: string | null;
  changedByName: string | null;
};

function parse(json: unknown): Record<string, unknown> {
  if (typeof json !== 'string') return {};
  return Object.fromEntries(rowFields(JSON.parse(json)));
}

function toEntry(row: unknown): AuditEntry {
  const fields = rowFields(row);
  const before = parse(fields.get('old_values'));
  const after = parse(fields.get('new_values'));
  const action = fields.get('action') === 'insert' ? 'insert' : fields.get('action') === 'delete' ? 'delete' : 'update';
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => key !== 'updated_at' && key !== 'updated_by');
  return {
    seq: Number(fields.get('seq')),
    table: text(fields.get('table_name')),
    recordId: text(fields.get('record_id')),
    action,
    changes: keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map((key) => ({ field: key, before: before[key] ?? null, after: after[key] ?? null })),
    changedAt: text(fields.get('changed_at')),
    changedBy: stringOrNull(fields.get('changed_by')),
    changedByName: stringOrNull(fields.get('member_name')),
  };
}

const select = 'SELECT a.*, m.name AS member_name FROM audit_log a LEFT JOIN member m ON m.id = a.changed_by';

/** A record's history, newest first; updates that changed nothing but the timestamp are left out. */
export function recordHistory(db: Database.Database, table: string, recordId: string): AuditEntry[] {
  return db
    .prepare(`${select} WHERE a.table_name = ? AND a.record_id = ? ORDER BY a.seq DESC`)
    .all(table, recordId)
    .map(toEntry)
    .filter((entry) => entry.action !== 'update' || entry.changes.length > 0);
}

/** Recent changes across the committee's records, by member and kind of record if asked. */
export function recentChanges(db: Database.Database, filter: { memberId?: string; table?: string; limit: number }): AuditEntry[] {
  return db
    .prepare(`${select} WHERE (@memberId IS NULL OR a.changed_by = @memberId) AND (@table IS NULL OR a.table_name = @table) ORDER BY a.seq DESC LIMIT @limit`)
    .all({ memberId: filter.memberId ?? null, table: filter.table ?? null, limit: filter.limit })
    .map(toEntry)
    .filter((entry) => entry.action !== 'update' || entry.changes.length > 0);
}
