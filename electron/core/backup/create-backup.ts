import type Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { openSnapshot } from '../db/open-snapshot';
import { backupFolder } from './backup-folder';
import type { BackupReason } from './backup-reasons';
import { freeBackupPath } from './free-backup-path';
import { pruneBackups } from './prune-backups';
import { stopPoint } from '../testing/stop-point';

export type BackupInfo = { path: string; fileName: string; createdAt: string; reason: BackupReason | 'other'; sizeBytes: number };

/** Writes to a temporary name, checks the copy with integrity_check, then gives it its real name. */
export async function backupTo(db: Database.Database, destination: string): Promise<void> {
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  try {
    // SQLite's online backup: a consistent copy of the live database, safe while the app keeps working.
    await db.backup(partial);
    stopPoint('backup:copied');
    const copy = openSnapshot(partial);
    try {
      const check: unknown = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the backup failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    renameSync(partial, destination);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** An automatic backup into the database's backup folder, followed by the pruning of old ones. */
export async function createBackup(db: Database.Database, databasePath: string, reason: BackupReason, now: Date = new Date()): Promise<BackupInfo> {
  const folder = backupFolder(databasePath);
  mkdirSync(folder, { recursive: true });
  const { path, fileName } = freeBackupPath(folder, now, reason);
  await backupTo(db, path);
  pruneBackups(folder, now);
  return { path, fileName, createdAt: now.toISOString(), reason, sizeBytes: statSync(path).size };
}
