import { lstatSync } from 'node:fs';
import { UserError } from '../api/user-error';
import type { BackupInfo } from './create-backup';
import { listBackups } from './list-backups';

/**
 * A backup of the open file, named by the page only by its id (its file name, as listBackups gives it).
 * The id must be a bare name that the backup folder lists right now, as a plain file: no folder, no way
 * up, no link elsewhere, so a page cannot point the core at any other file on the computer.
 */
export function backupById(databasePath: string, backupId: string): BackupInfo {
  const bare = !/[/\\\0]/.test(backupId) && !backupId.includes('..');
  const backup = bare ? listBackups(databasePath).find((candidate) => candidate.fileName === backupId) : undefined;
  if (backup === undefined || !lstatSync(backup.path).isFile()) throw new UserError('backup_unknown', { backupId }, 'backupId');
  return backup;
}
