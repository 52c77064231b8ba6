import type Database from 'better-sqlite3';
import { rowFields, text } from './row-fields';

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function describeTable(db: Database.Database, table: string): string {
  const columns = db
    .prepare(`PRAGMA main.table_info(${quoted(table)})`)
    .all()
    .map((row) => {
      const column = rowFields(row);
      const notNull = Number(column.get('notnull')) === 1 ? ' NOT NULL' : '';
      const key = Number(column.get('pk')) > 0 ? ` PRIMARY KEY ${String(column.get('pk'))}` : '';
      const fallback = column.get('dflt_value');
      // SQLite gives a column's default as the text of its expression, or null when there is none.
      return `${text(column.get('name'))} ${text(column.get('type')).toUpperCase()}${notNull}${key}${typeof fallback === 'string' ? ` DEFAULT ${fallback}` : ''}`;
    });
  // Unique constraints live in indexes SQLite makes itself; they say as much about a table as its columns.
  const indexes = db
    .prepare(`PRAGMA main.index_list(${quoted(table)})`)
    .all()
    .map((row) => {
      const index = rowFields(row);
      const name = text(index.get('name'));
      const indexed = db.prepare(`PRAGMA main.index_info(${quoted(name)})`).all().map((entry) => text(rowFields(entry).get('name')));
      return `${Number(index.get('unique')) === 1 ? 'unique ' : ''}index ${name} (${indexed.join(', ')})`;
    })
    .sort();
  return [...columns, ...indexes].join(', ');
}

/**
 * A database's schema as the workbench made it: every table with its columns (name, type, NOT NULL,
 * primary key, default) and indexes, and every index, trigger and view by name. Left out are SQLite's
 * own tables (sqlite_sequence, sqlite_stat1) and the temporary triggers the app installs on each
 * connection (the audit trail's), which are not part of the file.
 */
export function readSchema(db: Database.Database): Map<string, string> {
  const shape = new Map<string, string>();
  const entries = db.prepare("SELECT type, name, tbl_name FROM main.sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all().map((row) => rowFields(row));
  for (const entry of entries) {
    const type = text(entry.get('type'));
    const name = text(entry.get('name'));
    shape.set(`${type} ${name}`, type === 'table' ? describeTable(db, name) : `on ${text(entry.get('tbl_name'))}`);
  }
  return shape;
}
