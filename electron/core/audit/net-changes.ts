import type { AuditRow } from './audit-row';
import { auditedTables } from './audited-tables';

/** A record's own row, not one of its parts'. */
function isRecord(table: string): boolean {
  const description = auditedTables[table];
  return description !== undefined && 'record' in description;
}

/**
 * What a sitting did to each row, oldest first: an insert followed by updates is an insert of the final
 * values, a delete and an insert of the same row is an update. A part added and removed again is nothing
 * (screens save some parts by replacing them); a record added and deleted again is told as deleted, so
 * that no record comes and goes unseen.
 */
export function netChanges(rows: readonly AuditRow[]): AuditRow[] {
  const net = new Map<string, AuditRow>();
  for (const row of [...rows].sort((a, b) => a.seq - b.seq)) {
    const key = `${row.table}\u0000${row.recordId}`;
    const earlier = net.get(key);
    if (earlier === undefined) {
      net.set(key, row);
    } else if (row.action === 'delete') {
      if (earlier.action !== 'insert') net.set(key, { ...row, before: earlier.before });
      else if (isRecord(row.table)) net.set(key, row);
      else net.delete(key);
    } else if (earlier.action === 'delete') {
      net.set(key, { ...row, action: 'update', before: earlier.before });
    } else {
      net.set(key, { ...row, action: earlier.action, before: earlier.before });
    }
  }
  return [...net.values()];
}
