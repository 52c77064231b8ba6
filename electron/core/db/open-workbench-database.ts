import Database from 'better-sqlite3';
import { migrations } from './migrations/migrations';
import { backupBeforeMigration } from '../backup/backup-before-migration';
import { installAuditTriggers } from '../audit/install-audit-triggers';
import { assertWritableLocation } from './assert-writable-location';
import { databaseProblem } from './database-problem';
import { probeDatabaseFile } from './probe-database-file';

function migrate(db: Database.Database, path: string): void {
  const current = db.pragma('user_version', { simple: true });
  const from = typeof current === 'number' ? current : 0;
  if (from > 0 && from < migrations.length) backupBeforeMigration(db, path);
  migrations.slice(from).forEach((migration, index) => {
    const target = from + index + 1;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.after?.(db);
      db.pragma(`user_version = ${target}`);
    })();
  });
}

/**
 * Opens (or creates) the committee's database, ready for use: WAL, foreign keys, newest schema.
 * Everything that could refuse the file is checked before the first write.
 */
export function openWorkbenchDatabase(path: string): Database.Database {
  probeDatabaseFile(path);
  assertWritableLocation(path);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, path);
    installAuditTriggers(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Error && 'code' in error && (error.code === 'SQLITE_READONLY' || error.code === 'SQLITE_CANTOPEN')) {
      throw databaseProblem('db_read_only', path);
    }
    throw error;
  }
}
