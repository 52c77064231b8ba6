import { latestSchemaVersion } from './migrations/migrations';
import { openSnapshot } from './open-snapshot';
import { probeDatabaseFile } from './probe-database-file';
import { UserError } from '../api/user-error';

export type DatabaseCheck = { ok: true } | { ok: false; problems: string[] };

/** SQLite's own integrity and foreign-key checks plus the schema version, read-only. */
export function checkDatabase(path: string): DatabaseCheck {
  const probe = probeDatabaseFile(path);
  if (probe.kind !== 'workbench') throw new UserError('db_missing', { path });
  const problems: string[] = [];
  if (probe.schemaVersion < latestSchemaVersion) {
    problems.push(`schema version ${probe.schemaVersion} is older than ${latestSchemaVersion}; opening the file in the workbench upgrades it`);
  }
  const db = openSnapshot(path);
  try {
    for (const message of db.prepare('PRAGMA integrity_check').pluck().all()) {
      if (message !== 'ok') problems.push(`integrity: ${String(message)}`);
    }
    for (const row of db.prepare('PRAGMA foreign_key_check').all()) {
      if (row !== null && typeof row === 'object' && 'table' in row && 'parent' in row && 'rowid' in row) {
        problems.push(`foreign key: row ${String(row.rowid)} of ${String(row.table)} points to a missing ${String(row.parent)}`);
      }
    }
  } finally {
    db.close();
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
