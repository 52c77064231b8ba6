import type Database from 'better-sqlite3';
import { rowFields, text } from '../db/row-fields';
import { deviceLocalTables } from './device-local-tables';

export type SyncedColumn = { name: string; required: boolean; defaultValue: string | number | null | undefined };

/**
 * A table whose rows are shared: its columns and the columns of its primary key, read from the live schema,
 * and the condition that finds one row by its key (`"a" = ? AND "b" = ?`).
 */
export type SyncedTable = { name: string; columns: SyncedColumn[]; keyColumns: string[]; keyWhere: string };

/** A column default as the value SQLite stores for it (the simple literals the migrations use), or undefined. */
function literal(sql: unknown): string | number | null | undefined {
  if (typeof sql !== 'string') return undefined;
  if (/^'.*'$/s.test(sql)) return sql.slice(1, -1).replaceAll("''", "'");
  if (/^-?\d+(\.\d+)?$/.test(sql)) return Number(sql);
  return sql.toUpperCase() === 'NULL' ? null : undefined;
}

/** Every table whose rows are shared, from the schema, so a table a later migration adds is shared too. */
export function syncedTables(db: Database.Database): SyncedTable[] {
  const names = db
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all()
    .map(String)
    .filter((name) => !deviceLocalTables.has(name));
  return names.map((name) => {
    const info = db.prepare(`PRAGMA main.table_info("${name}")`).all().map((row) => rowFields(row));
    const keyColumns = info
      .filter((column) => Number(column.get('pk')) > 0)
      .sort((a, b) => Number(a.get('pk')) - Number(b.get('pk')))
      .map((column) => text(column.get('name')));
    const columns = info.map((column) => ({
      name: text(column.get('name')),
      required: Number(column.get('notnull')) === 1 && column.get('dflt_value') === null,
      defaultValue: literal(column.get('dflt_value')),
    }));
    return { name, columns, keyColumns, keyWhere: keyColumns.map((column) => `"${column}" = ?`).join(' AND ') };
  });
}
