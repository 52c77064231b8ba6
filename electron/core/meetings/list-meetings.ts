import type Database from 'better-sqlite3';
import { z } from 'zod';
import { meetingKinds } from '../domain/meeting-terms';
import type { MeetingSummary } from './meeting-types';

const meetingRow = z.object({
  id: z.string(),
  held_on: z.string(),
  kind: z.enum(meetingKinds),
  place: z.string(),
  online: z.number(),
  minutes_approved_on: z.string().nullable(),
  present_count: z.number(),
  decision_count: z.number(),
  action_count: z.number(),
});

/** Newest first: the next or latest meeting is what the coordinator opens. */
export function listMeetings(db: Database.Database, id?: string): MeetingSummary[] {
  return db
    .prepare(
      `SELECT m.*,
         (SELECT count(*) FROM meeting_attendee a WHERE a.meeting_id = m.id AND a.presence = 'present') AS present_count,
         (SELECT count(*) FROM decision d WHERE d.meeting_id = m.id) AS decision_count,
         (SELECT count(*) FROM action x WHERE x.meeting_id = m.id) AS action_count
       FROM meeting m WHERE (@id IS NULL OR m.id = @id) ORDER BY m.held_on DESC, m.created_at DESC`,
    )
    .all({ id: id ?? null })
    .map((row) => meetingRow.parse(row))
    .map((row) => ({
      id: row.id,
      heldOn: row.held_on,
      kind: row.kind,
      place: row.place,
      online: row.online === 1,
      minutesApprovedOn: row.minutes_approved_on,
      presentCount: row.present_count,
      decisionCount: row.decision_count,
      actionCount: row.action_count,
    }));
}
