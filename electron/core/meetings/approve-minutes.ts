import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { nowIso } from '../domain/now-iso';

/**
 * Approving the minutes freezes their decisions' wording as approved: each decision's text is kept in
 * decision_version, and any later edit becomes a new version beside it.
 */
export function approveMinutes(db: Database.Database, meetingId: string, approvedOn: string, today: string, actor: string | null): void {
  db.transaction(() => {
    const heldOn = db.prepare('SELECT held_on FROM meeting WHERE id = ?').pluck().get(meetingId);
    if (typeof heldOn !== 'string') throw new UserError('meeting_not_found', {}, 'meetingId');
    if (approvedOn < heldOn) throw new UserError('minutes_approved_before_meeting', {}, 'approvedOn');
    if (approvedOn > today) throw new UserError('minutes_approved_in_future', {}, 'approvedOn');
    const result = db
      .prepare('UPDATE meeting SET minutes_approved_on = ?, updated_at = ?, updated_by = ? WHERE id = ? AND minutes_approved_on IS NULL')
      .run(approvedOn, nowIso(), actor, meetingId);
    if (result.changes === 0) throw new UserError('minutes_already_approved', {}, 'meetingId');
    db.prepare(
      `INSERT OR REPLACE INTO decision_version (decision_id, version, wording, rationale, approved, saved_at, saved_by)
       SELECT id, version, wording, rationale, 1, updated_at, updated_by FROM decision WHERE meeting_id = ?`,
    ).run(meetingId);
  }).immediate();
}
