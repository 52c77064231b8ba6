import type Database from 'better-sqlite3';
import { rowFields } from '../db/row-fields';

type Rival = { id: string; created_at: string; approved: number };

/**
 * Decision numbers given on two devices while apart can collide. Before a received decision is written,
 * a collision is settled the same way on every device: the decision whose minutes were approved keeps its
 * number (an approved decision is never renumbered), otherwise the one made first (then the smaller id);
 * the other takes the year's next free number. The change is shared like any other, so every device ends
 * with the same numbers. `incoming` is changed in place when it is the one renumbered.
 */
export function settleDecisionNumber(db: Database.Database, incoming: Map<string, unknown>): void {
  const year = incoming.get('year');
  const number = incoming.get('number');
  const id = String(incoming.get('id'));
  const rival = db
    .prepare(
      `SELECT d.id, d.created_at, (m.minutes_approved_on IS NOT NULL) AS approved
         FROM decision d JOIN meeting m ON m.id = d.meeting_id
        WHERE d.year = ? AND d.number = ? AND d.id <> ?`,
    )
    .get(year, number, id);
  if (rival === undefined) return;
  const other = rowFields(rival);
  const them: Rival = { id: String(other.get('id')), created_at: String(other.get('created_at')), approved: Number(other.get('approved')) };
  const approvedHere = db.prepare('SELECT minutes_approved_on IS NOT NULL FROM meeting WHERE id = ?').pluck().get(incoming.get('meeting_id'));
  const us: Rival = { id, created_at: String(incoming.get('created_at')), approved: Number(approvedHere ?? 0) };
  const first = (a: Rival, b: Rival) => (a.approved !== b.approved ? a.approved > b.approved : a.created_at !== b.created_at ? a.created_at < b.created_at : a.id < b.id);
  const next = Number(db.prepare('SELECT coalesce(max(number), 0) + 1 FROM decision WHERE year = ?').pluck().get(year));
  if (first(them, us)) incoming.set('number', next);
  else db.prepare('UPDATE decision SET number = ? WHERE id = ?').run(next, them.id);
}
