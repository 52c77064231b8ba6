import { randomBytes } from 'node:crypto';

/**
 * A backup's file name: when (UTC, to the millisecond), why, and a short random part, e.g.
 * `20261125T100000.123Z-import-3fa9c1.sqlite`. Names sort by time, and two backups made in the same
 * millisecond (two imports, or two programs) still get names of their own.
 */
export function backupFileName(now: Date, reason: string): string {
  const stamp = now.toISOString().replace(/[-:]/g, '');
  return `${stamp}-${reason}-${randomBytes(3).toString('hex')}.sqlite`;
}
