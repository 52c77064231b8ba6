import type { z } from 'zod';
import { createCommittee } from '../committee/create-committee';
import { createDemoCommittee } from '../committee/create-demo-committee';
import { currentMember } from '../committee/current-member';
import { listMembers } from '../committee/list-members';
import { listServices } from '../committee/list-services';
import { readCommittee } from '../committee/read-committee';
import { saveMember } from '../committee/save-member';
import { updateCommittee } from '../committee/update-committee';
import { saveService } from '../committee/save-service';
import { quarterOfDate } from '../domain/quarter';
import { todayIso } from '../domain/today-iso';
import { buildDashboard } from '../figures/build-dashboard';
import { loadTargets } from '../figures/load-targets';
import { buildTemplate } from '../import/build-template';
import { importFiles } from '../import/import-files';
import { listImports } from '../import/list-imports';
import type { ImportFile } from '../import/plan-import';
import { undoLastImport } from '../import/undo-last-import';
import { backupTo, createBackup } from '../backup/create-backup';
import { describeBackup } from '../backup/describe-backup';
import { listBackups } from '../backup/list-backups';
import { recentChanges, recordHistory } from '../audit/read-audit-log';
import { assertWritableLocation } from '../db/assert-writable-location';
import { existsSync } from 'node:fs';
import { figureDetails } from '../quarterly/figure-details';
import { quarterlyGrid } from '../quarterly/quarterly-grid';
import { setFigure } from '../quarterly/set-figure';
import { catalogue } from '../barriers/catalogue';
import { listRegister } from '../barriers/list-register';
import { barrierDetails } from '../barriers/barrier-details';
import { mitigations } from '../barriers/mitigations';
import { recordReview } from '../barriers/record-review';
import { removeBarrier, restoreBarrier } from '../barriers/remove-barrier';
import { addBarrier, updateBarrier } from '../barriers/save-barrier';
import { severityMatrix } from '../barriers/severity-matrix';
import { voteRounds } from '../barriers/vote-rounds';
import { fidelityScale } from '../fidelity/fidelity-scale';
import { fidelityItemToBarrier } from '../fidelity/item-to-barrier';
import { listReviews } from '../fidelity/list-reviews';
import { readFidelityFile } from '../fidelity/read-fidelity-file';
import { fidelityReviewDetails } from '../fidelity/review-details';
import { saveReview } from '../fidelity/save-review';
import type { Member } from '../committee/committee-types';
import { saveMeeting } from '../meetings/save-meeting';
import { meetingDetails } from '../meetings/meeting-details';
import { listMeetings } from '../meetings/list-meetings';
import { setAttendance } from '../meetings/set-attendance';
import { agendaItems } from '../meetings/agenda-items';
import { saveDecision } from '../meetings/save-decision';
import { readDecisions } from '../meetings/read-decisions';
import { approveMinutes } from '../meetings/approve-minutes';
import { saveAction } from '../meetings/save-action';
import { readActions } from '../meetings/read-actions';
import { loadMinutesData } from '../meetings/load-minutes-data';
import { buildMinutesDocx } from '../meetings/build-minutes-docx';
import { translate } from '../../shared/translate';
import { listFeedback } from '../feedback/list-feedback';
import { saveFeedback } from '../feedback/save-feedback';
import { respondToFeedback } from '../feedback/respond-to-feedback';
import { feedbackDraft } from '../feedback/feedback-draft';
import { buildFeedbackFormDocx } from '../feedback/build-feedback-form-docx';
import { reportRecords } from '../report/report-records';
import { loadReportData } from '../report/load-report-data';
import { makeReport } from '../report/make-report';
import type { ApiContext } from './api-context';
import type { Contract, MethodName, MethodResult, WorkspaceView } from './contract';
import { UserError } from './user-error';

type Handlers = {
  [M in MethodName]: (context: ApiContext, input: z.output<Contract[M]['input']>) => MethodResult<M> | Promise<MethodResult<M>>;
};

function workspaceView({ workspace, host }: ApiContext): WorkspaceView {
  const status = workspace.status();
  if (status.status !== 'ready') return { ...status, host: host.kind, committee: null, currentMemberId: null };
  const db = workspace.db();
  return { ...status, host: host.kind, committee: readCommittee(db), currentMemberId: currentMember.read(db) };
}

function actor(context: ApiContext): string | null {
  return currentMember.read(context.workspace.db());
}

function memberById(context: ApiContext, id: string): Member {
  const member = listMembers(context.workspace.db(), id)[0];
  if (member === undefined) throw new UserError('member_not_found', {}, 'id');
  return member;
}

function switched(context: ApiContext): WorkspaceView {
  context.host.databaseChanged?.(context.workspace.path);
  return workspaceView(context);
}

type UploadedFile = { fileName: string; contentBase64: string; options: ImportFile['options'] };

function decodeUploads(files: readonly UploadedFile[]): ImportFile[] {
  return files.map((file) => ({ fileName: file.fileName, bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')), options: file.options }));
}

function runImport(context: ApiContext, files: readonly UploadedFile[], dryRun: boolean) {
  const result = importFiles(context.workspace.db(), decodeUploads(files), { dryRun, actor: actor(context), currentQuarter: quarterOfDate(todayIso()) });
  return { stored: result.stored, files: result.files };
}



function meeting(context: ApiContext, id: string) {
  return meetingDetails(context.workspace.db(), id, todayIso());
}

function agendaMeeting(context: ApiContext, itemId: string): string {
  const meetingId = context.workspace.db().prepare('SELECT meeting_id FROM agenda_item WHERE id = ?').pluck().get(itemId);
  if (typeof meetingId !== 'string') throw new UserError('agenda_item_not_found', {}, 'id');
  return meetingId;
}

function oneAction(context: ApiContext, id: string) {
  const action = readActions(context.workspace.db(), { id }, todayIso())[0];
  if (action === undefined) throw new UserError('action_not_found', {}, 'id');
  return action;
}

function committeeLanguage(context: ApiContext) {
  return readCommittee(context.workspace.db())?.language ?? 'en';
}

/** The core's side of every contract method; inputs arrive already validated by the contract's schemas. */
export const apiHandlers: Handlers = {
  getWorkspace: (context) => workspaceView(context),
  setUpCommittee: (context, input) => {
    const db = context.workspace.dbForSetup();
    db.transaction(() => createCommittee(db, input))();
    return switched(context);
  },
  createDemoCommittee: (context, input) => {
    createDemoCommittee(context.workspace.dbForSetup(), input.language);
    return switched(context);
  },
  updateCommittee: (context, input) => {
    updateCommittee(context.workspace.db(), input, actor(context));
    return workspaceView(context);
  },
  pickDatabasePath: async (context, input) => {
    const pick = context.host.pickDatabasePath;
    if (pick === undefined) return { supported: false, path: null };
    return { supported: true, path: await pick(input.purpose) };
  },
  openDatabase: (context, input) => {
    context.workspace.open(input.path);
    return switched(context);
  },
  newDatabase: (context, input) => {
    context.workspace.startNew(input.path);
    return switched(context);
  },
  listMembers: (context) => listMembers(context.workspace.db()),
  addMember: (context, input) => memberById(context, saveMember(context.workspace.db(), input, actor(context))),
  updateMember: (context, input) => memberById(context, saveMember(context.workspace.db(), input, actor(context))),
  setCurrentMember: (context, input) => {
    currentMember.write(context.workspace.db(), input.memberId);
    return workspaceView(context);
  },
  listServices: (context) => listServices(context.workspace.db()),
  addService: (context, input) => {
    saveService(context.workspace.db(), input, actor(context));
    return listServices(context.workspace.db());
  },
  updateService: (context, input) => {
    saveService(context.workspace.db(), input, actor(context));
    return listServices(context.workspace.db());
  },
  getDashboard: (context) => buildDashboard(context.workspace.db(), todayIso()),
  getQuarterlyGrid: (context) => quarterlyGrid(context.workspace.db(), todayIso()),
  getFigureDetails: (context, input) => figureDetails(context.workspace.db(), input.serviceId, input.quarter),
  setFigure: (context, input) => {
    setFigure(context.workspace.db(), input, actor(context));
    return figureDetails(context.workspace.db(), input.serviceId, input.quarter);
  },
  listTargets: (context) => loadTargets(context.workspace.db()),
  previewImport: (context, input) => runImport(context, input.files, true),
  commitImport: async (context, input) => {
    // A backup before every import that will store something, so a wrong file can always be taken back.
    if (!runImport(context, input.files, true).files.some((file) => file.errors.length > 0)) {
      await createBackup(context.workspace.db(), context.workspace.path, 'import');
    }
    return runImport(context, input.files, false);
  },
  listImports: (context) => listImports(context.workspace.db()),
  undoLastImport: (context) => undoLastImport(context.workspace.db(), actor(context)),
  getCatalogue: () => catalogue(),
  listRegister: (context, input) => listRegister(context.workspace.db(), { includeArchived: input.includeArchived }),
  getBarrier: (context, input) => barrierDetails(context.workspace.db(), input.id),
  addBarrier: (context, input) => barrierDetails(context.workspace.db(), addBarrier(context.workspace.db(), input, committeeLanguage(context), actor(context))),
  updateBarrier: (context, input) => {
    updateBarrier(context.workspace.db(), input, actor(context));
    return barrierDetails(context.workspace.db(), input.id);
  },
  recordReview: (context, input) => {
    recordReview(context.workspace.db(), input, actor(context));
    return listRegister(context.workspace.db());
  },
  addMitigation: (context, input) => {
    mitigations.add(context.workspace.db(), input, actor(context));
    return barrierDetails(context.workspace.db(), input.barrierId);
  },
  setMitigationStatus: (context, input) => barrierDetails(context.workspace.db(), mitigations.setStatus(context.workspace.db(), input.id, input.status, actor(context))),
  removeBarrier: (context, input) => removeBarrier(context.workspace.db(), input.id, input.confirmed, actor(context)),
  restoreBarrier: (context, input) => {
    restoreBarrier(context.workspace.db(), input.id, actor(context));
    return barrierDetails(context.workspace.db(), input.id);
  },
  getSeverityMatrix: (context) => severityMatrix(context.workspace.db()),
  listVoteRounds: (context) => voteRounds.list(context.workspace.db()),
  openVoteRound: (context, input) => voteRounds.get(context.workspace.db(), voteRounds.open(context.workspace.db(), input, actor(context)), actor(context)),
  getVoteRound: (context, input) => voteRounds.get(context.workspace.db(), input.roundId, actor(context)),
  addVoteIdea: (context, input) => {
    voteRounds.addIdea(context.workspace.db(), input.roundId, input.idea, actor(context));
    return voteRounds.get(context.workspace.db(), input.roundId, actor(context));
  },
  clusterVoteItems: (context, input) => {
    voteRounds.cluster(context.workspace.db(), input.roundId, input.heading, input.itemIds, actor(context));
    return voteRounds.get(context.workspace.db(), input.roundId, actor(context));
  },
  castVotes: (context, input) => {
    voteRounds.cast(context.workspace.db(), input.roundId, input.memberId, input.dots);
    return voteRounds.get(context.workspace.db(), input.roundId, actor(context));
  },
  closeVoteRound: (context, input) => {
    voteRounds.close(context.workspace.db(), input.roundId, actor(context));
    return voteRounds.get(context.workspace.db(), input.roundId, actor(context));
  },
  getFidelityScale: () => fidelityScale(),
  listFidelityReviews: (context, input) => listReviews(context.workspace.db(), input.serviceId === undefined ? {} : { serviceId: input.serviceId }),
  getFidelityReview: (context, input) => fidelityReviewDetails(context.workspace.db(), input.id),
  saveFidelityReview: (context, input) => fidelityReviewDetails(context.workspace.db(), saveReview(context.workspace.db(), input, actor(context))),
  readFidelityFile: (_context, input) => {
    const result = readFidelityFile({ fileName: input.fileName, bytes: new Uint8Array(Buffer.from(input.contentBase64, 'base64')), options: {} });
    return { scores: Object.fromEntries(result.scores), errors: result.errors };
  },
  fidelityItemToBarrier: (context, input) => ({
    barrierId: fidelityItemToBarrier(context.workspace.db(), input.reviewId, input.itemId, committeeLanguage(context), actor(context)),
  }),
  listBackups: (context) => listBackups(context.workspace.path),
  quitApp: (context) => {
    if (context.host.quit === undefined) return { supported: false };
    // Answer first, then quit, so the window is not waiting on a reply that never comes.
    setTimeout(context.host.quit, 50);
    return { supported: true };
  },
  describeBackup: (_context, input) => describeBackup(input.path),
  backUpNow: async (context, input) => {
    const db = context.workspace.db();
    if (input.path === undefined) return { path: (await createBackup(db, context.workspace.path, 'manual')).path };
    if (existsSync(input.path)) throw new UserError('db_exists', { path: input.path }, 'path');
    assertWritableLocation(input.path);
    await backupTo(db, input.path);
    return { path: input.path };
  },
  restoreBackup: async (context, input) => {
    const safety = await context.workspace.restoreFrom(input.path);
    return { ...workspaceView(context), safetyBackup: safety?.path ?? null };
  },
  getRecordHistory: (context, input) => recordHistory(context.workspace.db(), input.table, input.id),
  listRecentChanges: (context, input) => recentChanges(context.workspace.db(), input),
  listMeetings: (context) => listMeetings(context.workspace.db()),
  getMeeting: (context, input) => meeting(context, input.id),
  createMeeting: (context, input) => meeting(context, saveMeeting.create(context.workspace.db(), input, actor(context))),
  updateMeeting: (context, input) => {
    saveMeeting.update(context.workspace.db(), input.id, input, actor(context));
    return meeting(context, input.id);
  },
  setAttendance: (context, input) => {
    setAttendance(context.workspace.db(), input.meetingId, input, actor(context));
    return meeting(context, input.meetingId);
  },
  addAgendaItem: (context, input) => {
    agendaItems.add(context.workspace.db(), input.meetingId, input.title, actor(context));
    return meeting(context, input.meetingId);
  },
  updateAgendaItem: (context, input) => {
    agendaItems.update(context.workspace.db(), input.id, input, actor(context));
    return meeting(context, agendaMeeting(context, input.id));
  },
  moveAgendaItem: (context, input) => {
    agendaItems.move(context.workspace.db(), input.id, input.direction, actor(context));
    return meeting(context, agendaMeeting(context, input.id));
  },
  dropAgendaItem: (context, input) => {
    agendaItems.setDropped(context.workspace.db(), input.id, input.dropped, actor(context));
    return meeting(context, agendaMeeting(context, input.id));
  },
  recordDecision: (context, input) => {
    saveDecision.record(context.workspace.db(), input.meetingId, input, actor(context));
    return meeting(context, input.meetingId);
  },
  updateDecision: (context, input) => {
    saveDecision.update(context.workspace.db(), input.id, input, actor(context));
    const decision = readDecisions(context.workspace.db(), { id: input.id })[0];
    if (decision === undefined) throw new UserError('decision_not_found', {}, 'id');
    return decision;
  },
  listDecisions: (context, input) => readDecisions(context.workspace.db(), input.year === undefined ? {} : { year: input.year }).reverse(),
  approveMinutes: (context, input) => {
    approveMinutes(context.workspace.db(), input.meetingId, input.approvedOn, todayIso(), actor(context));
    return meeting(context, input.meetingId);
  },
  addAction: (context, input) => oneAction(context, saveAction.add(context.workspace.db(), input, todayIso(), actor(context))),
  updateAction: (context, input) => {
    saveAction.update(context.workspace.db(), input.id, input, input, todayIso(), actor(context));
    return oneAction(context, input.id);
  },
  reviewAction: (context, input) => {
    saveAction.review(context.workspace.db(), input.actionId, input.meetingId, input, actor(context));
    return meeting(context, input.meetingId);
  },
  listActions: (context, input) => readActions(context.workspace.db(), input, todayIso()),
  exportMinutes: async (context, input) => {
    const data = loadMinutesData(context.workspace.db(), input.meetingId);
    const bytes = await buildMinutesDocx(data);
    return {
      fileName: `${translate(data.language, 'meetings.minutesFileName', { date: data.meeting.heldOn })}.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      contentBase64: Buffer.from(bytes).toString('base64'),
    };
  },
  listFeedback: (context, input) => listFeedback(context.workspace.db(), input, actor(context)),
  giveFeedback: (context, input) => ({ id: saveFeedback(context.workspace.db(), input, actor(context), todayIso()) }),
  updateFeedback: (context, input) => ({ id: saveFeedback(context.workspace.db(), input, actor(context), todayIso()) }),
  respondToFeedback: (context, input) => {
    respondToFeedback(context.workspace.db(), input, actor(context), todayIso());
    return { id: input.feedbackId };
  },
  getFeedbackDraft: (context, input) => feedbackDraft.read(context.workspace.db(), actor(context), input.paper),
  saveFeedbackDraft: (context, input) => {
    feedbackDraft.write(context.workspace.db(), actor(context), input);
    return { savedAt: new Date().toISOString() };
  },
  clearFeedbackDraft: (context, input) => {
    feedbackDraft.clear(context.workspace.db(), actor(context), input.paper);
    return { cleared: true };
  },
  getFeedbackForm: async (_context, input) => ({
    fileName: `${translate(input.language, 'feedbackForm.fileName')}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    contentBase64: Buffer.from(await buildFeedbackFormDocx(input.language)).toString('base64'),
  }),
  listReports: (context) => reportRecords.list(context.workspace.db()),
  saveReport: (context, input) => {
    const { id, ...fields } = input;
    return reportRecords.get(context.workspace.db(), reportRecords.save(context.workspace.db(), id, fields, actor(context)));
  },
  previewReport: (context, input) => loadReportData(context.workspace.db(), { from: input.periodFrom, to: input.periodTo, today: todayIso() }),
  exportReport: async (context, input) => {
    const db = context.workspace.db();
    const record = reportRecords.get(db, input.id);
    const report = await makeReport(db, record, todayIso());
    reportRecords.markExported(db, record.id, report.fileName, actor(context));
    return {
      fileName: report.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      contentBase64: Buffer.from(report.bytes).toString('base64'),
      record: reportRecords.get(db, record.id),
    };
  },
  exportEasyRead: async (context, input) => {
    const report = await makeReport(context.workspace.db(), reportRecords.get(context.workspace.db(), input.id), todayIso(), 'easy_read');
    return { fileName: report.fileName, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', contentBase64: Buffer.from(report.bytes).toString('base64') };
  },
  getImportTemplate: (_context, input) => {
    const template = buildTemplate(input.kind, input.format, input.language);
    return { fileName: template.fileName, mimeType: template.mimeType, contentBase64: Buffer.from(template.bytes).toString('base64') };
  },
};
