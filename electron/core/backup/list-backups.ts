import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupFolder } from './backup-folder';
import type { BackupInfo } from './create-backup';
import { parseBackupFileName } from './parse-backup-file-name';

/** The automatic backups of a database, newest first, read from their file names. */
export function listBackupsIn(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((fileName): BackupInfo[] => {
      const parsed = parseBackupFileName(fileName);
      if (parsed === null) return [];
      const path = join(folder, fileName);
      return [{ path, fileName, createdAt: parsed.createdAt, reason: parsed.reason, sizeBytes: statSync(path).size }];
    })
    // Two backups of the same moment (older names went by the second) keep one order: by name.
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

export function listBackups(databasePath: string): BackupInfo[] {
  return listBackupsIn(backupFolder(databasePath));
}
