import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { openWorkbenchDatabase } from '../core/db/open-workbench-database';
import { probeDatabaseFile } from '../core/db/probe-database-file';
import { UserError } from '../core/api/user-error';

/** Creates a database that did not exist; if filling it fails, the new file is removed again. */
export function newDatabase(path: string, fill: (db: Database.Database) => void): string {
  const absolute = resolve(path);
  const probe = probeDatabaseFile(absolute);
  if (probe.kind !== 'missing') throw new UserError('db_exists', { path: absolute });
  const db = openWorkbenchDatabase(absolute);
  try {
    fill(db);
    db.close();
  } catch (error) {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(absolute + suffix, { force: true });
    throw error;
  }
  return absolute;
}
