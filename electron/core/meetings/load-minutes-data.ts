import type Database from 'better-sqlite3';
import { readCommittee } from '../committee/read-committee';
import { actionStatusOn } from '../domain/action-status-on';
import { isOverdue } from '../domain/is-overdue';
import { listFeedback } from '../feedback/list-feedback';
import { databaseAsOf } from '../history/database-as-of';
import { meetingDetails } from './meeting-details';
import type { Action, Decision, MeetingDetails } from './meeting-types';
import { minutesApprovalMoment } from './minutes-approval-moment';
import type { MinutesAction, MinutesActionReview, MinutesData, MinutesDecision, MinutesFeedback } from './minutes-data';

function minutesDecision(decision: Decision): MinutesDecision {
  // What later meetings did to a decision is in their own minutes; these say only what this meeting decided.
  const sameMeeting = decision.changedBy.filter((entry) => entry.meetingDate <= decision.meetingDate);
  const later = sameMeeting.find((entry) => entry.kind === 'revokes') ?? sameMeeting.at(-1);
  return {
    label: decision.label,
    wording: decision.wording,
    rationale: decision.rationale,
    method: decision.method,
    votes: decision.votes,
    dissent: decision.dissent.map((entry) => ({ name: entry.name, words: entry.words, addressForm: entry.addressForm })),
    userRepPosition: decision.userRepPosition,
    changes: decision.changes === null ? null : { kind: decision.changes.kind, label: decision.changes.label },
    changedBy: later === undefined ? null : { kind: later.kind, label: later.label },
  };
}

function minutesAction(action: Action): MinutesAction {
  return { title: action.title, owner: action.ownerName, dueDate: action.dueDate, serves: action.decisionLabel ?? action.barrierName ?? '' };
}

/** An earlier action with the status this meeting recorded, or else the one it had on the meeting's day. */
function reviewedAction(action: MeetingDetails['earlierActions'][number], heldOn: string): MinutesActionReview {
  const status = action.review?.status ?? actionStatusOn(action.progress, heldOn);
  return {
    ...minutesAction(action),
    status,
    dropReason: status === 'dropped' ? action.dropReason : '',
    overdue: isOverdue(status, action.dueDate, heldOn),
    note: action.review?.note ?? '',
  };
}

function answeredFeedback(db: Database.Database, meetingId: string): MinutesFeedback[] {
  return listFeedback(db, {}, null)
    .entries.filter((entry) => entry.meeting?.id === meetingId)
    .sort((a, b) => a.givenOn.localeCompare(b.givenOn))
    .map((entry) => ({
      givenOn: entry.givenOn,
      contributor: { kind: entry.contributor.kind, name: entry.contributor.kind === 'anonymous' ? null : entry.contributorName },
      text: entry.mayQuote ? entry.text : null,
      tags: entry.tags,
      status: entry.status,
      response: entry.response,
      reason: entry.reason,
      followUps: entry.links.flatMap((link) => ((link.kind === 'decision' || link.kind === 'action') && link.label !== null ? [{ kind: link.kind, label: link.label }] : [])),
    }));
}

function minutesFrom(db: Database.Database, meetingId: string): MinutesData {
  const committee = readCommittee(db);
  const heldOn: unknown = db.prepare('SELECT held_on FROM meeting WHERE id = ?').pluck().get(meetingId);
  // Overdue is judged on the meeting's day: that is what the meeting saw.
  const meeting = meetingDetails(db, meetingId, typeof heldOn === 'string' ? heldOn : '');
  const agenda = meeting.agenda.filter((item) => !item.dropped);
  const onAgenda = new Set(agenda.map((item) => item.id));
  const decision = minutesDecision;
  return {
    language: committee?.language ?? 'en',
    committee: { name: committee?.name ?? '', region: committee?.region ?? '' },
    meeting: { heldOn: meeting.heldOn, kind: meeting.kind, place: meeting.place, online: meeting.online, minutesApprovedOn: meeting.minutesApprovedOn },
    attendees: meeting.attendees.map((attendee) => ({ name: attendee.name, role: attendee.role, organisation: attendee.organisation, presence: attendee.presence, addressForm: attendee.addressForm })),
    agenda: agenda.map((item) => ({
      title: item.title,
      notes: item.notes,
      decisions: meeting.decisions.filter((entry) => entry.agendaItemId === item.id).map(decision),
      actions: meeting.actions.filter((action) => action.agendaItemId === item.id).map(minutesAction),
    })),
    other: {
      decisions: meeting.decisions.filter((entry) => entry.agendaItemId === null || !onAgenda.has(entry.agendaItemId)).map(decision),
      actions: meeting.actions.filter((action) => action.agendaItemId === null || !onAgenda.has(action.agendaItemId)).map(minutesAction),
    },
    earlierActions: meeting.earlierActions.map((action) => reviewedAction(action, meeting.heldOn)),
    feedback: answeredFeedback(db, meetingId),
  };
}

/**
 * The minutes' content as the meeting had it. Approved minutes are read from the records as they stood
 * the moment they were approved, so they say the same thing at every export, whatever was corrected
 * since; a draft is read from the records as they are. Either way the status of every action is the one
 * of the meeting's day, and what happened afterwards is left to the minutes of later meetings.
 */
export function loadMinutesData(db: Database.Database, meetingId: string): MinutesData {
  const approvedAt = minutesApprovalMoment(db, meetingId);
  if (approvedAt === null) return minutesFrom(db, meetingId);
  const asApproved = databaseAsOf(db, approvedAt);
  try {
    return minutesFrom(asApproved, meetingId);
  } finally {
    asApproved.close();
  }
}
