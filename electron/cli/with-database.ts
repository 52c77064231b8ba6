import type Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { openWorkbenchDatabase } from '../core/db/open-workbench-database';
import { probeDatabaseFile } from '../core/db/probe-database-file';
import { readCommittee } from '../core/committee/read-committee';
import { UserError } from '../core/api/user-error';

/** Opens an existing committee database for one command and always closes it. */
export function withDatabase<T>(path: string, work: (db: Database.Database) => T): T {
  const absolute = resolve(path);
  if (probeDatabaseFile(absolute).kind !== 'workbench') throw new UserError('db_missing', { path: absolute });
  const db = openWorkbenchDatabase(absolute);
  try {
    if (readCommittee(db) === null) throw new UserError('no_committee');
    return work(db);
  } finally {
    db.close();
  }
}

/** The same for a command that waits on something (a backup), closing the database only when it is done. */
export async function withDatabaseAsync<T>(path: string, work: (db: Database.Database, absolutePath: string) => Promise<T>): Promise<T> {
  const absolute = resolve(path);
  if (probeDatabaseFile(absolute).kind !== 'workbench') throw new UserError('db_missing', { path: absolute });
  const db = openWorkbenchDatabase(absolute);
  try {
    if (readCommittee(db) === null) throw new UserError('no_committee');
    return await work(db, absolute);
  } finally {
    db.close();
  }
}
