import type { BarrierGroup, BarrierLevel, BarrierStatus, BarrierTrend, CfirDomain, MitigationStatus } from '../domain/barrier-terms';
import type { FidelityBand } from '../domain/fidelity-terms';
import type { Language } from '../domain/languages';
import type { actionStatuses } from '../domain/meeting-terms';
import type { feedbackStatuses } from '../domain/feedback-terms';
import type { CountMeasure, Measure } from '../domain/measures';
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
  /** The day overdue actions are judged against. */
  today: string;
  /** The quarters lying wholly inside [from, to]; the figures cover only these. */
  quarters: Quarter[];
  /** The last quarter the figures reach: the period's last, or else the last one ended by `to`. */
  lastQuarter: Quarter;
  /** The period of equal length just before (the previous half-year for H1 or H2). */
  previous: { from: string; to: string; quarters: Quarter[] };
  /** The year whose targets the report measures against: the year `to` falls in, and its quarters completed by `to`. */
  targetYear: { year: number; quartersElapsed: number };
};

export type ReportCommittee = { name: string; region: string; language: Language };

export type ReportMember = { name: string; organisation: string; role: MemberRole; isServiceUserRep: boolean; activeFrom: string; activeTo: string | null };

export const reportRateKeys = ['engagementRate', 'jobStartRate', 'sustainmentRate', 'employmentRate', 'caseloadPerFte'] as const;
export type ReportRateKey = (typeof reportRateKeys)[number];

export type CountChange = { measure: CountMeasure; current: number | null; previous: number | null; difference: number | null };

/** Rates compare by their difference: 0.05 is five percentage points (or five people per FTE for the caseload). */
export type RateChange = { rate: ReportRateKey; current: number | null; previous: number | null; difference: number | null };

export type TrendPoint = { quarter: Quarter; inPeriod: boolean; summary: FigureSummary };

export type OutcomeBlock = {
  summary: FigureSummary;
  /** Null when the previous period has no figures at all. */
  previous: FigureSummary | null;
  changes: CountChange[];
  rateChanges: RateChange[];
  /** The last eight quarters up to the period's end, a quarter without figures having null totals. */
  trend: TrendPoint[];
  /** Null when no target was set for the year (for a service: no line of its own). */
  targets: TargetProgress | null;
  quartersWithoutData: Quarter[];
};

export type ServiceOutcomes = OutcomeBlock & { serviceId: string; name: string; provider: string; startDate: string };

export type ReportOutcomes = { committee: OutcomeBlock; services: ServiceOutcomes[] };

/** A review as the fidelity module lists it, with its score's parts flattened and without the item scores. */
export type ReportFidelityReview = Pick<FidelityReview, 'id' | 'serviceId' | 'serviceName' | 'reviewDate' | 'scaleVersion' | 'reviewerKind' | 'recommendations'> & {
  total: number;
  rated: number;
  itemCount: number;
  complete: boolean;
  /** Null for an incomplete review: a band needs every item. */
  band: FidelityBand | null;
};

export type LatestFidelity = ReportFidelityReview & { previous: { reviewDate: string; total: number; band: FidelityBand | null } | null };

export type ReportFidelity = { reviews: ReportFidelityReview[]; latest: LatestFidelity[] };

export type ReportMitigation = { barrierId: string; barrierName: string; text: string; status: MitigationStatus };

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
  /** As it stood at the end of the period. */
  status: BarrierStatus;
  ownerName: string | null;
  serviceIds: string[];
  severity: number | null;
  trend: BarrierTrend | null;
  reviewDate: string | null;
  /** The latest severity on or before the end of the previous period. */
  previousSeverity: number | null;
  change: 'worse' | 'better' | 'same' | null;
  isNew: boolean;
  resolvedInPeriod: boolean;
  mitigations: ReportMitigation[];
};

export type VotePriority = { rank: number; label: string; barrierId: string | null; dots: number; userRepDots: number | null };

export type ReportVoteRound = { id: string; title: string; heldOn: string; items: VotePriority[] };

export type ReportBarriers = {
  register: ReportBarrier[];
  changes: { worse: string[]; better: string[]; new: string[]; resolved: string[] };
  priorities: ReportVoteRound[];
  mitigationsUnderWay: ReportMitigation[];
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
  barrierName: string | null;
  /** When it was marked done, from its progress notes or else its last change; null if not done. */
  completedOn: string | null;
};

export type ReportActions = { agreed: ReportAction[]; completedInPeriod: number; overdue: number };

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
  status: FeedbackStatusKey;
  response: string;
  reason: string;
  respondedOn: string | null;
  links: { kind: 'decision' | 'action'; label: string }[];
};

export type ReportFeedback = { entries: ReportFeedbackEntry[]; counts: Record<FeedbackStatusKey, number>; total: number; quotable: number };

export type ReportNextSteps = { openActions: ReportAction[]; activeBarriers: ReportBarrier[] };

export type ReportImport = { id: string; kind: 'quarterly' | 'targets'; fileName: string; sha256: string; rowCount: number; importedAt: string; importedBy: string | null };

export type ReportAppendix = {
  imports: ReportImport[];
  /** Figures of the report's quarters changed by hand after import. */
  manualChanges: number;
  catalogue: { version: string; sources: { id: string; short: string; citation: string }[] };
  measures: Measure[];
  rates: ReportRateKey[];
  employmentBenchmarks: { minimal: number; average: number; excellent: number };
  fidelityBands: { id: FidelityBand; min: number; max: number }[];
};

/** The numbers the generated summary sentences are made of. */
export type ReportSummaryFacts = {
  hasFigures: boolean;
  totals: CountChange[];
  employmentRate: RateChange;
  targets: TargetProgress | null;
  barriersWorse: number;
  barriersBetter: number;
  barriersNew: number;
  barriersResolved: number;
  fidelityReviews: number;
  decisions: number;
  actionsCompleted: number;
  actionsOverdue: number;
  feedbackEntries: number;
  feedbackActedOn: number;
};

export type ReportData = {
  period: ReportPeriod;
  committee: ReportCommittee | null;
  members: ReportMember[];
  /** Everyone who is or ever was a service-user representative (by role now or at any meeting), whoever's names a report may hide. */
  serviceUserRepNames: string[];
  outcomes: ReportOutcomes;
  fidelity: ReportFidelity;
  barriers: ReportBarriers;
  decisions: ReportDecision[];
  actions: ReportActions;
  feedback: ReportFeedback;
  nextSteps: ReportNextSteps;
  appendix: ReportAppendix;
  summary: ReportSummaryFacts;
};
