import { UserError } from '../api/user-error';

/**
 * SQLite failures that come from the disk, not from a bug: a full disk, an I/O error, a file made
 * read-only, another program holding the file. The transaction was rolled back, so nothing was half
 * written; the user gets a message that says what to do.
 */
export function storageFailure(error: unknown): UserError | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  const code = error.code;
  // SQLite's codes, and the file system's for what the workbench writes itself (backups, exports).
  // EFBIG: a file-size limit (a quota, or FAT32's 4 GB) stops the write just as a full disk does.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return new UserError('disk_full');
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return new UserError('disk_error', { detail: code });
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return new UserError('db_became_read_only');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new UserError('db_busy');
  return null;
}
