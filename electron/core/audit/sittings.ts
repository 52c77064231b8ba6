import type { AuditRow } from './audit-row';
import type { RecordLookup } from './record-lookup';
import { rowOwner, type RowOwner } from './row-owner';

/** Changes to one record by one member within this long of each other are told as one. */
const sittingMs = 60_000;

export type Sitting = { owner: RowOwner; by: string | null; rows: AuditRow[] };

/**
 * Groups the trail's rows (newest first) into sittings: one member's consecutive changes to one record and
 * its parts, such as a meeting saved with its attendance and agenda, or a review with its 25 scores.
 */
export function* sittings(rows: Iterable<AuditRow>, lookup: RecordLookup): Generator<Sitting> {
  let open: Sitting | null = null;
  for (const row of rows) {
    const owner = rowOwner(row, lookup);
    if (owner === null) continue;
    const previous = open?.rows.at(-1);
    const same =
      open !== null && previous !== undefined && open.owner.kind === owner.kind && open.owner.id === owner.id && open.by === row.by && Math.abs(Date.parse(previous.at) - Date.parse(row.at)) <= sittingMs;
    if (open !== null && same) {
      open.rows.push(row);
      continue;
    }
    if (open !== null) yield open;
    open = { owner, by: row.by, rows: [row] };
  }
  if (open !== null) yield open;
}
