import type { MemberRole } from '../domain/member-roles';
import type { AddressForm } from '../domain/address-forms';
import type { AgendaKind, DecisionLinkKind } from '../domain/meeting-terms';
import type { ActionStatus, DecisionMethod, MeetingKind } from './minutes-data';

export type MeetingSummary = {
  id: string;
  heldOn: string;
  kind: MeetingKind;
  place: string;
  online: boolean;
  minutesApprovedOn: string | null;
  presentCount: number;
  decisionCount: number;
  actionCount: number;
};

export type Attendee = {
  id: string;
  memberId: string | null;
  name: string;
  /** The role the member had at the time of the meeting, or guest. */
  role: MemberRole | 'guest';
  organisation: string;
  presence: 'present' | 'apologies';
  /** As the member wishes to be addressed; guests are addressed neutrally. */
  addressForm: AddressForm;
};

export type AgendaItem = { id: string; position: number; kind: AgendaKind; title: string; notes: string; dropped: boolean };

/** Another decision this one changes, or that changed it, with the day of the meeting that took it. */
export type DecisionRef = { kind: 'amends' | 'revokes'; decisionId: string; label: string; meetingDate: string };

export type Decision = {
  id: string;
  label: string;
  year: number;
  number: number;
  meetingId: string;
  meetingDate: string;
  agendaItemId: string | null;
  wording: string;
  rationale: string;
  method: DecisionMethod;
  votes: { for: number; against: number; abstain: number } | null;
  userRepPosition: string;
  dissent: { memberId: string; name: string; words: string; addressForm: AddressForm }[];
  links: { kind: DecisionLinkKind; ref: string; label: string }[];
  changes: DecisionRef | null;
  changedBy: DecisionRef[];
  version: number;
  /** Earlier texts kept after the minutes were approved; the approved one is marked. */
  versions: { version: number; wording: string; rationale: string; approved: boolean; savedAt: string }[];
};

export type ActionProgress = { id: string; notedOn: string; note: string; status: ActionStatus; meetingId: string | null };

export type Action = {
  id: string;
  title: string;
  ownerMemberId: string | null;
  ownerOrganisation: string;
  /** The member's name, or the organisation when no member owns it. */
  ownerName: string;
  dueDate: string;
  status: ActionStatus;
  dropReason: string;
  overdue: boolean;
  meetingId: string | null;
  meetingDate: string | null;
  agendaItemId: string | null;
  decisionId: string | null;
  decisionLabel: string | null;
  barrierId: string | null;
  barrierName: string | null;
  progress: ActionProgress[];
  createdAt: string;
  updatedAt: string;
};

export type MeetingDetails = MeetingSummary & {
  attendees: Attendee[];
  agenda: AgendaItem[];
  decisions: Decision[];
  actions: Action[];
  /** Actions from earlier meetings still to be done, or reviewed at this meeting, with what it recorded. */
  earlierActions: (Action & { review: ActionProgress | null })[];
  /** Barriers still active or monitored whose last assessment is over a quarter old (or that have none). */
  barriersDue: { id: string; name: string; lastReviewed: string | null }[];
};
