import type Database from 'better-sqlite3';
import { auditedTables } from './audited-tables';
import type { ChangePage, PageStart } from './described-change';
import { listChanges } from './list-changes';
import type { RecordKind } from './record-kinds';
import { recordLookup } from './record-lookup';

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The trail rows of one record's parts: those of the parts it has now, and those whose old or new values
 * name it (parts since removed). A part's record id is its key columns joined by "|", as the triggers write it.
 */
function partRows(db: Database.Database, kind: RecordKind): string[] {
  const lookup = recordLookup(db);
  return Object.entries(auditedTables).flatMap(([table, description]) => {
    if (!('part' in description) || description.parent !== kind) return [];
    const keys = lookup.keyColumns(table);
    if (keys.length === 0) return [];
    const key = keys.map((column) => quoted(column)).join(" || '|' || ");
    const parent = `'$.${description.parentColumn}'`;
    return [
      `(a.table_name = '${table}' AND a.record_id IN (SELECT ${key} FROM main.${quoted(table)} WHERE ${quoted(description.parentColumn)} = @id
        UNION SELECT record_id FROM audit_log WHERE table_name = '${table}' AND (json_extract(old_values, ${parent}) = @id OR json_extract(new_values, ${parent}) = @id)))`,
    ];
  });
}

/** One record's history with its parts' (a barrier's reviews and mitigations, a review's scores), newest first. */
export function recordHistory(db: Database.Database, kind: RecordKind, id: string, page: { start?: PageStart | undefined; limit: number }): ChangePage {
  const where = [`(a.table_name = @kind AND a.record_id = @id)`, ...partRows(db, kind)].join(' OR ');
  return listChanges(db, { where, params: { kind, id } }, { start: page.start ?? null, limit: page.limit, search: [] });
}
