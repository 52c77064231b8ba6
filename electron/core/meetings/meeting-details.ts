import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { barriersDue } from './barriers-due';
import { listMeetings } from './list-meetings';
import type { MeetingDetails } from './meeting-types';
import { readActions } from './read-actions';
import { readAgenda } from './read-agenda';
import { readAttendees } from './read-attendees';
import { readDecisions } from './read-decisions';

/**
 * One meeting as the coordinator prepares and runs it. Earlier actions are those from before this
 * meeting that are still to be done, plus any this meeting already recorded something about, so a past
 * meeting still shows what it said about each.
 */
export function meetingDetails(db: Database.Database, meetingId: string, today: string): MeetingDetails {
  const summary = listMeetings(db, meetingId)[0];
  if (summary === undefined) throw new UserError('meeting_not_found', {}, 'meetingId');
  const earlierIds = db
    .prepare(
      `SELECT a.id FROM action a LEFT JOIN meeting m ON m.id = a.meeting_id
       WHERE (a.meeting_id IS NULL OR a.meeting_id <> @meetingId) AND coalesce(m.held_on, substr(a.created_at, 1, 10)) <= @heldOn
         AND (a.status IN ('open', 'in_progress') OR EXISTS (SELECT 1 FROM action_progress p WHERE p.action_id = a.id AND p.meeting_id = @meetingId))`,
    )
    .pluck()
    .all({ meetingId, heldOn: summary.heldOn })
    .map(String);
  const earlierActions = earlierIds
    .flatMap((id) => readActions(db, { id }, today))
    .map((action) => ({ ...action, review: action.progress.findLast((entry) => entry.meetingId === meetingId) ?? null }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return {
    ...summary,
    attendees: readAttendees(db, meetingId),
    agenda: readAgenda(db, meetingId),
    decisions: readDecisions(db, { meetingId }),
    actions: readActions(db, { meetingId }, today),
    earlierActions,
    barriersDue: barriersDue(db, summary.heldOn),
  };
}
