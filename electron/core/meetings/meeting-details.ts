import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { actionStatusOn } from '../domain/action-status-on';
import { barriersDue } from './barriers-due';
import { listMeetings } from './list-meetings';
import type { MeetingDetails } from './meeting-types';
import { readActions } from './read-actions';
import { readAgenda } from './read-agenda';
import { readAttendees } from './read-attendees';
import { readDecisions } from './read-decisions';

/**
 * One meeting as the coordinator prepares and runs it. Earlier actions are those agreed before this
 * meeting that were still to be done on its day (by their progress dated up to then, leaving out what
 * this meeting itself recorded), plus any this meeting recorded something about: a past meeting shows
 * what it had before it, not what is open today.
 */
export function meetingDetails(db: Database.Database, meetingId: string, today: string): MeetingDetails {
  const summary = listMeetings(db, meetingId)[0];
  if (summary === undefined) throw new UserError('meeting_not_found', {}, 'meetingId');
  const earlierIds = db
    .prepare(
      `SELECT a.id FROM action a LEFT JOIN meeting m ON m.id = a.meeting_id
       WHERE (a.meeting_id IS NULL OR a.meeting_id <> @meetingId) AND coalesce(m.held_on, substr(a.created_at, 1, 10)) <= @heldOn`,
    )
    .pluck()
    .all({ meetingId, heldOn: summary.heldOn })
    .map(String);
  const earlierActions = earlierIds
    .flatMap((id) => readActions(db, { id }, today))
    .map((action) => ({ ...action, review: action.progress.findLast((entry) => entry.meetingId === meetingId) ?? null }))
    .filter((action) => {
      if (action.review !== null) return true;
      const before = actionStatusOn(action.progress.filter((entry) => entry.meetingId !== meetingId), summary.heldOn);
      return before === 'open' || before === 'in_progress';
    })
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
