import { rmSync } from 'node:fs';
import { listBackupsIn } from './list-backups';

const day = 24 * 60 * 60 * 1000;

/**
 * Keeps the backups a committee may need and drops the rest: from the last day the three newest, then the
 * newest of each day for 30 days, then the newest of each month for 12 months.
 */
export function backupsToKeep(createdAt: readonly string[], now: Date): Set<string> {
  const keep = new Set<string>();
  const newestFirst = [...createdAt].sort((a, b) => b.localeCompare(a));
  const age = (iso: string) => now.getTime() - new Date(iso).getTime();
  for (const iso of newestFirst.filter((candidate) => age(candidate) < day).slice(0, 3)) keep.add(iso);
  const seenDays = new Set<string>();
  for (const iso of newestFirst.filter((candidate) => age(candidate) < 30 * day)) {
    const key = iso.slice(0, 10);
    if (!seenDays.has(key)) keep.add(iso);
    seenDays.add(key);
  }
  const seenMonths = new Set<string>();
  for (const iso of newestFirst.filter((candidate) => age(candidate) < 366 * day)) {
    const key = iso.slice(0, 7);
    if (!seenMonths.has(key) && seenMonths.size < 12) keep.add(iso);
    seenMonths.add(key);
  }
  return keep;
}

export function pruneBackups(folder: string, now: Date): void {
  const backups = listBackupsIn(folder);
  const keep = backupsToKeep(
    backups.map((backup) => backup.createdAt),
    now,
  );
  for (const backup of backups) if (!keep.has(backup.createdAt)) rmSync(backup.path, { force: true });
}
