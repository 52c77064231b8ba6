import type Database from 'better-sqlite3';
import { readCommittee } from '../core/committee/read-committee';
import { UserError } from '../core/api/user-error';
import { openForCommand, type DatabaseUse } from './open-for-command';

/** Opens an existing committee database for one command (see openForCommand) and always closes it. */
export function withDatabase<T>(path: string, use: DatabaseUse, work: (db: Database.Database) => T): T {
  const { db, close } = openForCommand(path, use);
  try {
    if (readCommittee(db) === null) throw new UserError('no_committee');
    return work(db);
  } finally {
    close();
  }
}

/** The same for a command that waits on something (a backup), closing the database only when it is done. */
export async function withDatabaseAsync<T>(path: string, use: DatabaseUse, work: (db: Database.Database, absolutePath: string) => Promise<T>): Promise<T> {
  const { db, absolutePath, close } = openForCommand(path, use);
  try {
    if (readCommittee(db) === null) throw new UserError('no_committee');
    return await work(db, absolutePath);
  } finally {
    close();
  }
}
