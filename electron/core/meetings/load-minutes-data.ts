import type Database from 'better-sqlite3';
import { readCommittee } from '../committee/read-committee';
import { meetingDetails } from './meeting-details';
import type { Action, Decision } from './meeting-types';
import type { MinutesAction, MinutesData, MinutesDecision } from './minutes-data';

function minutesDecision(decision: Decision): MinutesDecision {
  const later = decision.changedBy.find((entry) => entry.kind === 'revokes') ?? decision.changedBy.at(-1);
  return {
    label: decision.label,
    wording: decision.wording,
    rationale: decision.rationale,
    method: decision.method,
    votes: decision.votes,
    dissent: decision.dissent.map((entry) => ({ name: entry.name, words: entry.words })),
    userRepPosition: decision.userRepPosition,
    changes: decision.changes === null ? null : { kind: decision.changes.kind, label: decision.changes.label },
    changedBy: later === undefined ? null : { kind: later.kind, label: later.label },
  };
}

function minutesAction(action: Action): MinutesAction {
  return {
    title: action.title,
    owner: action.ownerName,
    dueDate: action.dueDate,
    status: action.status,
    dropReason: action.dropReason,
    overdue: action.overdue,
    serves: action.decisionLabel ?? action.barrierName ?? '',
  };
}

/** The minutes' content, resolved to names; dropped agenda items are left out. */
export function loadMinutesData(db: Database.Database, meetingId: string, today: string): MinutesData {
  const meeting = meetingDetails(db, meetingId, today);
  const committee = readCommittee(db);
  const agenda = meeting.agenda.filter((item) => !item.dropped);
  const onAgenda = new Set(agenda.map((item) => item.id));
  return {
    language: committee?.language ?? 'en',
    committee: { name: committee?.name ?? '', region: committee?.region ?? '' },
    meeting: { heldOn: meeting.heldOn, kind: meeting.kind, place: meeting.place, online: meeting.online, minutesApprovedOn: meeting.minutesApprovedOn },
    attendees: meeting.attendees.map((attendee) => ({ name: attendee.name, role: attendee.role, organisation: attendee.organisation, presence: attendee.presence })),
    agenda: agenda.map((item) => ({
      title: item.title,
      notes: item.notes,
      decisions: meeting.decisions.filter((decision) => decision.agendaItemId === item.id).map(minutesDecision),
      actions: meeting.actions.filter((action) => action.agendaItemId === item.id).map(minutesAction),
    })),
    other: {
      decisions: meeting.decisions.filter((decision) => decision.agendaItemId === null || !onAgenda.has(decision.agendaItemId)).map(minutesDecision),
      actions: meeting.actions.filter((action) => action.agendaItemId === null || !onAgenda.has(action.agendaItemId)).map(minutesAction),
    },
    earlierActions: meeting.earlierActions.map((action) => ({ ...minutesAction(action), note: action.review?.note ?? '' })),
  };
}
