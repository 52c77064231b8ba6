import { z } from 'zod';
import { actionStatuses, attendancePresences, decisionChangeKinds, decisionLinkKinds, decisionMethods, meetingKinds } from '../domain/meeting-terms';
import { isoDate } from '../api/iso-date';
import { lineText } from '../api/line-text';
import { requiredText } from '../api/required-text';
import { returns } from '../api/returns';
import type { Action, Decision, MeetingDetails, MeetingSummary } from './meeting-types';

const meetingFields = z.object({ heldOn: isoDate, kind: z.enum(meetingKinds), place: z.string().trim().max(300), online: z.boolean() });

// Wording and owner may arrive empty so the core can name the field in a message of its own.
const decisionFields = z.object({
  agendaItemId: z.uuid().nullable(),
  wording: z.string().trim().max(4000),
  rationale: z.string().trim().max(4000),
  method: z.enum(decisionMethods),
  votes: z.object({ for: z.int().min(0).max(1000), against: z.int().min(0).max(1000), abstain: z.int().min(0).max(1000) }).nullable(),
  userRepPosition: z.string().trim().max(4000),
  dissent: z.array(z.object({ memberId: z.uuid(), words: z.string().trim().max(4000) })).max(100),
  links: z.array(z.object({ kind: z.enum(decisionLinkKinds), ref: z.string().trim().min(1).max(100) })).max(100),
  changes: z.object({ kind: z.enum(decisionChangeKinds), decisionId: z.uuid() }).nullable(),
});

const actionFields = z.object({
  title: z.string().trim().max(1000),
  ownerMemberId: z.uuid().nullable(),
  ownerOrganisation: z.string().trim().max(200),
  dueDate: isoDate,
  decisionId: z.uuid().nullable(),
  barrierId: z.uuid().nullable(),
});

const actionChange = z.object({ status: z.enum(actionStatuses), note: z.string().trim().max(4000), dropReason: z.string().trim().max(2000) });

/** Meetings with their attendance, agenda, decisions and actions, and the minutes. */
export const meetingsContract = {
  listMeetings: { input: z.object({}), result: returns<MeetingSummary[]>() },
  getMeeting: { input: z.object({ id: z.uuid() }), result: returns<MeetingDetails>() },
  createMeeting: { input: meetingFields, result: returns<MeetingDetails>() },
  updateMeeting: { input: z.intersection(z.object({ id: z.uuid() }), meetingFields), result: returns<MeetingDetails>() },
  setAttendance: {
    input: z.object({
      meetingId: z.uuid(),
      members: z.array(z.object({ memberId: z.uuid(), presence: z.enum(attendancePresences) })).max(200),
      guests: z.array(z.object({ name: lineText(200), organisation: lineText(200), presence: z.enum(attendancePresences) })).max(100),
    }),
    result: returns<MeetingDetails>(),
  },
  addAgendaItem: { input: z.object({ meetingId: z.uuid(), title: requiredText(300) }), result: returns<MeetingDetails>() },
  updateAgendaItem: { input: z.object({ id: z.uuid(), title: requiredText(300), notes: z.string().max(20_000) }), result: returns<MeetingDetails>() },
  moveAgendaItem: { input: z.object({ id: z.uuid(), direction: z.enum(['up', 'down']) }), result: returns<MeetingDetails>() },
  dropAgendaItem: { input: z.object({ id: z.uuid(), dropped: z.boolean() }), result: returns<MeetingDetails>() },
  recordDecision: { input: z.intersection(z.object({ meetingId: z.uuid() }), decisionFields), result: returns<MeetingDetails>() },
  updateDecision: { input: z.intersection(z.object({ id: z.uuid() }), decisionFields), result: returns<Decision>() },
  listDecisions: { input: z.object({ year: z.int().min(2000).max(2100).optional() }), result: returns<Decision[]>() },
  approveMinutes: { input: z.object({ meetingId: z.uuid(), approvedOn: isoDate }), result: returns<MeetingDetails>() },
  addAction: {
    input: z.intersection(z.object({ meetingId: z.uuid().nullable(), agendaItemId: z.uuid().nullable() }), actionFields),
    result: returns<Action>(),
  },
  updateAction: { input: z.intersection(z.object({ id: z.uuid() }), z.intersection(actionFields, actionChange)), result: returns<Action>() },
  reviewAction: { input: z.intersection(z.object({ actionId: z.uuid(), meetingId: z.uuid() }), actionChange), result: returns<MeetingDetails>() },
  listActions: {
    input: z.object({
      ownerMemberId: z.uuid().optional(),
      ownerOrganisation: z.string().max(200).optional(),
      status: z.enum([...actionStatuses, 'overdue', 'unfinished']).optional(),
      dueBefore: isoDate.optional(),
      barrierId: z.uuid().optional(),
    }),
    result: returns<Action[]>(),
  },
  exportMinutes: { input: z.object({ meetingId: z.uuid() }), result: returns<{ fileName: string; mimeType: string; contentBase64: string }>() },
};
