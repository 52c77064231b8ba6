import type Database from 'better-sqlite3';
import { auditedTableNames } from './audited-table-names';
import type { ChangePage, PageStart, SearchWord } from './described-change';
import { listChanges } from './list-changes';
import type { RecordKind } from './record-kinds';

export type RecentChangesFilter = { memberId?: string | undefined; kind?: RecordKind | undefined; search: readonly SearchWord[]; start?: PageStart | undefined; limit: number };

/** The latest changes across the committee's records, by one member or to one kind of record if asked. */
export function recentChanges(db: Database.Database, filter: RecentChangesFilter): ChangePage {
  return listChanges(
    db,
    {
      where: 'a.table_name IN (SELECT value FROM json_each(@tables)) AND (@memberId IS NULL OR a.changed_by = @memberId)',
      params: { tables: JSON.stringify(auditedTableNames(filter.kind)), memberId: filter.memberId ?? null },
    },
    { start: filter.start ?? null, limit: filter.limit, search: filter.search },
  );
}
