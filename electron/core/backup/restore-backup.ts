import type Database from 'better-sqlite3';
import { createBackup, type BackupInfo } from './create-backup';
import type { CheckedBackup } from './open-checked-backup';

/**
 * Puts a checked backup (openCheckedBackup) in place of the live database; the caller holds the file's
 * write lock. The live state is first backed up itself (reason "restore"), so a restore can be undone;
 * until that has worked nothing is touched. Then the live connection is closed, `beforeReplacing` runs
 * (the workspace sets an unusable file aside there), and SQLite's backup API copies the backup over the
 * file. The caller reopens the file afterwards, which upgrades a backup from an earlier version exactly
 * as opening such a file does.
 */
export async function restoreBackup(
  livePath: string,
  source: CheckedBackup,
  live: Database.Database | null,
  beforeReplacing: () => void = () => undefined,
): Promise<BackupInfo | null> {
  const safety = live === null ? null : await createBackup(live, livePath, 'restore');
  live?.close();
  beforeReplacing();
  await source.db.backup(livePath);
  return safety;
}
