import type { AddressForm } from '../domain/address-forms';
import type { Language } from '../domain/languages';
import type { MemberRole } from '../domain/member-roles';
import type { actionStatuses, decisionMethods, meetingKinds } from '../domain/meeting-terms';
import type { FeedbackStatus } from '../feedback/feedback-types';

export type MeetingKind = (typeof meetingKinds)[number];
export type ActionStatus = (typeof actionStatuses)[number];
export type DecisionMethod = (typeof decisionMethods)[number];

export type MinutesDecision = {
  /** As the committee cites it: year/number, e.g. "2026/07". */
  label: string;
  wording: string;
  rationale: string;
  method: DecisionMethod;
  votes: { for: number; against: number; abstain: number } | null;
  dissent: { name: string; words: string; addressForm: AddressForm }[];
  userRepPosition: string;
  /** The earlier decision this one amends or revokes. */
  changes: { kind: 'amends' | 'revokes'; label: string } | null;
  /** A decision of the same meeting that amended or revoked this one; later meetings' changes belong to their own minutes. */
  changedBy: { kind: 'amends' | 'revokes'; label: string } | null;
};

/** An action the meeting agreed: who does what by when. It is new, so it has no status to report yet. */
export type MinutesAction = {
  title: string;
  owner: string;
  dueDate: string;
  /** The decision label or barrier name it serves, if any. */
  serves: string;
};

/** An action from an earlier meeting as this meeting had it: the status it recorded (or the one of that day) and what it heard. */
export type MinutesActionReview = MinutesAction & {
  status: ActionStatus;
  dropReason: string;
  /** Judged on the day of the meeting, not today. */
  overdue: boolean;
  note: string;
};

/** Service users' feedback the meeting answered, with the answer it gave. */
export type MinutesFeedback = {
  givenOn: string;
  /** The member's or group's name; null for an anonymous entry. */
  contributor: { kind: 'member' | 'group' | 'anonymous'; name: string | null };
  /** The words only where the contributor agreed to be quoted. */
  text: string | null;
  tags: string[];
  status: FeedbackStatus;
  response: string;
  reason: string;
  /** Decisions (2026/04) and actions (by title) that followed. */
  followUps: { kind: 'decision' | 'action'; label: string }[];
};

export type MinutesAttendee = { name: string; role: MemberRole | 'guest'; organisation: string; presence: 'present' | 'apologies'; addressForm: AddressForm };

/** Everything the minutes of one meeting say, already resolved to names and labels, as the meeting had it. */
export type MinutesData = {
  language: Language;
  committee: { name: string; region: string };
  meeting: { heldOn: string; kind: MeetingKind; place: string; online: boolean; minutesApprovedOn: string | null };
  attendees: MinutesAttendee[];
  agenda: { title: string; notes: string; decisions: MinutesDecision[]; actions: MinutesAction[] }[];
  /** Decisions and actions recorded at the meeting without an agenda item. */
  other: { decisions: MinutesDecision[]; actions: MinutesAction[] };
  earlierActions: MinutesActionReview[];
  feedback: MinutesFeedback[];
};
