import type { Language } from '../domain/languages';
import type { MemberRole } from '../domain/member-roles';
import type { actionStatuses, decisionMethods, meetingKinds } from '../domain/meeting-terms';

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
  dissent: { name: string; words: string }[];
  userRepPosition: string;
  /** The earlier decision this one amends or revokes. */
  changes: { kind: 'amends' | 'revokes'; label: string } | null;
  /** A later decision that amended or revoked this one. */
  changedBy: { kind: 'amends' | 'revokes'; label: string } | null;
};

export type MinutesAction = {
  title: string;
  owner: string;
  dueDate: string;
  status: ActionStatus;
  dropReason: string;
  overdue: boolean;
  /** The decision label or barrier name it serves, if any. */
  serves: string;
};

/** What this meeting recorded about an action from an earlier meeting. */
export type MinutesActionReview = MinutesAction & { note: string };

/** Everything the minutes of one meeting say, already resolved to names and labels. */
export type MinutesData = {
  language: Language;
  committee: { name: string; region: string };
  meeting: { heldOn: string; kind: MeetingKind; place: string; online: boolean; minutesApprovedOn: string | null };
  attendees: { name: string; role: MemberRole | 'guest'; organisation: string; presence: 'present' | 'apologies' }[];
  agenda: { title: string; notes: string; decisions: MinutesDecision[]; actions: MinutesAction[] }[];
  /** Decisions and actions recorded at the meeting without an agenda item. */
  other: { decisions: MinutesDecision[]; actions: MinutesAction[] };
  earlierActions: MinutesActionReview[];
};
