import type { AuditRow } from './audit-row';
import { auditedTables } from './audited-tables';
import type { RecordKind } from './record-kinds';
import type { RecordLookup } from './record-lookup';

export type RowOwner = { kind: RecordKind; id: string };

/**
 * The record a row's change is a change of: the row's own record, or the record its part belongs to.
 * Null for a row the list does not tell: a table it does not describe (left out, or new and not yet
 * described: a test catches that), or a part whose record can no longer be found. Anonymous feedback never
 * reaches the trail; should a trace of it be there (from a file older than its separate history), it is
 * left out too, so nothing shown ties it to a member.
 */
export function rowOwner(row: AuditRow, lookup: RecordLookup): RowOwner | null {
  const table = auditedTables[row.table];
  if (table === undefined) return null;
  const values = row.after ?? row.before ?? {};
  const owner = 'record' in table ? { kind: table.record, id: row.recordId } : { kind: table.parent, id: values[table.parentColumn] };
  if (typeof owner.id !== 'string' || owner.id === '') return null;
  if (owner.kind === 'feedback' && (lookup.values('feedback', owner.id)?.['contributor_kind'] ?? 'anonymous') === 'anonymous') return null;
  return { kind: owner.kind, id: owner.id };
}
