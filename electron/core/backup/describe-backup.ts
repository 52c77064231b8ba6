import { openCheckedBackup } from './open-checked-backup';

export type BackupContents = { committee: string | null; schemaVersion: number; counts: Record<string, number> };

const counted = ['member', 'service', 'quarterly_figure', 'import_batch', 'barrier', 'barrier_assessment', 'fidelity_review'] as const;

/** What a backup holds, shown before the user restores it; a file restore would refuse is refused here too, with the same message. */
export function describeBackup(path: string): BackupContents {
  const { db, schemaVersion } = openCheckedBackup(path);
  try {
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all().map(String));
    const committee: unknown = tables.has('committee') ? db.prepare('SELECT name FROM committee LIMIT 1').pluck().get() : null;
    const counts: Record<string, number> = {};
    for (const table of counted) if (tables.has(table)) counts[table] = Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    return { committee: typeof committee === 'string' ? committee : null, schemaVersion, counts };
  } finally {
    db.close();
  }
}
