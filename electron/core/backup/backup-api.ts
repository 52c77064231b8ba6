import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'node:path';
import { apiSlice } from '../api/api-slice';
import { UserError } from '../api/user-error';
import { workspaceView } from '../api/workspace-view';
import { assertWritableLocation } from '../db/assert-writable-location';
import { backupById } from './backup-by-id';
import { backupContract } from './backup-contract';
import { backupTo, createBackup } from './create-backup';
import { describeBackup } from './describe-backup';
import { listBackups } from './list-backups';

/** Whether two names lead to one file: by device and inode, so a link or another spelling of the open file counts too. */
function sameFile(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  const [first, second] = [statSync(a), statSync(b)];
  return first.dev === second.dev && first.ino === second.ino;
}

export const backupApi = apiSlice(backupContract, {
  listBackups: (context) => listBackups(context.workspace.path),
  describeBackup: (context, input) => describeBackup(backupById(context.workspace.path, input.backupId).path),
  downloadBackup: (context, input) => {
    const backup = backupById(context.workspace.path, input.backupId);
    // The committee's file name leads, so a downloaded copy still says whose backup it is.
    return { fileName: `${parse(context.workspace.path).name}-${backup.fileName}`, mimeType: 'application/vnd.sqlite3', contentBase64: readFileSync(backup.path).toString('base64') };
  },
  backUpNow: (context) => createBackup(context.workspace.db(), context.workspace.path, 'manual'),
  backUpToFile: async (context) => {
    const db = context.workspace.db();
    const pick = context.host.pickDatabasePath;
    if (pick === undefined) return { supported: false, path: null };
    const path = await pick('backup');
    if (path === null) return { supported: true, path: null };
    // Never over an existing file: the dialog's "replace?" could otherwise overwrite the live database itself.
    if (existsSync(path)) throw new UserError('db_exists', { path });
    assertWritableLocation(path);
    await backupTo(db, path);
    return { supported: true, path };
  },
  restoreBackup: async (context, input) => {
    const backup = backupById(context.workspace.path, input.backupId);
    const safety = await context.workspace.restoreFrom(backup.path);
    return { ...workspaceView(context), safetyBackup: safety?.path ?? null };
  },
  restoreFromFile: async (context) => {
    const pick = context.host.pickDatabasePath;
    if (pick === undefined) return { supported: false, restored: null };
    const path = await pick('restore');
    if (path === null) return { supported: true, restored: null };
    if (sameFile(path, context.workspace.path)) throw new UserError('restore_from_open_file', { path });
    const safety = await context.workspace.restoreFrom(path);
    return { supported: true, restored: { ...workspaceView(context), safetyBackup: safety?.path ?? null } };
  },
});
