import type Database from 'better-sqlite3';
import { createBackup } from './create-backup';
import { appLog } from '../log/app-log';

const quarterHour = 15 * 60 * 1000;

function changesSoFar(db: Database.Database): number {
  return Number(db.prepare('SELECT total_changes()').pluck().get());
}

/**
 * Every 15 minutes in which something was written, an automatic backup. The check runs each minute and
 * costs one query; the timer does not keep the process alive.
 */
export function startPeriodicBackups(current: () => { db: Database.Database; path: string } | null, interval = quarterHour): () => void {
  const seen = new WeakMap<Database.Database, number>();
  let lastBackup = Date.now();
  let running = false;
  const timer = setInterval(() => {
    const open = current();
    if (open === null || running || Date.now() - lastBackup < interval) return;
    const changes = changesSoFar(open.db);
    if (changes === (seen.get(open.db) ?? 0)) return;
    running = true;
    createBackup(open.db, open.path, 'periodic')
      .then(() => {
        seen.set(open.db, changes);
        lastBackup = Date.now();
      })
      .catch((error: unknown) => appLog.failed('periodic_backup_failed', error))
      .finally(() => {
        running = false;
      });
  }, Math.min(60_000, interval));
  timer.unref();
  return () => clearInterval(timer);
}
