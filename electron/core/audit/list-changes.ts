import type Database from 'better-sqlite3';
import type { ChangePage, PageStart, SearchWord } from './described-change';
import { describeSitting } from './describe-sitting';
import { matchesSearch } from './matches-search';
import { readAuditRows } from './read-audit-rows';
import { recordLookup } from './record-lookup';
import { sittings } from './sittings';

export type ChangeQuery = { where: string; params: Record<string, unknown> };

/**
 * A page of the trail's rows that `query` selects, told as entries: `limit` entries that match `search`,
 * from `start` on, and where the next page starts. Read in one transaction, so the page and the
 * names it shows agree with each other.
 */
export function listChanges(db: Database.Database, query: ChangeQuery, options: { start: PageStart | null; limit: number; search: readonly SearchWord[] }): ChangePage {
  return db.transaction((): ChangePage => {
    const lookup = recordLookup(db);
    const page: ChangePage = { entries: [], next: null };
    for (const sitting of sittings(readAuditRows(db, lookup, query.where, query.params, options.start), lookup)) {
      const entry = describeSitting(sitting, lookup);
      if (entry === null || !matchesSearch(entry, options.search)) continue;
      if (page.entries.length === options.limit) {
        // Another entry exists: the next page starts with it, the rows of its sitting included.
        const first = sitting.rows[0];
        page.next = first === undefined ? null : { at: first.at, seq: first.seq };
        break;
      }
      page.entries.push(entry);
    }
    return page;
  }).deferred();
}
