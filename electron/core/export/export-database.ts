import type Database from 'better-sqlite3';
import { latestSchemaVersion } from '../db/migrations/migrations';

export type DatabaseExport = {
  format: 'ips-steering-workbench-export';
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
};

/**
 * Every record of every table, read in one transaction so the export is a consistent snapshot. Tables
 * are discovered from the schema, so records added by later migrations are exported without changes here.
 */
export function exportDatabase(db: Database.Database): DatabaseExport {
  return db.transaction((): DatabaseExport => {
    const names = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
      .pluck()
      .all();
    const tables: Record<string, unknown[]> = {};
    for (const name of names) {
      // What this device holds of the shared documents is their encoding, rebuilt from the server; the records are in their tables.
      if (typeof name !== 'string' || name === 'sync_update' || name === 'sync_outbox') continue;
      // Half-written feedback is the writer's until they save it, and may be meant to stay anonymous.
      const where = name === 'preference' ? " WHERE key NOT LIKE 'feedback\\_draft:%' ESCAPE '\\'" : '';
      // Insertion order where the table keeps one; tables WITHOUT ROWID (feedback) keep none on purpose and come by key.
      const withoutRowid = db.prepare('SELECT wr FROM pragma_table_list WHERE schema = ? AND name = ?').pluck().get('main', name) === 1;
      tables[name] = db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"${where} ORDER BY ${withoutRowid ? '1' : 'rowid'}`).all();
    }
    return { format: 'ips-steering-workbench-export', schemaVersion: latestSchemaVersion, exportedAt: new Date().toISOString(), tables };
  }).deferred();
}
