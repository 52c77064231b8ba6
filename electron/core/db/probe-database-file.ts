import type Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { latestSchemaVersion } from './migrations/migrations';
import { databaseProblem } from './database-problem';
import { openSnapshot } from './open-snapshot';

export type DatabaseProbe =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'workbench'; schemaVersion: number };

const sqliteHeader = 'SQLite format 3\u0000';

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(sqliteHeader.length);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function isSqliteFailure(error: unknown): error is Error & { code: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_');
}

/**
 * Looks at a file without changing it, so that a wrong choice in "Open another file" never damages
 * somebody's data: a newer version, another program's database or a corrupt file are refused here.
 */
export function probeDatabaseFile(path: string): DatabaseProbe {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw databaseProblem('db_is_directory', path);
    size = stats.size;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (size === 0) return { kind: 'empty' };
  if (readHeader(path) !== sqliteHeader) throw databaseProblem('db_not_sqlite', path);

  let db: Database.Database | undefined;
  try {
    db = openSnapshot(path);
    const version = db.pragma('user_version', { simple: true });
    const schemaVersion = typeof version === 'number' ? version : 0;
    if (schemaVersion > latestSchemaVersion) {
      throw databaseProblem('db_newer_version', path, { found: schemaVersion, supported: latestSchemaVersion });
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw databaseProblem('db_corrupt', path, { detail: String(check) });
    if (schemaVersion === 0) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get();
      if (tables !== null && typeof tables === 'object' && 'n' in tables && tables.n !== 0) {
        throw databaseProblem('db_not_workbench', path);
      }
    }
    return { kind: 'workbench', schemaVersion };
  } catch (error) {
    if (isSqliteFailure(error)) throw databaseProblem('db_corrupt', path, { detail: error.message });
    throw error;
  } finally {
    db?.close();
  }
}
