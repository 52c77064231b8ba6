import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupReason } from './backup-reasons';
import { backupFileName } from './backup-file-name';

/**
 * A name in the backup folder that no backup has, nor one being written (its .partial). The random part
 * makes a clash all but impossible; the check makes sure, so a backup never replaces another one.
 */
export function freeBackupPath(folder: string, now: Date, reason: BackupReason): { path: string; fileName: string } {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const fileName = backupFileName(now, reason);
    const path = join(folder, fileName);
    if (!existsSync(path) && !existsSync(`${path}.partial`)) return { path, fileName };
  }
  throw new Error(`no free backup name in ${folder}`);
}
