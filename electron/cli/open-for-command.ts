import type Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { assertWritableLocation } from '../core/db/assert-writable-location';
import { latestSchemaVersion } from '../core/db/migrations/migrations';
import { openWorkbenchDatabase } from '../core/db/open-workbench-database';
import { probeDatabaseFile } from '../core/db/probe-database-file';
import { takeWriteLock } from '../core/db/take-write-lock';
import { UserError } from '../core/api/user-error';

/** What a command does with the file: its name (shown to a program that would write meanwhile), and whether it writes. */
export type DatabaseUse = { command: string; writes: boolean };

/**
 * Opens an existing committee database for one command. A command that writes takes the file's write
 * lock first, so it is refused at once (exit 1, naming the program that has the file) instead of waiting
 * behind it; a command that only reads takes it only when opening upgrades the file, since an upgrade
 * writes, and otherwise works while another program has the file open.
 */
export function openForCommand(path: string, use: DatabaseUse): { db: Database.Database; absolutePath: string; close: () => void } {
  const absolutePath = resolve(path);
  const probe = probeDatabaseFile(absolutePath);
  if (probe.kind !== 'workbench') throw new UserError('db_missing', { path: absolutePath });
  // A folder that cannot be written is said as such, not as a lock that could not be made.
  assertWritableLocation(absolutePath);
  const lock = use.writes || probe.schemaVersion < latestSchemaVersion ? takeWriteLock(absolutePath, { program: 'cli', command: use.command }) : null;
  try {
    const db = openWorkbenchDatabase(absolutePath);
    return {
      db,
      absolutePath,
      close: () => {
        db.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
