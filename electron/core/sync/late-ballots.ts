import type Database from 'better-sqlite3';
import { z } from 'zod';

const key = 'sync_late_ballots';
const stored = z.array(z.string());

/**
 * The vote rounds whose dots this device's member cast too late (the round had been closed elsewhere), so
 * that Settings → Sharing can tell them their dots were not counted, until they have read it. Kept among this
 * device's preferences: nobody else's business.
 */
export const lateBallots = {
  list(db: Database.Database): { roundId: string; title: string }[] {
    const raw = db.prepare('SELECT value FROM preference WHERE key = ?').pluck().get(key);
    let ids: string[] = [];
    try {
      const parsed = stored.safeParse(JSON.parse(typeof raw === 'string' ? raw : '[]'));
      ids = parsed.success ? parsed.data : [];
    } catch {
      ids = [];
    }
    const title = db.prepare('SELECT title FROM vote_round WHERE id = ?').pluck();
    return ids.flatMap((roundId) => {
      const found = title.get(roundId);
      return typeof found === 'string' ? [{ roundId, title: found }] : [];
    });
  },
  /** Within the caller's transaction. */
  add(db: Database.Database, roundId: string, at: string): void {
    const ids = new Set(lateBallots.list(db).map((round) => round.roundId)).add(roundId);
    db.prepare('INSERT INTO preference (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at').run(key, JSON.stringify([...ids]), at);
  },
  clear(db: Database.Database): void {
    db.transaction(() => db.prepare('DELETE FROM preference WHERE key = ?').run(key)).immediate();
  },
};
