import { readFileSync } from 'node:fs';
import { z } from 'zod';

const lockRecord = z.object({
  program: z.enum(['desktop', 'browser', 'cli', 'workbench']),
  command: z.string().optional(),
  pid: z.int().positive(),
  hostname: z.string(),
  since: z.iso.datetime(),
  token: z.string(),
});

export type LockRecord = z.infer<typeof lockRecord>;

/**
 * What a lock file says: its holder, 'gone' when there is no lock (any more), 'unreadable' when the file
 * holds something else — a program that is writing it this very moment, or something no workbench wrote.
 */
export function readWriteLock(lockPath: string): { record: LockRecord; raw: string } | 'gone' | 'unreadable' {
  let raw: string;
  try {
    raw = readFileSync(lockPath, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'gone';
    // A folder in its place, or a file this user may not read: not a lock anybody could check.
    return 'unreadable';
  }
  try {
    const parsed = lockRecord.safeParse(JSON.parse(raw));
    return parsed.success ? { record: parsed.data, raw } : 'unreadable';
  } catch {
    return 'unreadable';
  }
}
