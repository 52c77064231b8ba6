import type { AuditRow } from './audit-row';
import type { AuditValues } from './audit-values';
import { auditedTables } from './audited-tables';
import type { DescribedChange, FieldChange, ShownValue } from './described-change';
import type { FieldType } from './field-type';
import { partLabels } from './part-labels';
import type { RecordLookup } from './record-lookup';
import { shownValue } from './shown-value';

const secret: ShownValue = { type: 'secret' };

function differs(before: unknown, after: unknown): boolean {
  return JSON.stringify(before ?? null) !== JSON.stringify(after ?? null);
}

/** Nothing to list when a row is added: no value, an empty list, or a box left unticked. */
function isEmpty(value: unknown, type: FieldType): boolean {
  return value === null || value === undefined || value === '' || value === '[]' || value === '{}' || (type === 'yesNo' && value === 0);
}

/**
 * The fields a change shows: for an update each shown field whose value changed, for an insert each shown
 * field that was filled in (not those the record is named by, which its name already says, nor those
 * not worth listing), for a delete
 * none (the record's name says what is gone).
 */
export function changedFields(table: string, action: AuditRow['action'], before: AuditValues | null, after: AuditValues | null, lookup: RecordLookup): FieldChange[] {
  const description = auditedTables[table];
  if (description === undefined || action === 'delete') return [];
  const group = 'record' in description ? description.record : description.part;
  return Object.entries(description.fields).flatMap(([field, type]): FieldChange[] => {
    if (type === 'hidden') return [];
    const old = before?.[field];
    const now = after?.[field];
    const quiet = description.labelFields.includes(field) || (description.notOnInsert?.includes(field) ?? false) || isEmpty(now, type);
    if (action === 'insert' ? quiet : !differs(old, now)) return [];
    return [{ group, field, before: action === 'insert' ? { type: 'empty' } : shownValue(type, old, lookup), after: shownValue(type, now, lookup) }];
  });
}

/** One row's net change as the screens would say it: the part it concerns, if any, and its fields. */
export function describeChange(row: AuditRow, lookup: RecordLookup): DescribedChange {
  const description = auditedTables[row.table];
  const values = row.after ?? row.before;
  const fields = changedFields(row.table, row.action, row.before, row.after, lookup);
  if (description === undefined || !('part' in description)) return { action: row.action, part: null, fields };
  const label = values === null ? null : partLabels[description.part](values, lookup);
  if (values === null || description.concealWhile?.(values, lookup) !== true) return { action: row.action, part: { name: description.part, label }, fields };
  const concealed = label === null ? null : Object.fromEntries(Object.entries(label).map(([name, value]) => [name, value.type === 'record' && value.record.kind === 'member' ? value : secret]));
  return { action: row.action, part: { name: description.part, label: concealed }, fields: [] };
}
