import type Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { migrations } from './migrations/migrations';
import { backupBeforeMigration } from '../backup/backup-before-migration';
import { installAuditTriggers } from '../audit/install-audit-triggers';
import { assertWritableLocation } from './assert-writable-location';
import { databaseProblem } from './database-problem';
import { probeDatabaseFile } from './probe-database-file';
import { scrubFreedContent } from './scrub-freed-content';
import { openSqlite } from './open-sqlite';
import { deviceSyncs } from '../sync/device-syncs';

function migrate(db: Database.Database, path: string): void {
  const current = db.pragma('user_version', { simple: true });
  const from = typeof current === 'number' ? current : 0;
  if (from > 0 && from < migrations.length) backupBeforeMigration(db, path);
  const pending = migrations.slice(from);
  pending.forEach((migration, index) => {
    const target = from + index + 1;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.after?.(db);
      db.pragma(`user_version = ${target}`);
    }).immediate();
  });
  // A new file has nothing to rewrite; an upgraded one may hold what an earlier version left in free pages.
  if (from > 0 && pending.some((migration) => migration.rewriteFile === true)) {
    db.exec('VACUUM');
    scrubFreedContent(db);
  }
}

/**
 * After a failed open, the -wal and -shm files this attempt created are removed again when the log
 * holds nothing (so nothing can be lost): a refused start-up leaves the folder as it found it. Files
 * that were there before are never touched; they may hold another program's work.
 */
function removeCompanionsWeCreated(path: string, existedBefore: { wal: boolean; shm: boolean }): void {
  const wal = `${path}-wal`;
  const shm = `${path}-shm`;
  try {
    if (!existedBefore.wal && existsSync(wal) && statSync(wal).size === 0) rmSync(wal);
    if (!existedBefore.shm && !existsSync(wal) && existsSync(shm)) rmSync(shm);
  } catch {
    // Leaving an empty log behind is harmless; the error that matters is the one being reported.
  }
}

/**
 * Opens (or creates) the committee's database, ready for use: WAL, foreign keys, newest schema.
 * Everything that could refuse the file is checked before the first write.
 */
export function openWorkbenchDatabase(path: string): Database.Database {
  probeDatabaseFile(path);
  assertWritableLocation(path);
  const existedBefore = { wal: existsSync(`${path}-wal`), shm: existsSync(`${path}-shm`) };
  const db = openSqlite(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Deleted content is overwritten, not left in free pages: a discarded draft of anonymous feedback must not stay readable.
    db.pragma('secure_delete = ON');
    migrate(db, path);
    installAuditTriggers(db);
    deviceSyncs.attach(db);
    return db;
  } catch (error) {
    db.close();
    removeCompanionsWeCreated(path, existedBefore);
    if (error instanceof Error && 'code' in error && (error.code === 'SQLITE_READONLY' || error.code === 'SQLITE_CANTOPEN')) {
      throw databaseProblem('db_read_only', path);
    }
    throw error;
  }
}
