import { openSnapshot } from '../db/open-snapshot';
import { probeDatabaseFile } from '../db/probe-database-file';
import { UserError } from '../api/user-error';

export type BackupContents = { committee: string | null; schemaVersion: number; counts: Record<string, number> };

const counted = ['member', 'service', 'quarterly_figure', 'import_batch', 'barrier', 'barrier_assessment', 'fidelity_review'] as const;

/** What a backup holds, shown before the user restores it. */
export function describeBackup(path: string): BackupContents {
  const probe = probeDatabaseFile(path);
  if (probe.kind !== 'workbench') throw new UserError('backup_invalid', { path });
  const db = openSnapshot(path);
  try {
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all().map(String));
    const committee: unknown = tables.has('committee') ? db.prepare('SELECT name FROM committee LIMIT 1').pluck().get() : null;
    const counts: Record<string, number> = {};
    for (const table of counted) if (tables.has(table)) counts[table] = Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    return { committee: typeof committee === 'string' ? committee : null, schemaVersion: probe.schemaVersion, counts };
  } finally {
    db.close();
  }
}
