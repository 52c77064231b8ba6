import type Database from 'better-sqlite3';
import { rowFields, stringOrNull, text } from '../db/row-fields';

/** A field changed on two devices at once: the value every device kept and the one it replaced. */
export type Conflict = { id: string; table: string; recordKey: string; field: string; kept: string | null; replaced: string | null; noticedAt: string; seen: boolean };

const seenKey = 'merge_conflicts_seen_up_to';

/** The merge conflicts, newest first, each marked seen once this device's user has looked at them. */
export const mergeConflicts = {
  list(db: Database.Database): Conflict[] {
    const seenUpTo = stringOrNull(db.prepare('SELECT value FROM preference WHERE key = ?').pluck().get(seenKey)) ?? '';
    return db
      .prepare('SELECT * FROM merge_conflict ORDER BY noticed_at DESC, id')
      .all()
      .map((found) => {
        const row = rowFields(found);
        const noticedAt = text(row.get('noticed_at'));
        return { id: text(row.get('id')), table: text(row.get('table_name')), recordKey: text(row.get('record_key')), field: text(row.get('field')), kept: stringOrNull(row.get('kept')), replaced: stringOrNull(row.get('replaced')), noticedAt, seen: noticedAt <= seenUpTo };
      });
  },
  /** Records with a conflict not looked at yet. */
  unseen(db: Database.Database): number {
    return new Set(mergeConflicts.list(db).filter((conflict) => !conflict.seen).map((conflict) => `${conflict.table} ${conflict.recordKey}`)).size;
  },
  markSeen(db: Database.Database): void {
    const newest = db.prepare('SELECT max(noticed_at) FROM merge_conflict').pluck().get();
    if (typeof newest !== 'string') return;
    db.transaction(() => db.prepare('INSERT INTO preference (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(seenKey, newest, newest.slice(0, 10))).immediate();
  },
};
