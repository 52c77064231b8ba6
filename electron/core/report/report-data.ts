import type { AddressForm } from '../domain/address-forms';
import type { BarrierGroup, BarrierLevel, BarrierStatus, CfirDomain, MitigationStatus } from '../domain/barrier-terms';
import type { FidelityBand } from '../domain/fidelity-terms';
import type { Language } from '../domain/languages';
import type { actionStatuses } from '../domain/meeting-terms';
import type { feedbackStatuses } from '../domain/feedback-terms';
import type { Measure } from '../domain/measures';
import type { MemberRole } from '../domain/member-roles';
import type { Quarter } from '../domain/quarter';
import type { FigureSummary } from '../figures/summarise-figures';
import type { FidelityReview } from '../fidelity/list-reviews';
import type { TargetProgress } from '../figures/target-progress';

/*
 * Everything the twice-yearly report says, as plain data: no functions, no dates as objects, so the
 * Reports screen can preview it through the API and the Word builder can translate every key. Dates are
 * YYYY-MM-DD; rates are fractions (0.41, not 41). Null always means "no data", never zero.
 */

export type ReportPeriod = {
  from: string;
  to: string;
  /** The day the report is made. */
  today: string;
  /** The day the report describes: the end of the period, or today while the period is still running. */
  asOf: string;
  /** The quarters lying wholly inside [from, to]. */
  quarters: Quarter[];
  /** The last quarter the figures may reach: the period's last, or else the last one ended by `to`. */
  lastQuarter: Quarter;
  /** The period of equal length just before (the previous half-year for H1 or H2). */
  previous: { from: string; to: string; quarters: Quarter[] };
  /** The year whose targets the report measures against: the year `to` falls in. */
  targetYear: number;
};

/** Where a quarter of the period stands: every service reported it, some did, none did, or it has not ended yet. */
export type QuarterState = 'reported' | 'partly_reported' | 'not_reported' | 'not_ended';

export type QuarterCoverage = { quarter: Quarter; state: QuarterState };

export type ReportCommittee = { name: string; region: string; language: Language; fidelityReviewMonths: number };

export type ReportMember = { name: string; organisation: string; role: MemberRole; addressForm: AddressForm; isServiceUserRep: boolean; activeFrom: string; activeTo: string | null };

export const reportRateKeys = ['engagementRate', 'jobStartRate', 'sustainmentRate', 'employmentRate', 'caseloadPerFte'] as const;
export type ReportRateKey = (typeof reportRateKeys)[number];

export type MeasureChange = { measure: Measure; current: number | null; previous: number | null; difference: number | null };

/** Rates compare by their difference: 0.05 is five percentage points (or five people per FTE for the caseload). */
export type RateChange = { rate: ReportRateKey; current: number | null; previous: number | null; difference: number | null };

export type QuarterPoint = { quarter: Quarter; summary: FigureSummary };

export type OutcomeBlock = {
  summary: FigureSummary;
  /** The quarters of the previous period at the places of the quarters with figures now; empty when there is nothing like to compare. */
  comparedWith: Quarter[];
  /** The previous period over those quarters; null without a comparison. */
  previous: FigureSummary | null;
  changes: MeasureChange[];
  rateChanges: RateChange[];
  /** Each quarter of the period with figures, for the charts. */
  quarters: QuarterPoint[];
  /** Null when no target was set for the year (for a service: no line of its own). */
  targets: TargetProgress | null;
};

export type ServiceOutcomes = OutcomeBlock & { serviceId: string; name: string; provider: string; startDate: string; coverage: QuarterCoverage[] };

export type ReportOutcomes = { coverage: QuarterCoverage[]; committee: OutcomeBlock; services: ServiceOutcomes[] };

/** A review as the fidelity module lists it, with its score's parts flattened and without the item scores. */
export type ReportFidelityReview = Pick<FidelityReview, 'id' | 'serviceId' | 'serviceName' | 'reviewDate' | 'scaleVersion' | 'reviewerKind' | 'recommendations'> & {
  total: number;
  rated: number;
  itemCount: number;
  complete: boolean;
  /** Null for an incomplete review: a band needs every item. */
  band: FidelityBand | null;
};

/** Where a service stood on the report's day: its latest review (if any), the one before it, and when the next is due. */
export type ServiceFidelity = {
  serviceId: string;
  serviceName: string;
  latest: ReportFidelityReview | null;
  previous: { reviewDate: string; total: number; band: FidelityBand | null } | null;
  nextDue: string;
  /** The committee's interval has passed since the latest review (or since the service started). */
  due: boolean;
};

export type ReportFidelity = { reviews: ReportFidelityReview[]; services: ServiceFidelity[]; intervalMonths: number };

export type ReportMitigation = { text: string; status: MitigationStatus };

/** An action as the report shows it: its status and overdue flag on the report's day. */
export type ReportAction = {
  id: string;
  title: string;
  /** The member's name, or the organisation when no member owns it. */
  ownerName: string;
  dueDate: string;
  status: ReportActionStatus;
  overdue: boolean;
  meetingDate: string | null;
  decisionLabel: string | null;
  barrierId: string | null;
  barrierName: string | null;
  /** When it was marked done, from its progress; null if it was not done by the report's day. */
  completedOn: string | null;
  /** Agreed in the period, or carried into it from before. */
  agreedInPeriod: boolean;
};

export type ReportBarrier = {
  id: string;
  catalogueId: string | null;
  kind: 'barrier' | 'facilitator';
  /** As stored; the Word builder may prefer the catalogue's text in the report's language. */
  name: string;
  localWording: string;
  group: BarrierGroup;
  levels: BarrierLevel[];
  cfir: CfirDomain | null;
  /** As it stood on the report's day. */
  status: BarrierStatus;
  ownerName: string | null;
  serviceIds: string[];
  severity: number | null;
  reviewDate: string | null;
  previousSeverity: number | null;
  /** From the one rule for a barrier's trend over a period (domain/barrier-change). */
  change: 'worse' | 'better' | 'same' | null;
  isNew: boolean;
  resolvedInPeriod: boolean;
  /** How it was handled: its mitigations as they stood, and the decisions and actions that concern it. */
  mitigations: ReportMitigation[];
  decisions: { label: string; meetingDate: string }[];
  actions: ReportAction[];
};

export type VotePriority = { rank: number; label: string; barrierId: string | null; dots: number; userRepDots: number | null };

export type ReportVoteRound = { id: string; title: string; heldOn: string; items: VotePriority[] };

export type ReportBarriers = {
  /** The register on the report's day: active and monitored barriers, and those resolved in the period. */
  register: ReportBarrier[];
  changes: { worse: string[]; better: string[]; new: string[]; resolved: string[] };
  priorities: ReportVoteRound[];
};

export type ReportDecision = {
  id: string;
  label: string;
  meetingDate: string;
  wording: string;
  method: 'consensus' | 'vote';
  votes: { for: number; against: number; abstain: number } | null;
  changes: { kind: 'amends' | 'revokes'; label: string } | null;
  changedBy: { kind: 'amends' | 'revokes'; label: string }[];
  dissentCount: number;
  userRepPosition: string;
};

export type ReportActionStatus = (typeof actionStatuses)[number];

export type ReportActions = {
  /** Every action agreed in the period or still open when it began, with its status on the report's day. */
  list: ReportAction[];
  agreedInPeriod: number;
  completedInPeriod: number;
  /** Still to be done on the report's day. */
  open: number;
  /** Of those, past their due date on the report's day. */
  overdue: number;
};

export type FeedbackStatusKey = (typeof feedbackStatuses)[number];

export type ReportFeedbackEntry = {
  id: string;
  givenOn: string;
  /** Only when the contributor agreed to be quoted. */
  text: string | null;
  quotable: boolean;
  /** The member's or group's name; null for an anonymous entry, which never names a member. */
  contributor: { kind: 'member' | 'group' | 'anonymous'; name: string | null };
  tags: string[];
  /** Where it stood on the report's day. */
  status: FeedbackStatusKey;
  response: string;
  reason: string;
  respondedOn: string | null;
  links: { kind: 'decision' | 'action'; label: string }[];
};

export type ReportFeedback = {
  entries: ReportFeedbackEntry[];
  counts: Record<FeedbackStatusKey, number>;
  total: number;
  quotable: number;
  /** Entries given by the report's day (in the period or before) that had no answer yet. */
  waiting: number;
};

export type ReportImport = { id: string; kind: 'quarterly' | 'targets'; fileName: string; sha256: string; rowCount: number; importedAt: string; importedBy: string | null };

export type ReportAppendix = {
  imports: ReportImport[];
  /** Figures of the report's quarters changed by hand after import. */
  manualChanges: number;
  catalogue: { version: string; sources: { id: string; short: Record<Language, string>; citation: string }[] };
  measures: Measure[];
  rates: ReportRateKey[];
  employmentBenchmarks: { minimal: number; average: number; excellent: number };
  fidelityBands: { id: FidelityBand; min: number; max: number }[];
};

/** The numbers the generated summary sentences are made of, each taken from the section that shows it. */
export type ReportSummaryFacts = {
  hasFigures: boolean;
  totals: MeasureChange[];
  employmentRate: RateChange;
  targets: TargetProgress | null;
  barriersInRegister: number;
  barriersWorse: number;
  barriersBetter: number;
  barriersNew: number;
  barriersResolved: number;
  fidelityReviews: number;
  fidelityDue: number;
  decisions: number;
  actionsAgreed: number;
  actionsCompleted: number;
  actionsOpen: number;
  actionsOverdue: number;
  feedbackEntries: number;
  feedbackActedOn: number;
  feedbackWaiting: number;
};

export type ReportData = {
  period: ReportPeriod;
  committee: ReportCommittee | null;
  members: ReportMember[];
  /** Everyone who is or ever was a service-user representative (by role now or at any meeting), whoever's names a report may hide. */
  serviceUserRepNames: string[];
  /** The days of the committee's meetings held in the period. */
  meetings: string[];
  outcomes: ReportOutcomes;
  fidelity: ReportFidelity;
  barriers: ReportBarriers;
  decisions: ReportDecision[];
  actions: ReportActions;
  feedback: ReportFeedback;
  appendix: ReportAppendix;
  summary: ReportSummaryFacts;
};
