import type Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { openSnapshot } from '../db/open-snapshot';
import { backupFolder } from './backup-folder';
import { freeBackupPath } from './free-backup-path';
import { pruneBackups } from './prune-backups';

/**
 * Before an upgrade changes the schema, the database as it was is saved beside it. Opening a file must
 * stay synchronous, so this uses SQLite's serialize API (a consistent image of the open database, read
 * through SQLite like the backup API, never a copy of the file on disk) and checks the copy's integrity.
 */
export function backupBeforeMigration(db: Database.Database, databasePath: string, now: Date = new Date()): string {
  const folder = backupFolder(databasePath);
  mkdirSync(folder, { recursive: true });
  const { path } = freeBackupPath(folder, now, 'migration');
  const partial = `${path}.partial`;
  writeFileSync(partial, db.serialize());
  try {
    const copy = openSnapshot(partial);
    try {
      const check: unknown = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the pre-upgrade backup failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
  pruneBackups(folder, now);
  return path;
}
