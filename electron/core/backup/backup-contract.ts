import { z } from 'zod';
import { returns } from '../api/returns';
import type { WorkspaceView } from '../api/workspace-view';
import type { BackupInfo } from './create-backup';
import type { BackupContents } from './describe-backup';

/** A backup in the open file's backup folder, named by its file name as listBackups gives it; checked by backupById. */
const backupId = z.strictObject({ backupId: z.string().min(1).max(255) });

type Restored = WorkspaceView & { safetyBackup: string | null };

/**
 * Backups of the open file: listing, describing, downloading, making one now, and restoring one. The page
 * never names a path: backups in the folder go by id, any other file is chosen in the host's own dialog
 * (`supported` is false where there is none, in the browser). Inputs are strict objects, so a path sent
 * anyway is refused rather than quietly dropped.
 */
export const backupContract = {
  listBackups: { input: z.object({}), result: returns<BackupInfo[]>() },
  describeBackup: { input: backupId, result: returns<BackupContents>() },
  downloadBackup: { input: backupId, result: returns<{ fileName: string; mimeType: string; contentBase64: string }>() },
  backUpNow: { input: z.strictObject({}), result: returns<BackupInfo>() },
  backUpToFile: { input: z.strictObject({}), result: returns<{ supported: boolean; path: string | null }>() },
  restoreBackup: { input: backupId, result: returns<Restored>() },
  restoreFromFile: { input: z.strictObject({}), result: returns<{ supported: boolean; restored: Restored | null }>() },
};
