import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { rowFields, text } from '../db/row-fields';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';

export type AttendanceInput = {
  members: { memberId: string; presence: 'present' | 'apologies' }[];
  guests: { name: string; organisation: string; presence: 'present' | 'apologies' }[];
};

/**
 * Replaces who attended. A member's role is copied as it is now, so the minutes keep the role they had
 * at the time even after it changes. Fewer present members than a recorded vote counted is refused.
 */
export function setAttendance(db: Database.Database, meetingId: string, attendance: AttendanceInput, actor: string | null): void {
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM meeting WHERE id = ?').get(meetingId) === undefined) throw new UserError('meeting_not_found', {}, 'meetingId');
    const previousRoles = new Map<string, string>();
    for (const row of db.prepare('SELECT member_id, role FROM meeting_attendee WHERE meeting_id = ? AND member_id IS NOT NULL').all(meetingId).map(rowFields)) {
      previousRoles.set(text(row.get('member_id')), text(row.get('role')));
    }
    db.prepare('DELETE FROM meeting_attendee WHERE meeting_id = ?').run(meetingId);
    const now = nowIso();
    const member = db.prepare('SELECT role, organisation FROM member WHERE id = ?');
    const insert = db.prepare(
      'INSERT INTO meeting_attendee (id, meeting_id, member_id, guest_name, role, organisation, presence, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const seen = new Set<string>();
    for (const entry of attendance.members) {
      if (seen.has(entry.memberId)) continue;
      seen.add(entry.memberId);
      const row = member.get(entry.memberId);
      if (row === undefined) throw new UserError('member_not_found', {}, 'members');
      const fields = rowFields(row);
      insert.run(newId(), meetingId, entry.memberId, null, previousRoles.get(entry.memberId) ?? text(fields.get('role')), text(fields.get('organisation')), entry.presence, now, actor);
    }
    for (const guest of attendance.guests) {
      if (guest.name.trim() === '') throw new UserError('guest_name_required', {}, 'guests');
      insert.run(newId(), meetingId, null, guest.name.trim(), 'guest', guest.organisation.trim(), guest.presence, now, actor);
    }
    const present = Number(db.prepare("SELECT count(*) FROM meeting_attendee WHERE meeting_id = ? AND presence = 'present'").pluck().get(meetingId));
    const largestVote = Number(db.prepare('SELECT coalesce(max(votes_for + votes_against + votes_abstain), 0) FROM decision WHERE meeting_id = ?').pluck().get(meetingId));
    if (largestVote > present) throw new UserError('attendance_below_votes', { votes: largestVote, present }, 'members');
    db.prepare('UPDATE meeting SET updated_at = ?, updated_by = ? WHERE id = ?').run(now, actor, meetingId);
  }).immediate();
}
