import type { DescribedChange, ChangeEntry } from './described-change';
import { changedFields, describeChange } from './describe-change';
import { netChanges } from './net-changes';
import type { RecordLookup } from './record-lookup';
import type { Sitting } from './sittings';

/**
 * Pages of a record such as attendance are saved by deleting and inserting their rows again: a part
 * deleted and added back in the same sitting under the same name is an update of it, or nothing at all.
 */
function pairedUp(rows: ReturnType<typeof netChanges>, lookup: RecordLookup): DescribedChange[] {
  const described = rows.map((row) => ({ row, change: describeChange(row, lookup) }));
  const labelOf = (item: (typeof described)[number]) => `${item.row.table}\u0000${JSON.stringify(item.change.part?.label ?? null)}`;
  const used = new Set<number>();
  const result: DescribedChange[] = [];
  described.forEach((item, index) => {
    if (used.has(index)) return;
    if (item.change.part !== null && item.change.part.label !== null && (item.row.action === 'delete' || item.row.action === 'insert')) {
      const opposite = item.row.action === 'delete' ? 'insert' : 'delete';
      const partner = described.findIndex((other, at) => !used.has(at) && at !== index && other.row.action === opposite && labelOf(other) === labelOf(item));
      const other = described[partner];
      if (other !== undefined) {
        used.add(partner);
        const [removed, added] = item.row.action === 'delete' ? [item, other] : [other, item];
        result.push({ action: 'update', part: added.change.part, fields: changedFields(added.row.table, 'update', removed.row.before, added.row.after, lookup) });
        return;
      }
    }
    result.push(item.change);
  });
  return result;
}

/** A sitting as one entry of the list: the record, who, when, and each change that is left once netted out. */
export function describeSitting(sitting: Sitting, lookup: RecordLookup): ChangeEntry | null {
  const changes = pairedUp(netChanges(sitting.rows), lookup)
    .filter((change) => change.action !== 'update' || change.fields.length > 0)
    // The record's own change first, then its parts in the order they were changed.
    .sort((a, b) => Number(a.part !== null) - Number(b.part !== null));
  const newest = sitting.rows[0];
  if (changes.length === 0 || newest === undefined) return null;
  return { key: String(newest.seq), at: newest.at, by: lookup.member(sitting.by), record: lookup.ref(sitting.owner.kind, sitting.owner.id), changes };
}
