import type Database from 'better-sqlite3';
import { checkDatabase } from '../db/check-database';
import { openSnapshot } from '../db/open-snapshot';
import { probeDatabaseFile } from '../db/probe-database-file';
import { UserError } from '../api/user-error';
import { createBackup, type BackupInfo } from './create-backup';

/** Refuses a backup that is not a sound workbench database, before anything is touched. */
export function assertRestorable(backupPath: string): void {
  if (probeDatabaseFile(backupPath).kind !== 'workbench') throw new UserError('backup_invalid', { path: backupPath });
  const check = checkDatabase(backupPath);
  if (!check.ok) throw new UserError('backup_invalid', { path: backupPath });
}

/**
 * Puts a backup in place of the live database. The live state is first backed up itself (reason
 * "restore"), so a restore can be undone; the caller closes nothing and reopens the file afterwards.
 */
export async function restoreBackup(livePath: string, backupPath: string, live: Database.Database | null): Promise<BackupInfo | null> {
  try {
    assertRestorable(backupPath);
  } catch (error) {
    live?.close();
    throw error;
  }
  const safety = live === null ? null : await createBackup(live, livePath, 'restore');
  live?.close();
  const source = openSnapshot(backupPath);
  try {
    await source.backup(livePath);
  } finally {
    source.close();
  }
  return safety;
}
