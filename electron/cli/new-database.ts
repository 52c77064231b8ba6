import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertWritableLocation } from '../core/db/assert-writable-location';
import { openWorkbenchDatabase } from '../core/db/open-workbench-database';
import { probeDatabaseFile } from '../core/db/probe-database-file';
import { takeWriteLock } from '../core/db/take-write-lock';
import { UserError } from '../core/api/user-error';

/**
 * Creates a database that did not exist, holding its write lock while it is filled (`command` names the
 * command in the lock); if filling it fails, the new file is removed again.
 */
export function newDatabase(path: string, command: string, fill: (db: Database.Database) => void): string {
  const absolute = resolve(path);
  if (probeDatabaseFile(absolute).kind !== 'missing') throw new UserError('db_exists', { path: absolute });
  assertWritableLocation(absolute);
  const lock = takeWriteLock(absolute, { program: 'cli', command });
  try {
    // Looked at again under the lock: a program that created the file meanwhile must not lose it below.
    if (probeDatabaseFile(absolute).kind !== 'missing') throw new UserError('db_exists', { path: absolute });
    const db = openWorkbenchDatabase(absolute);
    try {
      fill(db);
      db.close();
    } catch (error) {
      db.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(absolute + suffix, { force: true });
      throw error;
    }
  } finally {
    lock.release();
  }
  return absolute;
}
