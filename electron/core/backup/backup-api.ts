import { existsSync } from 'node:fs';
import { apiSlice } from '../api/api-slice';
import { UserError } from '../api/user-error';
import { workspaceView } from '../api/workspace-view';
import { assertWritableLocation } from '../db/assert-writable-location';
import { backupContract } from './backup-contract';
import { backupTo, createBackup } from './create-backup';
import { describeBackup } from './describe-backup';
import { listBackups } from './list-backups';

export const backupApi = apiSlice(backupContract, {
  listBackups: (context) => listBackups(context.workspace.path),
  describeBackup: (_context, input) => describeBackup(input.path),
  backUpNow: async (context, input) => {
    const db = context.workspace.db();
    if (input.path === undefined) return { path: (await createBackup(db, context.workspace.path, 'manual')).path };
    if (existsSync(input.path)) throw new UserError('db_exists', { path: input.path }, 'path');
    assertWritableLocation(input.path);
    await backupTo(db, input.path);
    return { path: input.path };
  },
  restoreBackup: async (context, input) => {
    const safety = await context.workspace.restoreFrom(input.path);
    return { ...workspaceView(context), safetyBackup: safety?.path ?? null };
  },
});
