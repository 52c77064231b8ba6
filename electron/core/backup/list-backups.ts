import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupFolder } from './backup-folder';
import { backupReasons } from './backup-reasons';
import type { BackupInfo } from './create-backup';

const namePattern = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-([a-z]+)\.sqlite$/;

/** The automatic backups of a database, newest first, read from their file names. */
export function listBackupsIn(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((fileName): BackupInfo[] => {
      const match = namePattern.exec(fileName);
      if (match === null) return [];
      const [, year, month, day, hour, minute, second, reason] = match;
      const path = join(folder, fileName);
      return [
        {
          path,
          fileName,
          createdAt: `${year ?? ''}-${month ?? ''}-${day ?? ''}T${hour ?? ''}:${minute ?? ''}:${second ?? ''}.000Z`,
          reason: backupReasons.find((known) => known === reason) ?? 'other',
          sizeBytes: statSync(path).size,
        },
      ];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function listBackups(databasePath: string): BackupInfo[] {
  return listBackupsIn(backupFolder(databasePath));
}
