import type Database from 'better-sqlite3';
import { rowFields, text } from '../db/row-fields';
import { openSqlite } from '../db/open-sqlite';

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

type TableShape = { columns: string[]; key: string };

/** Each audited table's columns and the SQL expression the audit trail used as its record id. */
function tableShapes(copy: Database.Database): Map<string, TableShape> {
  const tables = copy.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', 'anonymous_history')").pluck().all().map(String);
  return new Map(
    tables.map((table) => {
      const columns = copy.prepare(`PRAGMA table_info(${quoted(table)})`).all().map((row) => rowFields(row));
      const keyColumns = columns.filter((column) => Number(column.get('pk')) > 0).sort((a, b) => Number(a.get('pk')) - Number(b.get('pk'))).map((column) => text(column.get('name')));
      // The same expression install-audit-triggers writes into record_id, so a row is found exactly, whatever its key holds.
      const key = keyColumns.length === 0 ? 'rowid' : keyColumns.map(quoted).join(" || '|' || ");
      return [table, { columns: columns.map((column) => text(column.get('name'))), key }];
    }),
  );
}

/** The database file's bytes as an in-memory database; an in-memory copy cannot keep a WAL, so its header says so. */
function inMemoryCopy(db: Database.Database): Database.Database {
  const bytes = db.serialize();
  if (bytes.length > 19 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return openSqlite(bytes);
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Puts back what one recorded change altered: deletes what it inserted, restores what it updated or deleted. */
function undo(copy: Database.Database, shapes: Map<string, TableShape>, entry: Map<string, unknown>): void {
  const shape = shapes.get(text(entry.get('table_name')));
  if (shape === undefined) return;
  const table = quoted(text(entry.get('table_name')));
  const recordId = text(entry.get('record_id'));
  const old = entry.get('old_values');
  const value = (column: string) => `json_extract(@old, '$.${column.replaceAll("'", "''")}')`;
  switch (entry.get('action')) {
    case 'insert':
      copy.prepare(`DELETE FROM ${table} WHERE (${shape.key}) = @id`).run({ id: recordId });
      break;
    case 'update':
      copy.prepare(`UPDATE ${table} SET ${shape.columns.map((column) => `${quoted(column)} = ${value(column)}`).join(', ')} WHERE (${shape.key}) = @id`).run({ id: recordId, old });
      break;
    case 'delete':
      copy.prepare(`INSERT INTO ${table} (${shape.columns.map(quoted).join(', ')}) VALUES (${shape.columns.map(value).join(', ')})`).run({ old });
      break;
  }
}

/**
 * The committee's records as they stood at a moment (an ISO timestamp): a private in-memory copy of the
 * database with every change the audit trail recorded after that moment undone, newest first. Every
 * reader of the core works on it unchanged, so "the minutes as approved" or "the register at the end of
 * June" need no readers of their own. The caller closes the copy. Device-local tables (preferences) are
 * not audited and stay as they are.
 */
export function databaseAsOf(db: Database.Database, moment: string): Database.Database {
  const copy = inMemoryCopy(db);
  try {
    const later = copy.prepare('SELECT table_name, record_id, action, old_values FROM audit_log WHERE changed_at > ? ORDER BY seq DESC').all(moment).map((row) => rowFields(row));
    // Anonymous entries keep their own history by the day only (see migration 0010): a change on a later day
    // is undone; within a day the entry's history keeps its order by version.
    const day = moment.slice(0, 10);
    const apart = hasTable(copy, 'anonymous_history')
      ? copy.prepare('SELECT table_name, record_id, action, old_values FROM anonymous_history WHERE changed_on > ? ORDER BY table_name, record_id, version DESC').all(day).map((row) => rowFields(row))
      : [];
    if (later.length === 0 && apart.length === 0) return copy;
    const shapes = tableShapes(copy);
    copy.pragma('foreign_keys = OFF');
    copy.transaction(() => {
      for (const entry of [...later, ...apart]) undo(copy, shapes, entry);
      // The copy's own trail ends at the moment too, so a reader of history on it sees no later change.
      copy.exec('DROP TRIGGER IF EXISTS audit_log_no_delete');
      copy.prepare('DELETE FROM audit_log WHERE changed_at > ?').run(moment);
      if (apart.length > 0) {
        copy.exec('DROP TRIGGER IF EXISTS anonymous_history_no_delete');
        copy.prepare('DELETE FROM anonymous_history WHERE changed_on > ?').run(day);
      }
    }).deferred();
    return copy;
  } catch (error) {
    copy.close();
    throw error;
  }
}
