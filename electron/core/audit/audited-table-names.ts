import { auditedTables } from './audited-tables';
import type { RecordKind } from './record-kinds';

/** The tables whose rows are changes of `kind`'s records (its own table and its parts'), or of any record. */
export function auditedTableNames(kind?: RecordKind): string[] {
  return Object.entries(auditedTables)
    .filter(([, table]) => kind === undefined || ('record' in table ? table.record : table.parent) === kind)
    .map(([name]) => name);
}
