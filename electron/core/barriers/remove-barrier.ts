import type Database from 'better-sqlite3';
import { nowIso } from '../domain/now-iso';
import { UserError } from '../api/user-error';

export type RemovalOutcome = { outcome: 'deleted' | 'archived' } | { outcome: 'needs_confirmation'; assessments: number; mitigations: number; votes: number; links: number };

function count(db: Database.Database, sql: string, id: string): number {
  return Number(db.prepare(sql).pluck().get(id) ?? 0);
}

/**
 * A barrier added by mistake goes at once. One with a history (reviews, mitigations, votes, linked
 * actions, decisions or feedback) is only
 * archived, after the user confirmed, so nothing is lost; it can be restored.
 */
export function removeBarrier(db: Database.Database, id: string, confirmed: boolean, actor: string | null): RemovalOutcome {
  return db.transaction((): RemovalOutcome => {
    if (db.prepare('SELECT 1 FROM barrier WHERE id = ? AND archived_at IS NULL').get(id) === undefined) throw new UserError('barrier_not_found', {}, 'id');
    const assessments = count(db, 'SELECT count(*) FROM barrier_assessment WHERE barrier_id = ?', id);
    const mitigationCount = count(db, 'SELECT count(*) FROM barrier_mitigation WHERE barrier_id = ?', id);
    const votes = count(db, 'SELECT count(*) FROM vote_item WHERE barrier_id = ?', id);
    // Actions, decisions and feedback that name the barrier keep it, as its reviews do.
    const links =
      count(db, 'SELECT count(*) FROM action WHERE barrier_id = ?', id) +
      count(db, "SELECT count(*) FROM decision_link WHERE kind = 'barrier' AND ref = ?", id) +
      count(db, "SELECT count(*) FROM feedback_link WHERE kind = 'barrier' AND ref = ?", id);
    if (assessments + mitigationCount + votes + links === 0) {
      db.prepare('DELETE FROM barrier_service WHERE barrier_id = ?').run(id);
      db.prepare('DELETE FROM barrier WHERE id = ?').run(id);
      return { outcome: 'deleted' };
    }
    if (!confirmed) return { outcome: 'needs_confirmation', assessments, mitigations: mitigationCount, votes, links };
    const now = nowIso();
    db.prepare('UPDATE barrier SET archived_at = ?, archived_by = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(now, actor, now, actor, id);
    return { outcome: 'archived' };
  }).immediate();
}

/** Brings an archived barrier back into the register, unless the same catalogue entry has been added again meanwhile. */
export function restoreBarrier(db: Database.Database, id: string, actor: string | null): void {
  db.transaction(() => {
    const catalogueId: unknown = db.prepare('SELECT catalogue_id FROM barrier WHERE id = ? AND archived_at IS NOT NULL').pluck().get(id);
    if (catalogueId === undefined) throw new UserError('barrier_not_found', {}, 'id');
    if (typeof catalogueId === 'string' && db.prepare('SELECT 1 FROM barrier WHERE catalogue_id = ? AND archived_at IS NULL').get(catalogueId) !== undefined) {
      throw new UserError('barrier_restore_clash', {}, 'id');
    }
    const now = nowIso();
    db.prepare('UPDATE barrier SET archived_at = NULL, archived_by = NULL, updated_at = ?, updated_by = ? WHERE id = ?').run(now, actor, id);
  }).immediate();
}
