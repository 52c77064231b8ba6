import { z } from 'zod';
import { requiredText } from '../api/required-text';
import { returns } from '../api/returns';
import type { WorkspaceView } from '../api/workspace-view';
import type { BackupInfo } from './create-backup';
import type { BackupContents } from './describe-backup';

/** Backups of the open file: listing, describing, making one now, and restoring one. */
export const backupContract = {
  listBackups: { input: z.object({}), result: returns<BackupInfo[]>() },
  describeBackup: { input: z.object({ path: requiredText(4096) }), result: returns<BackupContents>() },
  backUpNow: { input: z.object({ path: requiredText(4096).optional() }), result: returns<{ path: string }>() },
  restoreBackup: { input: z.object({ path: requiredText(4096) }), result: returns<WorkspaceView & { safetyBackup: string | null }>() },
};
