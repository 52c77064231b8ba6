import type Database from 'better-sqlite3';
import { nowIso } from '../domain/now-iso';
import { anonymousStamp } from '../feedback/anonymous-stamp';
import { UserError } from '../api/user-error';

const key = 'current_member_id';

/** "Who is working now": kept in the file so the choice survives a restart on the committee's machine. */
export const currentMember = {
  read(db: Database.Database): string | null {
    const value: unknown = db
      .prepare('SELECT p.value FROM preference p JOIN member m ON m.id = p.value WHERE p.key = ?')
      .pluck()
      .get(key);
    return typeof value === 'string' ? value : null;
  },

  write(db: Database.Database, memberId: string | null): void {
    db.transaction(() => {
      if (memberId === null) {
        db.prepare('DELETE FROM preference WHERE key = ?').run(key);
        return;
      }
      const exists = db.prepare('SELECT 1 FROM member WHERE id = ?').get(memberId);
      if (exists === undefined) throw new UserError('member_not_found', {}, 'memberId');
      // The day only: a time to the second could be set beside an anonymous entry given just after.
      db.prepare(
        'INSERT INTO preference (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      ).run(key, memberId, anonymousStamp(nowIso()));
    }).immediate();
  },
};
