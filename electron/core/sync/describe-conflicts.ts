import type Database from 'better-sqlite3';
import { describeChange } from '../audit/describe-change';
import type { ChangeEntry } from '../audit/described-change';
import { recordLookup } from '../audit/record-lookup';
import { rowOwner } from '../audit/row-owner';
import type { Conflict } from './merge-conflicts';
import { parseRecordKey } from './parse-record-key';

/**
 * A merge conflict told as the change history tells a change: the record (or its part), and the field
 * from the value that was replaced to the value every device kept. Null for a row the history does not
 * tell (an anonymous entry's, which is never shown beside anyone).
 */
export function describeConflicts(db: Database.Database, conflicts: readonly Conflict[]): { conflict: Conflict; entry: ChangeEntry }[] {
  const lookup = recordLookup(db);
  return conflicts.flatMap((conflict) => {
    const recordId = parseRecordKey(conflict.recordKey).map(String).join('|');
    const current = lookup.values(conflict.table, recordId) ?? {};
    const row = { seq: 0, table: conflict.table, recordId, action: 'update' as const, before: { ...current, [conflict.field]: conflict.replaced }, after: { ...current, [conflict.field]: conflict.kept }, at: conflict.noticedAt, by: null };
    const owner = rowOwner(row, lookup);
    if (owner === null) return [];
    const change = describeChange(row, lookup);
    if (change.fields.length === 0) return [];
    return [{ conflict, entry: { key: conflict.id, at: conflict.noticedAt, by: null, record: lookup.ref(owner.kind, owner.id), changes: [change] } }];
  });
}
