import { z } from 'zod';
import { languages } from '../domain/languages';
import { memberRoles } from '../domain/member-roles';
import { addressForms } from '../domain/address-forms';
import type { Committee, Member, Service } from '../committee/committee-types';
import { measures } from '../domain/measures';
import { barrierGroups, barrierLevels, barrierStatuses, barrierTrends, mitigationStatuses } from '../domain/barrier-terms';
import type { Catalogue } from '../barriers/catalogue';
import type { RegisterEntry } from '../barriers/register-entry';
import type { BarrierDetails } from '../barriers/barrier-details';
import type { FidelityReviewDetails } from '../fidelity/review-details';
import type { RemovalOutcome } from '../barriers/remove-barrier';
import type { SeverityMatrix } from '../barriers/severity-matrix';
import type { VoteRound } from '../barriers/vote-rounds';
import { reviewerKinds, scaleVersions } from '../domain/fidelity-terms';
import type { FidelityScale } from '../fidelity/fidelity-scale';
import type { FidelityReview } from '../fidelity/list-reviews';
import type { ImportIssue } from '../import/import-issue';
import type { BackupInfo } from '../backup/create-backup';
import type { BackupContents } from '../backup/describe-backup';
import type { AuditEntry } from '../audit/read-audit-log';
import type { Dashboard } from '../figures/build-dashboard';
import type { Target } from '../figures/load-targets';
import { columnMappingSchema } from '../import/column-mapping-schema';
import { textEncodings } from '../domain/text-encodings';
import type { ImportRecord } from '../import/list-imports';
import type { FilePreview } from '../import/plan-import';
import type { FigureDetails } from '../quarterly/figure-details';
import type { QuarterlyGrid } from '../quarterly/quarterly-grid';
import type { WorkspaceStatus } from './workspace';
import { returns, type Returns } from './returns';
import { feedbackLimits, feedbackLinkKinds, feedbackResponseLinkKinds, feedbackStatuses } from '../domain/feedback-terms';
import type { FeedbackList, StoredFeedbackDraft } from '../feedback/feedback-types';
import { reportSections } from '../domain/report-sections';
import type { ReportRecord } from '../report/report-records';
import type { ReportData } from '../report/report-data';
import type { Action, Decision, MeetingDetails, MeetingSummary } from '../meetings/meeting-types';
import { actionStatuses, attendancePresences, decisionChangeKinds, decisionLinkKinds, decisionMethods, meetingKinds } from '../domain/meeting-terms';

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const quarter = z.string().regex(/^(20\d\d|2100)-Q[1-4]$/, 'must be a quarter such as 2026-Q1');

const memberFields = z
  .object({
    name: text(200),
    organisation: z.string().trim().max(200),
    role: z.enum(memberRoles),
    addressForm: z.enum(addressForms).default('neutral'),
    activeFrom: isoDate,
    activeTo: isoDate.nullable(),
  })
  .refine((member) => member.activeTo === null || member.activeTo >= member.activeFrom, {
    path: ['activeTo'],
    message: 'must not be before activeFrom',
  });

const serviceFields = z.object({ name: text(200), provider: z.string().trim().max(200), startDate: isoDate });

// Base64 of at most 20 MB; the import itself states the limit in words, this only keeps absurd input out.
const importFile = z.object({
  fileName: text(260),
  contentBase64: z.string().max(28_000_000),
  options: z
    .object({
      encoding: z.enum(textEncodings).optional(),
      sheet: z.string().max(100).optional(),
      headerRow: z.int().min(1).max(1_048_576).optional(),
      mapping: columnMappingSchema.optional(),
    })
    .default({}),
});

const barrierCommon = {
  localWording: z.string().trim().max(4000),
  serviceIds: z.array(z.uuid()).max(200),
  ownerId: z.uuid().nullable(),
  status: z.enum(barrierStatuses),
};

const newBarrier = z.discriminatedUnion('source', [
  z.object({ source: z.literal('catalogue'), catalogueId: z.string().regex(/^[a-z0-9-]{1,80}$/), ...barrierCommon }),
  z.object({
    source: z.literal('custom'),
    name: text(200),
    description: z.string().trim().max(4000),
    group: z.enum(barrierGroups),
    level: z.enum(barrierLevels),
    ...barrierCommon,
  }),
]);


const reviewFields = z.object({
  serviceId: z.uuid(),
  reviewDate: isoDate,
  scaleVersion: z.enum(scaleVersions),
  reviewerKind: z.enum(reviewerKinds),
  reviewers: z.string().trim().max(500),
  recommendations: z.string().trim().max(10_000),
  scores: z.record(z.string().max(40), z.object({ score: z.int().min(1).max(5).nullable(), note: z.string().trim().max(2000) })),
});


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

const feedbackContributor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: z.uuid() }),
  z.object({ kind: z.literal('group'), groupName: z.string().trim().max(feedbackLimits.groupName) }),
  z.object({ kind: z.literal('anonymous') }),
]);

// Text may arrive empty or too long: the core answers with a message that names the limit in words.
const feedbackFields = z.object({
  text: z.string().max(feedbackLimits.text * 2),
  contributor: feedbackContributor,
  givenOn: z.string().max(10),
  tags: z.array(z.string().max(200)).max(100),
  links: z.array(z.object({ kind: z.enum(feedbackLinkKinds), ref: z.string().trim().min(1).max(100) })).max(200),
  mayQuote: z.boolean(),
  transcribed: z.boolean(),
});

const reportFields = z
  .object({
    title: z.string().trim().max(300),
    periodFrom: isoDate,
    periodTo: isoDate,
    language: z.enum(languages),
    sections: z.array(z.enum(reportSections)).max(reportSections.length),
    foreword: z.string().max(20_000),
    comments: z.partialRecord(z.enum(reportSections), z.string().max(20_000)),
    showUserRepNames: z.boolean(),
  })
  .refine((fields) => fields.periodTo >= fields.periodFrom, { path: ['periodTo'], message: 'must not be before periodFrom' });

export type { BarrierDetails, FidelityReviewDetails };

export type WorkspaceView = WorkspaceStatus & {
  host: 'desktop' | 'web';
  committee: Committee | null;
  currentMemberId: string | null;
};

/**
 * The one table of everything the UI may ask of the core. IPC registration, the preload bridge, the
 * browser mode's HTTP transport and the renderer's typed client are all derived from it.
 */
export const contract = {
  getWorkspace: { input: z.object({}), result: returns<WorkspaceView>() },
  setUpCommittee: {
    input: z.object({ name: text(200), region: text(200), language: z.enum(languages) }),
    result: returns<WorkspaceView>(),
  },
  createDemoCommittee: { input: z.object({ language: z.enum(languages) }), result: returns<WorkspaceView>() },
  updateCommittee: {
    input: z.object({ name: text(200), region: text(200), language: z.enum(languages), fidelityReviewMonths: z.int().min(1).max(60).optional() }),
    result: returns<WorkspaceView>(),
  },
  pickDatabasePath: {
    input: z.object({ purpose: z.enum(['open', 'create']) }),
    result: returns<{ supported: boolean; path: string | null }>(),
  },
  openDatabase: { input: z.object({ path: text(4096) }), result: returns<WorkspaceView>() },
  newDatabase: { input: z.object({ path: text(4096) }), result: returns<WorkspaceView>() },
  listMembers: { input: z.object({}), result: returns<Member[]>() },
  addMember: { input: memberFields, result: returns<Member>() },
  updateMember: { input: z.intersection(z.object({ id: z.uuid() }), memberFields), result: returns<Member>() },
  setCurrentMember: { input: z.object({ memberId: z.uuid().nullable() }), result: returns<WorkspaceView>() },
  listServices: { input: z.object({}), result: returns<Service[]>() },
  addService: { input: serviceFields, result: returns<Service[]>() },
  updateService: { input: z.intersection(z.object({ id: z.uuid() }), serviceFields), result: returns<Service[]>() },
  getDashboard: { input: z.object({}), result: returns<Dashboard>() },
  getQuarterlyGrid: { input: z.object({}), result: returns<QuarterlyGrid>() },
  getFigureDetails: { input: z.object({ serviceId: z.uuid(), quarter: quarter }), result: returns<FigureDetails | null>() },
  setFigure: {
    input: z.object({ serviceId: z.uuid(), quarter: quarter, measure: z.enum(measures), value: z.number().min(0).max(1_000_000).nullable() }),
    result: returns<FigureDetails | null>(),
  },
  listTargets: { input: z.object({}), result: returns<Target[]>() },
  previewImport: { input: z.object({ files: z.array(importFile).min(1).max(20) }), result: returns<{ stored: boolean; files: FilePreview[] }>() },
  commitImport: { input: z.object({ files: z.array(importFile).min(1).max(20) }), result: returns<{ stored: boolean; files: FilePreview[] }>() },
  listImports: { input: z.object({}), result: returns<ImportRecord[]>() },
  undoLastImport: { input: z.object({}), result: returns<{ fileName: string }>() },
  getCatalogue: { input: z.object({}), result: returns<Catalogue>() },
  listRegister: { input: z.object({ includeArchived: z.boolean().default(false) }), result: returns<RegisterEntry[]>() },
  getBarrier: { input: z.object({ id: z.uuid() }), result: returns<BarrierDetails>() },
  addBarrier: { input: newBarrier, result: returns<BarrierDetails>() },
  updateBarrier: {
    input: z.object({
      id: z.uuid(),
      ...barrierCommon,
      name: text(200).optional(),
      description: z.string().trim().max(4000).optional(),
      group: z.enum(barrierGroups).optional(),
      level: z.enum(barrierLevels).optional(),
    }),
    result: returns<BarrierDetails>(),
  },
  recordReview: {
    input: z.object({
      reviewDate: isoDate,
      assessments: z
        .array(z.object({ barrierId: z.uuid(), severity: z.int().min(1).max(5), trend: z.enum(barrierTrends), note: z.string().trim().max(4000) }))
        .min(1)
        .max(500),
    }),
    result: returns<RegisterEntry[]>(),
  },
  addMitigation: {
    input: z.object({ barrierId: z.uuid(), text: text(2000), fromCatalogue: z.boolean().default(false), status: z.enum(mitigationStatuses).default('planned') }),
    result: returns<BarrierDetails>(),
  },
  setMitigationStatus: { input: z.object({ id: z.uuid(), status: z.enum(mitigationStatuses) }), result: returns<BarrierDetails>() },
  removeBarrier: { input: z.object({ id: z.uuid(), confirmed: z.boolean().default(false) }), result: returns<RemovalOutcome>() },
  restoreBarrier: { input: z.object({ id: z.uuid() }), result: returns<BarrierDetails>() },
  getSeverityMatrix: { input: z.object({}), result: returns<SeverityMatrix>() },
  listVoteRounds: { input: z.object({}), result: returns<{ id: string; title: string; heldOn: string; status: 'open' | 'closed' }[]>() },
  openVoteRound: {
    input: z.object({
      title: text(200),
      heldOn: isoDate,
      dotsPerMember: z.int().min(1).max(20).default(3),
      hiddenUntilClosed: z.boolean().default(false),
      showUserGroup: z.boolean().default(false),
      participantIds: z.array(z.uuid()).min(1).max(100),
      barrierIds: z.array(z.uuid()).max(200).default([]),
      ideas: z.array(text(500)).max(200).default([]),
    }),
    result: returns<VoteRound>(),
  },
  getVoteRound: { input: z.object({ roundId: z.uuid() }), result: returns<VoteRound>() },
  addVoteIdea: { input: z.object({ roundId: z.uuid(), idea: text(500) }), result: returns<VoteRound>() },
  clusterVoteItems: { input: z.object({ roundId: z.uuid(), heading: text(500), itemIds: z.array(z.uuid()).min(2).max(100) }), result: returns<VoteRound>() },
  castVotes: { input: z.object({ roundId: z.uuid(), memberId: z.uuid(), dots: z.record(z.uuid(), z.int().min(0).max(20)) }), result: returns<VoteRound>() },
  closeVoteRound: { input: z.object({ roundId: z.uuid() }), result: returns<VoteRound>() },
  getFidelityScale: { input: z.object({}), result: returns<FidelityScale>() },
  listFidelityReviews: { input: z.object({ serviceId: z.uuid().optional() }), result: returns<FidelityReview[]>() },
  getFidelityReview: { input: z.object({ id: z.uuid() }), result: returns<FidelityReviewDetails>() },
  saveFidelityReview: { input: z.intersection(z.object({ id: z.uuid().optional() }), reviewFields), result: returns<FidelityReviewDetails>() },
  readFidelityFile: {
    input: z.object({ fileName: text(260), contentBase64: z.string().max(3_000_000) }),
    result: returns<{ scores: Record<string, { score: number | null; note: string }>; errors: ImportIssue[] }>(),
  },
  fidelityItemToBarrier: { input: z.object({ reviewId: z.uuid(), itemId: z.string().max(40) }), result: returns<{ barrierId: string }>() },
  listBackups: { input: z.object({}), result: returns<BackupInfo[]>() },
  quitApp: { input: z.object({}), result: returns<{ supported: boolean }>() },
  describeBackup: { input: z.object({ path: text(4096) }), result: returns<BackupContents>() },
  backUpNow: { input: z.object({ path: text(4096).optional() }), result: returns<{ path: string }>() },
  restoreBackup: { input: z.object({ path: text(4096) }), result: returns<WorkspaceView & { safetyBackup: string | null }>() },
  getRecordHistory: { input: z.object({ table: z.string().regex(/^[a-z_]{1,40}$/), id: text(200) }), result: returns<AuditEntry[]>() },
  listRecentChanges: {
    input: z.object({ memberId: z.uuid().optional(), table: z.string().regex(/^[a-z_]{1,40}$/).optional(), limit: z.int().min(1).max(500).default(100) }),
    result: returns<AuditEntry[]>(),
  },
  listMeetings: { input: z.object({}), result: returns<MeetingSummary[]>() },
  getMeeting: { input: z.object({ id: z.uuid() }), result: returns<MeetingDetails>() },
  createMeeting: { input: meetingFields, result: returns<MeetingDetails>() },
  updateMeeting: { input: z.intersection(z.object({ id: z.uuid() }), meetingFields), result: returns<MeetingDetails>() },
  setAttendance: {
    input: z.object({
      meetingId: z.uuid(),
      members: z.array(z.object({ memberId: z.uuid(), presence: z.enum(attendancePresences) })).max(200),
      guests: z.array(z.object({ name: z.string().trim().max(200), organisation: z.string().trim().max(200), presence: z.enum(attendancePresences) })).max(100),
    }),
    result: returns<MeetingDetails>(),
  },
  addAgendaItem: { input: z.object({ meetingId: z.uuid(), title: text(300) }), result: returns<MeetingDetails>() },
  updateAgendaItem: { input: z.object({ id: z.uuid(), title: text(300), notes: z.string().max(20_000) }), result: returns<MeetingDetails>() },
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
  listFeedback: {
    input: z.object({
      status: z.enum(feedbackStatuses).nullable().optional(),
      waitingOnly: z.boolean().optional(),
      quotableOnly: z.boolean().optional(),
      from: isoDate.nullable().optional(),
      to: isoDate.nullable().optional(),
    }),
    result: returns<FeedbackList>(),
  },
  giveFeedback: { input: feedbackFields, result: returns<{ id: string }>() },
  updateFeedback: { input: z.intersection(z.object({ id: z.uuid() }), feedbackFields), result: returns<{ id: string }>() },
  respondToFeedback: {
    input: z.object({
      feedbackId: z.uuid(),
      status: z.enum(feedbackStatuses).nullable(),
      response: z.string().max(feedbackLimits.response),
      reason: z.string().max(feedbackLimits.reason),
      meetingId: z.uuid().nullable(),
      respondedOn: isoDate.nullable(),
      links: z.array(z.object({ kind: z.enum(feedbackResponseLinkKinds), ref: z.uuid() })).max(100),
    }),
    result: returns<{ id: string }>(),
  },
  getFeedbackDraft: { input: z.object({ paper: z.boolean().default(false) }), result: returns<StoredFeedbackDraft | null>() },
  saveFeedbackDraft: {
    input: z.object({
      text: z.string().max(feedbackLimits.draftText),
      contributor: feedbackContributor.nullable(),
      givenOn: z.string().max(10),
      tags: z.array(z.string().max(200)).max(200),
      links: z.array(z.object({ kind: z.enum(feedbackLinkKinds), ref: z.string().max(100) })).max(200),
      mayQuote: z.boolean().nullable(),
      transcribed: z.boolean(),
    }),
    result: returns<{ savedAt: string }>(),
  },
  clearFeedbackDraft: { input: z.object({ paper: z.boolean().default(false) }), result: returns<{ cleared: true }>() },
  getFeedbackForm: { input: z.object({ language: z.enum(languages) }), result: returns<{ fileName: string; mimeType: string; contentBase64: string }>() },
  listReports: { input: z.object({}), result: returns<ReportRecord[]>() },
  saveReport: { input: z.intersection(z.object({ id: z.uuid().nullable() }), reportFields), result: returns<ReportRecord>() },
  previewReport: {
    input: z.object({ periodFrom: isoDate, periodTo: isoDate }).refine((period) => period.periodTo >= period.periodFrom, { path: ['periodTo'], message: 'must not be before periodFrom' }),
    result: returns<ReportData>(),
  },
  exportReport: { input: z.object({ id: z.uuid() }), result: returns<{ fileName: string; mimeType: string; contentBase64: string; record: ReportRecord }>() },
  exportEasyRead: { input: z.object({ id: z.uuid() }), result: returns<{ fileName: string; mimeType: string; contentBase64: string }>() },
  getImportTemplate: {
    input: z.object({ kind: z.enum(['quarterly', 'targets']), format: z.enum(['csv', 'xlsx']), language: z.enum(languages) }),
    result: returns<{ fileName: string; mimeType: string; contentBase64: string }>(),
  },
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'] extends Returns<infer R> ? R : never;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export const methodNames: readonly MethodName[] = Object.keys(contract).filter(isMethodName);
