import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../electron/core/barriers/catalogue';
import { mitigations } from '../../electron/core/barriers/mitigations';
import { recordReview } from '../../electron/core/barriers/record-review';
import { addBarrier, updateBarrier } from '../../electron/core/barriers/save-barrier';
import { voteRounds } from '../../electron/core/barriers/vote-rounds';
import { createDemoCommittee } from '../../electron/core/committee/create-demo-committee';
import { saveMember } from '../../electron/core/committee/save-member';
import { saveService } from '../../electron/core/committee/save-service';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { newId } from '../../electron/core/domain/new-id';
import { clock } from '../../electron/core/domain/clock';
import { fidelityScale } from '../../electron/core/fidelity/fidelity-scale';
import { saveReview } from '../../electron/core/fidelity/save-review';
import { buildDashboard } from '../../electron/core/figures/build-dashboard';
import { loadReportData } from '../../electron/core/report/load-report-data';
import type { ReportData } from '../../electron/core/report/report-data';
import { reportPeriod } from '../../electron/core/report/report-period';
import { committeeDb } from '../helpers/committee-db';
import { tempDir } from '../helpers/temp-dir';

const stamp = '2026-01-01T00:00:00.000Z';
const h1 = { from: '2026-01-01', to: '2026-06-30', today: '2026-07-15' };

type Figures = Partial<Record<'referrals' | 'engaged' | 'served' | 'worked' | 'job_starts' | 'sustained_13w' | 'es_fte', number | null>>;

function addFigures(db: Database.Database, serviceId: string, quarter: string, values: Figures, importId: string | null = null): void {
  const v = (key: keyof Figures) => values[key] ?? null;
  db.prepare(
    `INSERT INTO quarterly_figure (id, service_id, quarter, referrals, engaged, served, worked, job_starts, sustained_13w, es_fte, import_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), serviceId, quarter, v('referrals'), v('engaged'), v('served'), v('worked'), v('job_starts'), v('sustained_13w'), v('es_fte'), importId, stamp, stamp);
}

function addImport(db: Database.Database, fileName: string, by: string, undone = false): string {
  const id = newId();
  db.prepare(
    `INSERT INTO import_batch (id, kind, file_name, file_sha256, row_count, imported_at, imported_by, undone_at) VALUES (?, 'quarterly', ?, 'abc', 3, ?, ?, ?)`,
  ).run(id, fileName, stamp, by, undone ? stamp : null);
  return id;
}

function addMeeting(db: Database.Database, heldOn: string): string {
  const id = newId();
  db.prepare("INSERT INTO meeting (id, held_on, kind, created_at, updated_at) VALUES (?, ?, 'regular', ?, ?)").run(id, heldOn, stamp, stamp);
  return id;
}

type NewDecision = { year: number; number: number; meetingId: string; votes?: [number, number, number]; changes?: { id: string; kind: 'amends' | 'revokes' } };

function addDecision(db: Database.Database, decision: NewDecision): string {
  const id = newId();
  db.prepare(
    `INSERT INTO decision (id, year, number, meeting_id, wording, method, votes_for, votes_against, votes_abstain, changes_decision_id, change_kind, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    decision.year,
    decision.number,
    decision.meetingId,
    `Decision ${String(decision.number)}`,
    decision.votes === undefined ? 'consensus' : 'vote',
    decision.votes?.[0] ?? null,
    decision.votes?.[1] ?? null,
    decision.votes?.[2] ?? null,
    decision.changes?.id ?? null,
    decision.changes?.kind ?? null,
    stamp,
    stamp,
  );
  return id;
}

type NewAction = { title: string; owner: { memberId: string } | { organisation: string }; due: string; status: string; meetingId: string | null; decisionId?: string; barrierId?: string; updatedAt?: string; progress?: [string, string][] };

function addAction(db: Database.Database, action: NewAction): string {
  const id = newId();
  db.prepare(
    `INSERT INTO action (id, title, owner_member_id, owner_organisation, due_date, status, meeting_id, decision_id, barrier_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    action.title,
    'memberId' in action.owner ? action.owner.memberId : null,
    'organisation' in action.owner ? action.owner.organisation : '',
    action.due,
    action.status,
    action.meetingId,
    action.decisionId ?? null,
    action.barrierId ?? null,
    stamp,
    action.updatedAt ?? stamp,
  );
  for (const [notedOn, status] of action.progress ?? []) {
    db.prepare('INSERT INTO action_progress (id, action_id, noted_on, status, created_at) VALUES (?, ?, ?, ?, ?)').run(newId(), id, notedOn, status, stamp);
  }
  return id;
}

type NewFeedback = {
  text: string;
  contributor: { kind: 'member'; memberId: string } | { kind: 'group'; name: string } | { kind: 'anonymous' };
  givenOn: string;
  mayQuote: boolean;
  status: string;
  respondedOn?: string;
  reason?: string;
  links?: ['decision' | 'action', string][];
};

function addFeedback(db: Database.Database, feedback: NewFeedback): string {
  const id = newId();
  db.prepare(
    `INSERT INTO feedback (id, text, contributor_kind, member_id, group_name, given_on, may_quote, status, response, not_taken_up_reason, responded_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    feedback.text,
    feedback.contributor.kind,
    feedback.contributor.kind === 'member' ? feedback.contributor.memberId : null,
    feedback.contributor.kind === 'group' ? feedback.contributor.name : null,
    feedback.givenOn,
    feedback.mayQuote ? 1 : 0,
    feedback.status,
    feedback.respondedOn === undefined ? '' : 'We answered.',
    feedback.reason ?? '',
    feedback.respondedOn ?? null,
    stamp,
    stamp,
  );
  for (const [kind, ref] of feedback.links ?? []) db.prepare('INSERT INTO feedback_link (feedback_id, kind, ref) VALUES (?, ?, ?)').run(id, kind, ref);
  return id;
}

function scores(count: number, score: number): Record<string, { score: number | null; note: string }> {
  return Object.fromEntries(fidelityScale().items.map((item, index) => [item.id, { score: index < count ? score : null, note: '' }]));
}

/**
 * Two services over H1 2026 with H2 2025 before it. Alfa left its engagements blank in Q2; Beta started
 * in 2026 and sent nothing for Q2. Every expected figure below is worked out by hand from these rows.
 * The records are written on a day early in the period, as a committee keeping its records would, except
 * where a test needs a change made later.
 */
function committeeWithRecords() {
  return clock.pinnedAt(stamp, recordsOfTheHalfYear);
}

function recordsOfTheHalfYear() {
  const { db, coordinatorId } = committeeDb();
  const member = (name: string, role: 'chair' | 'member' | 'service_user_rep', activeFrom: string, activeTo: string | null = null) =>
    saveMember(db, { name, organisation: 'Org', role, activeFrom, activeTo }, coordinatorId);
  const chair = member('Chair Person', 'chair', '2024-01-01');
  const userRep = member('User Rep', 'service_user_rep', '2025-01-01');
  member('Former Member', 'member', '2024-01-01', '2025-12-31');
  member('Future Member', 'member', '2026-09-01');

  const alfa = saveService(db, { name: 'Alfa', provider: 'CDZ', startDate: '2024-01-01' }, coordinatorId);
  const beta = saveService(db, { name: 'Beta', provider: 'Práh', startDate: '2026-01-01' }, coordinatorId);
  const batch = addImport(db, 'h1.csv', coordinatorId);
  const later = addImport(db, 'q3.csv', coordinatorId);
  addImport(db, 'undone.csv', coordinatorId, true);
  addFigures(db, alfa, '2025-Q1', { referrals: 5 });
  addFigures(db, alfa, '2025-Q3', { referrals: 8, engaged: 6, served: 18, worked: 6, job_starts: 3, sustained_13w: 1 });
  addFigures(db, alfa, '2025-Q4', { referrals: 9, engaged: 7, served: 18, worked: 7, job_starts: 3, sustained_13w: 2 });
  addFigures(db, alfa, '2026-Q1', { referrals: 10, engaged: 8, served: 20, worked: 8, job_starts: 4, sustained_13w: 2, es_fte: 1 }, batch);
  addFigures(db, alfa, '2026-Q2', { referrals: 12, engaged: null, served: 22, worked: 10, job_starts: 5, sustained_13w: 3, es_fte: 1 }, batch);
  addFigures(db, beta, '2026-Q1', { referrals: 6, engaged: 5, served: 10, worked: 3, job_starts: 2, sustained_13w: 1, es_fte: 0.5 }, batch);
  addFigures(db, alfa, '2026-Q3', { referrals: 99, engaged: 99 }, later);
  const target = db.prepare('INSERT INTO target (id, year, service_id, referrals, engaged, job_starts, sustained_13w, created_at, updated_at) VALUES (?, 2026, ?, ?, ?, ?, ?, ?, ?)');
  target.run(newId(), null, 100, 80, 40, 20, stamp, stamp);
  target.run(newId(), alfa, 60, null, null, null, stamp, stamp);

  saveReview(db, { serviceId: alfa, reviewDate: '2025-06-01', scaleVersion: 'us2008', reviewerKind: 'external', reviewers: '', recommendations: '', scores: scores(25, 3) }, coordinatorId);
  saveReview(db, { serviceId: alfa, reviewDate: '2026-03-10', scaleVersion: 'us2008', reviewerKind: 'external', reviewers: '', recommendations: 'More employer contact.', scores: scores(25, 4) }, coordinatorId);
  saveReview(db, { serviceId: beta, reviewDate: '2026-05-01', scaleVersion: 'us2008', reviewerKind: 'internal', reviewers: '', recommendations: '', scores: scores(20, 4) }, coordinatorId);
  saveReview(db, { serviceId: alfa, reviewDate: '2026-08-01', scaleVersion: 'us2008', reviewerKind: 'peer', reviewers: '', recommendations: '', scores: scores(25, 5) }, coordinatorId);

  const [first, second, third] = catalogue().entries;
  if (first === undefined || second === undefined || third === undefined) throw new Error('catalogue has entries');
  const worse = addBarrier(db, { source: 'catalogue', catalogueId: first.id, localWording: '', serviceIds: [alfa], ownerId: chair, status: 'active' }, 'en', coordinatorId);
  const better = addBarrier(db, { source: 'custom', name: 'No bus', description: '', group: 'infrastructure', level: 'contextual', localWording: '', serviceIds: [], ownerId: null, status: 'active' }, 'en', coordinatorId);
  const fresh = addBarrier(db, { source: 'catalogue', catalogueId: second.id, localWording: '', serviceIds: [], ownerId: null, status: 'monitoring' }, 'en', coordinatorId);
  const afterwards = clock.pinnedAt('2026-08-01T09:00:00.000Z', () => addBarrier(db, { source: 'catalogue', catalogueId: third.id, localWording: '', serviceIds: [], ownerId: null, status: 'active' }, 'en', coordinatorId));
  recordReview(db, { reviewDate: '2025-11-10', assessments: [{ barrierId: worse, severity: 3, trend: 'same', note: '' }, { barrierId: better, severity: 4, trend: 'same', note: '' }] }, coordinatorId);
  recordReview(db, { reviewDate: '2026-02-01', assessments: [{ barrierId: fresh, severity: 3, trend: 'same', note: '' }] }, coordinatorId);
  recordReview(db, { reviewDate: '2026-05-10', assessments: [{ barrierId: worse, severity: 4, trend: 'worse', note: '' }, { barrierId: better, severity: 2, trend: 'better', note: '' }] }, coordinatorId);
  recordReview(db, { reviewDate: '2026-08-01', assessments: [{ barrierId: afterwards, severity: 5, trend: 'same', note: '' }] }, coordinatorId);
  mitigations.add(db, { barrierId: worse, text: 'Talk to employers', fromCatalogue: false, status: 'under_way' }, coordinatorId);
  mitigations.add(db, { barrierId: worse, text: 'Already done', fromCatalogue: false, status: 'done' }, coordinatorId);
  // Resolved in July, after the period: the H1 report must still show it as it stood on 30 June.
  clock.pinnedAt('2026-07-20T10:00:00.000Z', () => updateBarrier(db, { id: better, localWording: '', serviceIds: [], ownerId: null, status: 'resolved' }, coordinatorId));

  const round = voteRounds.open(db, { title: 'What first?', heldOn: '2026-05-10', dotsPerMember: 3, hiddenUntilClosed: false, showUserGroup: true, participantIds: [coordinatorId, userRep], barrierIds: [worse, better], ideas: [] }, coordinatorId);
  const [worseItem, betterItem] = voteRounds.get(db, round, null).items.map((item) => item.id);
  if (worseItem === undefined || betterItem === undefined) throw new Error('round has items');
  voteRounds.cast(db, round, coordinatorId, { [worseItem]: 2, [betterItem]: 1 });
  voteRounds.cast(db, round, userRep, { [betterItem]: 3 });
  voteRounds.close(db, round, coordinatorId);

  const before = addMeeting(db, '2025-11-10');
  const march = addMeeting(db, '2026-03-15');
  const august = addMeeting(db, '2026-08-01');
  const old = addDecision(db, { year: 2025, number: 3, meetingId: before });
  const voted = addDecision(db, { year: 2026, number: 1, meetingId: march, votes: [5, 1, 0], changes: { id: old, kind: 'amends' } });
  addDecision(db, { year: 2026, number: 12, meetingId: march });
  addDecision(db, { year: 2026, number: 13, meetingId: august, changes: { id: voted, kind: 'revokes' } });
  db.prepare('INSERT INTO decision_dissent (id, decision_id, member_id, words, created_at) VALUES (?, ?, ?, ?, ?)').run(newId(), voted, userRep, 'Too slow.', stamp);

  const call = addAction(db, { title: 'Call the labour office', owner: { memberId: chair }, due: '2026-04-30', status: 'open', meetingId: march, decisionId: voted });
  addAction(db, { title: 'Write a leaflet', owner: { organisation: 'Users’ association' }, due: '2026-09-30', status: 'in_progress', meetingId: march, barrierId: worse });
  addAction(db, { title: 'Book the room', owner: { memberId: coordinatorId }, due: '2026-02-01', status: 'done', meetingId: before, progress: [['2026-02-03', 'done']] });
  addAction(db, { title: 'Old errand', owner: { memberId: coordinatorId }, due: '2025-12-01', status: 'done', meetingId: before, progress: [['2025-12-01', 'done']] });
  addAction(db, { title: 'Send the minutes', owner: { memberId: coordinatorId }, due: '2026-04-01', status: 'done', meetingId: march, progress: [['2026-05-05', 'done']] });
  addAction(db, { title: 'Visit the team', owner: { memberId: coordinatorId }, due: '2026-06-15', status: 'done', meetingId: march, progress: [['2026-06-01', 'in_progress'], ['2026-07-10', 'done']] });

  addFeedback(db, { text: 'I want evening appointments.', contributor: { kind: 'member', memberId: userRep }, givenOn: '2026-02-10', mayQuote: true, status: 'acted_on', respondedOn: '2026-03-15', links: [['action', call], ['decision', voted]] });
  addFeedback(db, { text: 'Secret words nobody may print.', contributor: { kind: 'anonymous' }, givenOn: '2026-04-01', mayQuote: false, status: 'received' });
  addFeedback(db, { text: 'Pay our travel.', contributor: { kind: 'group', name: 'Users’ association' }, givenOn: '2025-12-20', mayQuote: true, status: 'not_taken_up', respondedOn: '2026-01-20', reason: 'No budget line.' });
  addFeedback(db, { text: 'Later words.', contributor: { kind: 'member', memberId: userRep }, givenOn: '2026-08-01', mayQuote: true, status: 'received' });

  return { db, alfa, beta, worse, better, fresh, afterwards };
}

function rate(data: ReportData, key: 'engagementRate' | 'jobStartRate' | 'sustainmentRate' | 'employmentRate' | 'caseloadPerFte') {
  return data.outcomes.committee.summary[key];
}

describe('the report period', () => {
  it('takes the quarters wholly inside it, compares a half-year with the half-year before, and describes its last day', () => {
    expect(reportPeriod('2026-01-01', '2026-06-30', '2026-07-15')).toMatchObject({
      quarters: ['2026-Q1', '2026-Q2'],
      lastQuarter: '2026-Q2',
      previous: { from: '2025-07-01', to: '2025-12-31', quarters: ['2025-Q3', '2025-Q4'] },
      targetYear: 2026,
      asOf: '2026-06-30',
    });
    // While a period runs, the report describes today.
    expect(reportPeriod('2026-07-01', '2026-12-31', '2026-12-01').asOf).toBe('2026-12-01');
    expect(reportPeriod('2026-07-01', '2026-12-31', '2027-01-10').previous).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
    expect(reportPeriod('2026-02-15', '2026-09-30', '2026-10-01').quarters).toEqual(['2026-Q2', '2026-Q3']);
    expect(reportPeriod('2026-06-30', '2026-01-01', '2026-07-01').quarters).toEqual([]);
  });
});

describe('the report data of a period', () => {
  // Read once, before the first test's clean-up removes the database's folder.
  const { db, alfa, beta, worse, better, fresh, afterwards } = committeeWithRecords();
  const data = loadReportData(db, h1);
  const today = new Date().toISOString().slice(0, 10);
  const sinceJuly = loadReportData(db, { from: '2026-07-01', to: today, today });
  const wholeYear = loadReportData(db, { ...h1, to: '2026-12-31', today: '2027-01-15' });
  const secondHalf = loadReportData(db, { from: '2026-07-01', to: '2026-12-31', today: '2026-12-01' });
  db.close();

  it('names the committee and the members who sat in the period, the service users flagged', () => {
    expect(data.committee).toEqual({ name: 'Řídicí výbor IPS Hradec Králové', region: 'Královéhradecký kraj', language: 'cs', fidelityReviewMonths: 12 });
    expect(data.members.map((member) => member.name)).toEqual(['Chair Person', 'Petra Malá', 'User Rep']);
    expect(data.members.find((member) => member.name === 'User Rep')?.isServiceUserRep).toBe(true);
  });

  it('adds up the period’s flows, averages its caseload per quarter, and takes each rate only over rows that reported both parts', () => {
    const { summary } = data.outcomes.committee;
    // Alfa served 20 and 22, Beta 10 in its one quarter: on average 21 + 10 a quarter, not 52.
    expect(summary.totals).toMatchObject({ referrals: 28, engaged: 13, served: 31, worked: 12, job_starts: 11, sustained_13w: 6 });
    expect(summary.totals.es_fte).toBeCloseTo(1.5);
    // Alfa's Q2 has referrals but no engagements, so it stays out of the engagement and job-start rates.
    expect(rate(data, 'engagementRate')).toMatchObject({ numerator: 13, denominator: 16 });
    expect(rate(data, 'jobStartRate')).toMatchObject({ numerator: 6, denominator: 13 });
    expect(rate(data, 'sustainmentRate')).toMatchObject({ numerator: 6, denominator: 11 });
    expect(rate(data, 'employmentRate')).toMatchObject({ numerator: 12, denominator: 31 });
    expect(summary.employmentBand).toBe('minimal');
    expect(rate(data, 'caseloadPerFte')?.value).toBeCloseTo(31 / 1.5);
    expect(summary.rowCount).toBe(3);
  });

  it('says which quarters the figures cover, for the committee and each service', () => {
    expect(data.outcomes.coverage).toEqual([
      { quarter: '2026-Q1', state: 'reported' },
      { quarter: '2026-Q2', state: 'partly_reported' },
    ]);
    const services = new Map(data.outcomes.services.map((service) => [service.serviceId, service]));
    expect(services.get(beta)?.coverage).toEqual([
      { quarter: '2026-Q1', state: 'reported' },
      { quarter: '2026-Q2', state: 'not_reported' },
    ]);
    expect(services.get(alfa)?.summary.totals.referrals).toBe(22);
    expect(services.get(alfa)?.summary.engagementRate).toMatchObject({ numerator: 8, denominator: 10 });
    expect(data.outcomes.committee.quarters.map((point) => [point.quarter, point.summary.totals.referrals])).toEqual([
      ['2026-Q1', 16],
      ['2026-Q2', 12],
    ]);
  });

  it('compares like with like: the same quarters of the previous half-year', () => {
    const { previous, comparedWith, changes, rateChanges } = data.outcomes.committee;
    expect(comparedWith).toEqual(['2025-Q3', '2025-Q4']);
    expect(previous?.totals).toMatchObject({ referrals: 17, engaged: 13, served: 18, worked: 6.5 });
    expect(changes.find((change) => change.measure === 'referrals')).toEqual({ measure: 'referrals', current: 28, previous: 17, difference: 11 });
    expect(changes.find((change) => change.measure === 'engaged')?.difference).toBe(0);
    const employment = rateChanges.find((change) => change.rate === 'employmentRate');
    expect(employment?.difference).toBeCloseTo(12 / 31 - 6.5 / 18);
    expect(data.summary.totals.map((total) => total.measure)).toEqual(['referrals', 'engaged', 'job_starts', 'sustained_13w']);
    expect(data.summary.employmentRate).toEqual(employment);
  });

  it('compares one quarter with its like when only one has figures', () => {
    // Only Q3 2026 has figures in H2 2026 (Q4 has not ended); H1 2026's first quarter is its like.
    const h2 = secondHalf.outcomes.committee;
    expect(secondHalf.outcomes.coverage).toEqual([
      { quarter: '2026-Q3', state: 'partly_reported' },
      { quarter: '2026-Q4', state: 'not_ended' },
    ]);
    expect(h2.summary.quarters).toEqual(['2026-Q3']);
    expect(h2.comparedWith).toEqual(['2026-Q1']);
    expect(h2.previous?.totals.referrals).toBe(16);
  });

  it('paces the year’s targets over the quarters with figures, the committee’s and a service’s own', () => {
    const referrals = data.outcomes.committee.targets?.lines.find((line) => line.measure === 'referrals');
    expect(data.outcomes.committee.targets).toMatchObject({ year: 2026, reportedQuarters: ['2026-Q1', '2026-Q2'], yearOver: false });
    expect(referrals).toMatchObject({ target: 100, actual: 28, expected: 50, judgement: 'behind' });
    expect(data.outcomes.committee.targets?.impliedRates.engagementRate).toBeCloseTo(0.8);
    const alfaTargets = data.outcomes.services.find((service) => service.serviceId === alfa)?.targets;
    expect(alfaTargets?.lines.find((line) => line.measure === 'referrals')).toMatchObject({ target: 60, actual: 22 });
    expect(alfaTargets?.lines.find((line) => line.measure === 'engaged')?.target).toBeNull();
    expect(data.outcomes.services.find((service) => service.serviceId === beta)?.targets).toBeNull();
    expect(data.summary.targets).toEqual(data.outcomes.committee.targets);
    // Once the year is over, a target is met or not met.
    expect(wholeYear.outcomes.committee.targets?.lines.map((line) => line.judgement)).toEqual(['met', 'met', 'not_met', 'not_met']);
  });

  it('lists the period’s fidelity reviews and where each service stood on its last day, with when the next is due', () => {
    expect(data.fidelity.reviews.map((review) => [review.reviewDate, review.total, review.band, review.complete])).toEqual([
      ['2026-03-10', 100, 'good', true],
      ['2026-05-01', 80, null, false],
    ]);
    const alfaStands = data.fidelity.services.find((service) => service.serviceId === alfa);
    expect(alfaStands).toMatchObject({ latest: { reviewDate: '2026-03-10', total: 100, band: 'good' }, previous: { reviewDate: '2025-06-01', total: 75, band: 'fair' }, nextDue: '2027-03-10', due: false });
    // Before the March review, Alfa's last one was more than a year old: due.
    const march = loadReportData(committeeWithRecords().db, { from: '2026-01-01', to: '2026-02-28', today: '2026-03-01' });
    expect(march.fidelity.services.find((service) => service.serviceName === 'Alfa')).toMatchObject({ nextDue: '2026-06-01', due: false });
    expect(data.summary.fidelityDue).toBe(0);
  });

  it('shows the register as it stood at the end of the period, with how each barrier moved and how it was handled', () => {
    const register = new Map(data.barriers.register.map((entry) => [entry.id, entry]));
    expect(register.has(afterwards)).toBe(false);
    expect(register.get(worse)).toMatchObject({ severity: 4, previousSeverity: 3, change: 'worse', status: 'active', ownerName: 'Chair Person', isNew: false });
    expect(register.get(worse)?.mitigations).toEqual([
      { text: 'Talk to employers', status: 'under_way' },
      { text: 'Already done', status: 'done' },
    ]);
    expect(register.get(worse)?.actions.map((action) => action.title)).toEqual(['Write a leaflet']);
    expect(register.get(better)).toMatchObject({ severity: 2, previousSeverity: 4, change: 'better', status: 'active', resolvedInPeriod: false });
    expect(register.get(fresh)).toMatchObject({ severity: 3, previousSeverity: null, change: null, isNew: true, status: 'monitoring' });
    expect(data.barriers.changes).toEqual({ worse: [worse], better: [better], new: [fresh], resolved: [] });
    expect(data.barriers.priorities).toHaveLength(1);
    expect(data.barriers.priorities[0]?.items.map((item) => [item.rank, item.barrierId, item.dots, item.userRepDots])).toEqual([
      [1, better, 4, 3],
      [2, worse, 2, 0],
    ]);
    expect(data.summary).toMatchObject({ barriersInRegister: 3, barriersWorse: 1, barriersBetter: 1, barriersNew: 1, barriersResolved: 0 });
  });

  it('counts a barrier resolved in a period that includes the day it was resolved', () => {
    expect(sinceJuly.barriers.register.find((entry) => entry.id === better)).toMatchObject({ status: 'resolved', resolvedInPeriod: true });
    expect(sinceJuly.barriers.changes.resolved).toEqual([better]);
  });

  it('cites the period’s decisions as year/number, with how they were reached and what they changed', () => {
    expect(data.decisions.map((decision) => decision.label)).toEqual(['2026/01', '2026/12']);
    expect(data.decisions[0]).toMatchObject({ method: 'vote', votes: { for: 5, against: 1, abstain: 0 }, changes: { kind: 'amends', label: '2025/03' }, changedBy: [], dissentCount: 1, meetingDate: '2026-03-15' });
    expect(data.decisions[1]).toMatchObject({ method: 'consensus', votes: null, changes: null, dissentCount: 0 });
    expect(wholeYear.decisions[0]?.changedBy).toEqual([{ kind: 'revokes', label: '2026/13' }]);
    expect(data.summary.decisions).toBe(2);
  });

  it('lists the period’s actions, agreed in it or carried into it, with their status and overdue flag on its last day', () => {
    const listed = new Map(data.actions.list.map((action) => [action.title, action]));
    expect([...listed.keys()].sort()).toEqual(['Book the room', 'Call the labour office', 'Send the minutes', 'Visit the team', 'Write a leaflet']);
    expect(listed.get('Book the room')).toMatchObject({ agreedInPeriod: false, status: 'done', completedOn: '2026-02-03' });
    expect(listed.get('Call the labour office')).toMatchObject({ ownerName: 'Chair Person', status: 'open', overdue: true, decisionLabel: '2026/01', barrierName: null, agreedInPeriod: true });
    expect(listed.get('Write a leaflet')).toMatchObject({ ownerName: 'Users’ association', overdue: false, barrierName: catalogue().entries[0]?.name.en });
    expect(listed.get('Send the minutes')).toMatchObject({ status: 'done', overdue: false, completedOn: '2026-05-05' });
    // In progress on 30 June and past its due date then; done only in July.
    expect(listed.get('Visit the team')).toMatchObject({ status: 'in_progress', overdue: true, completedOn: null });
    expect(data.actions).toMatchObject({ agreedInPeriod: 4, completedInPeriod: 2, open: 3, overdue: 2 });
    expect(data.summary).toMatchObject({ actionsAgreed: 4, actionsCompleted: 2, actionsOpen: 3, actionsOverdue: 2 });
  });

  it('quotes feedback only with consent, never names a member for anonymous feedback, and counts every entry', () => {
    const texts = data.feedback.entries.map((entry) => entry.text);
    expect(texts).toEqual(['Pay our travel.', 'I want evening appointments.', null]);
    expect(JSON.stringify(data)).not.toContain('Secret words');
    const anonymous = data.feedback.entries.find((entry) => entry.contributor.kind === 'anonymous');
    expect(anonymous).toMatchObject({ text: null, quotable: false, contributor: { kind: 'anonymous', name: null }, status: 'received' });
    expect(data.feedback.entries[0]).toMatchObject({ contributor: { kind: 'group', name: 'Users’ association' }, status: 'not_taken_up', reason: 'No budget line.' });
    expect(data.feedback.entries[1]).toMatchObject({ contributor: { kind: 'member', name: 'User Rep' }, links: [{ kind: 'action', label: 'Call the labour office' }, { kind: 'decision', label: '2026/01' }] });
    expect(data.feedback.counts).toEqual({ received: 1, discussed: 0, acted_on: 1, not_taken_up: 1 });
    expect(data.feedback).toMatchObject({ total: 3, quotable: 2, waiting: 1 });
  });

  it('shows an answer only from the day it was given', () => {
    const february = loadReportData(committeeWithRecords().db, { from: '2026-01-01', to: '2026-02-28', today: '2026-03-01' });
    expect(february.feedback.entries.find((entry) => entry.text === 'I want evening appointments.')).toMatchObject({ status: 'received', response: '', links: [] });
  });

  it('lists the imports behind the figures, the catalogue and the definitions', () => {
    expect(data.appendix.imports.map((batch) => [batch.fileName, batch.importedBy])).toEqual([['h1.csv', 'Petra Malá']]);
    expect(data.appendix.catalogue.version).toBe(catalogue().version);
    expect(data.appendix.catalogue.sources.length).toBeGreaterThan(0);
    expect(data.appendix.measures).toContain('sustained_13w');
    expect(data.appendix.fidelityBands.find((band) => band.id === 'good')).toEqual({ id: 'good', min: 100, max: 114 });
  });

  it('is plain data that survives the trip to the renderer', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('a period without records', () => {
  it('gives empty sections instead of failing', () => {
    const { db } = committeeDb();
    const data = loadReportData(db, h1);
    expect(data.outcomes.committee.summary.rowCount).toBe(0);
    expect(data.outcomes.committee.previous).toBeNull();
    expect(data.outcomes.committee.targets).toBeNull();
    expect(data.outcomes.coverage).toEqual([]);
    expect(data.outcomes.committee.quarters).toEqual([]);
    expect(data.outcomes.services).toEqual([]);
    expect(data.fidelity).toEqual({ reviews: [], services: [], intervalMonths: 12 });
    expect(data.barriers).toEqual({ register: [], changes: { worse: [], better: [], new: [], resolved: [] }, priorities: [] });
    expect(data.decisions).toEqual([]);
    expect(data.actions).toEqual({ list: [], agreedInPeriod: 0, completedInPeriod: 0, open: 0, overdue: 0 });
    expect(data.feedback).toEqual({ entries: [], counts: { received: 0, discussed: 0, acted_on: 0, not_taken_up: 0 }, total: 0, quotable: 0, waiting: 0 });
    expect(data.appendix.imports).toEqual([]);
    expect(data.summary).toMatchObject({ hasFigures: false, decisions: 0, actionsCompleted: 0 });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('copes with a database still being set up and with a period shorter than a quarter', () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'blank.sqlite'));
    const data = loadReportData(db, { from: '2026-02-01', to: '2026-02-28', today: '2026-03-01' });
    expect(data.committee).toBeNull();
    expect(data.period.quarters).toEqual([]);
    expect(data.period.lastQuarter).toBe('2025-Q4');
    expect(loadReportData(db, { from: 'soon', to: '2026-02-30', today: '' }).period.quarters).toEqual([]);
    db.close();
  });
});

describe('the report of the demo committee', () => {
  it('has outcomes for 2026-H1, the same numbers the dashboard shows for the same quarters', () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'demo.sqlite'));
    createDemoCommittee(db, 'en', '2026-11-25');
    const data = loadReportData(db, { from: '2026-01-01', to: '2026-06-30', today: '2026-11-25' });
    const dashboard = buildDashboard(db, '2026-11-25');
    expect(data.outcomes.committee.summary.rowCount).toBeGreaterThan(0);
    expect(data.outcomes.services).toHaveLength(3);
    expect(data.outcomes.committee.previous).not.toBeNull();
    expect(data.barriers.register.length).toBeGreaterThan(0);
    expect(data.outcomes.committee.quarters).toHaveLength(2);
    for (const point of data.outcomes.committee.quarters) {
      const index = dashboard.trend.quarters.indexOf(point.quarter);
      expect(point.summary.totals.job_starts, point.quarter).toBe(dashboard.trend.totals.job_starts[index]);
      expect(point.summary.totals.referrals, point.quarter).toBe(dashboard.trend.totals.referrals[index]);
      expect(point.summary.employmentRate?.value ?? null, point.quarter).toBe(dashboard.trend.employmentRate[index]);
    }
    db.close();
  });

  it('matches the dashboard’s year to date and targets when the half-year is the latest data', () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'demo-h1.sqlite'));
    createDemoCommittee(db, 'en', '2026-08-15');
    const data = loadReportData(db, { from: '2026-01-01', to: '2026-06-30', today: '2026-08-15' });
    const dashboard = buildDashboard(db, '2026-08-15');
    expect(dashboard.yearToDate).toMatchObject({ from: '2026-Q1', to: '2026-Q2' });
    expect(data.outcomes.committee.summary).toEqual(dashboard.yearToDate?.summary);
    expect(data.outcomes.committee.targets).toEqual(dashboard.targets);
    for (const service of dashboard.services) {
      expect(data.outcomes.services.find((candidate) => candidate.serviceId === service.serviceId)?.summary, service.name).toEqual(service.summary);
    }
    db.close();
  });

  it('decides targets that are the targets stored: the decision’s numbers are the targets table’s', () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'demo-targets.sqlite'));
    createDemoCommittee(db, 'en', '2026-11-25');
    const data = loadReportData(db, { from: '2026-01-01', to: '2026-06-30', today: '2026-11-25' });
    const decision = data.decisions.find((entry) => /targets/.test(entry.wording));
    const stored = data.outcomes.committee.targets?.lines ?? [];
    expect(stored).toHaveLength(4);
    for (const line of stored) expect(decision?.wording, line.measure).toContain(String(line.target));
    db.close();
  });
});
