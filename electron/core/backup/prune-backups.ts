import { rmSync } from 'node:fs';
import { listBackupsIn } from './list-backups';

const day = 24 * 60 * 60 * 1000;

/**
 * Keeps the backups a committee may need and drops the rest: from the last day the three newest, then the
 * newest of each day for 30 days, then the newest of each month for 12 months. Works on anything with a
 * time, so that two backups of the same moment are still two backups.
 */
function keep<T extends { createdAt: string }>(backups: readonly T[], now: Date): Set<T> {
  const kept = new Set<T>();
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const age = (backup: T) => now.getTime() - new Date(backup.createdAt).getTime();
  for (const backup of newestFirst.filter((candidate) => age(candidate) < day).slice(0, 3)) kept.add(backup);
  const seenDays = new Set<string>();
  for (const backup of newestFirst.filter((candidate) => age(candidate) < 30 * day)) {
    const key = backup.createdAt.slice(0, 10);
    if (!seenDays.has(key)) kept.add(backup);
    seenDays.add(key);
  }
  const seenMonths = new Set<string>();
  for (const backup of newestFirst.filter((candidate) => age(candidate) < 366 * day)) {
    const key = backup.createdAt.slice(0, 7);
    if (!seenMonths.has(key) && seenMonths.size < 12) kept.add(backup);
    seenMonths.add(key);
  }
  return kept;
}

/** The rule for a list of times (ISO strings): which of them to keep. */
export function backupsToKeep(createdAt: readonly string[], now: Date): Set<string> {
  return new Set([...keep(createdAt.map((iso) => ({ createdAt: iso })), now)].map((backup) => backup.createdAt));
}

export function pruneBackups(folder: string, now: Date): void {
  const backups = listBackupsIn(folder);
  const kept = keep(backups, now);
  for (const backup of backups) if (!kept.has(backup)) rmSync(backup.path, { force: true });
}
