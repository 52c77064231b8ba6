import { backupReasons, type BackupReason } from './backup-reasons';

// The names of this version (…T100000.123Z-import-3fa9c1) and of earlier ones (…T100000Z-import), which stay listed and pruned.
const namePattern = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:\.(\d{3}))?Z-([a-z]+)(?:-[0-9a-z]+)?\.sqlite$/;

/** When and why a backup was made, read from its file name; null for any other file in the folder. */
export function parseBackupFileName(fileName: string): { createdAt: string; reason: BackupReason | 'other' } | null {
  const match = namePattern.exec(fileName);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, milliseconds, reason] = match;
  return {
    createdAt: `${year ?? ''}-${month ?? ''}-${day ?? ''}T${hour ?? ''}:${minute ?? ''}:${second ?? ''}.${milliseconds ?? '000'}Z`,
    reason: backupReasons.find((known) => known === reason) ?? 'other',
  };
}
