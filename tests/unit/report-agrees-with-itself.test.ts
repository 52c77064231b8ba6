import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordReview } from '../../electron/core/barriers/record-review';
import { addBarrier, updateBarrier } from '../../electron/core/barriers/save-barrier';
import { saveService } from '../../electron/core/committee/save-service';
import { clock } from '../../electron/core/domain/clock';
import { measures } from '../../electron/core/domain/measures';
import { newId } from '../../electron/core/domain/new-id';
import { saveReview } from '../../electron/core/fidelity/save-review';
import { fidelityScale } from '../../electron/core/fidelity/fidelity-scale';
import { saveAction } from '../../electron/core/meetings/save-action';
import { saveDecision } from '../../electron/core/meetings/save-decision';
import { saveMeeting } from '../../electron/core/meetings/save-meeting';
import { setAttendance } from '../../electron/core/meetings/set-attendance';
import { respondToFeedback } from '../../electron/core/feedback/respond-to-feedback';
import { saveFeedback } from '../../electron/core/feedback/save-feedback';
import { buildReportDocx } from '../../electron/core/report/build-report-docx';
import { loadReportData } from '../../electron/core/report/load-report-data';
import { reportSections } from '../../electron/core/domain/report-sections';
import { committeeDb } from '../helpers/committee-db';
import { docxBlocks } from '../helpers/docx-blocks';
import { docxParts } from '../helpers/docx-parts';

/** A day between 2025-01-01 and 2026-12-31, as the generator picks it. */
const day = fc.integer({ min: 0, max: 729 }).map((offset) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10));
const quarter = fc.constantFrom('2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4');
const count = fc.option(fc.integer({ min: 0, max: 60 }), { nil: null, freq: 5 });
const status = fc.constantFrom<'open' | 'in_progress' | 'done' | 'dropped'>('open', 'in_progress', 'done', 'dropped');

const committee = fc.record({
  services: fc.integer({ min: 1, max: 3 }),
  figures: fc.array(fc.record({ service: fc.nat(2), quarter, values: fc.array(count, { minLength: measures.length, maxLength: measures.length }) }), { maxLength: 20 }),
  target: fc.option(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 4, maxLength: 4 }), { nil: null }),
  barriers: fc.array(fc.record({ reviews: fc.array(fc.record({ on: day, severity: fc.integer({ min: 1, max: 5 }) }), { maxLength: 4 }), resolvedOn: fc.option(day, { nil: null }) }), { maxLength: 5 }),
  meetings: fc.array(
    fc.record({
      on: day,
      decisions: fc.nat(2),
      actions: fc.array(fc.record({ dueIn: fc.integer({ min: 0, max: 200 }), progress: fc.array(fc.record({ after: fc.integer({ min: 0, max: 300 }), status }), { maxLength: 3 }) }), { maxLength: 3 }),
    }),
    { maxLength: 4 },
  ),
  reviews: fc.array(fc.record({ service: fc.nat(2), on: day }), { maxLength: 3 }),
  feedback: fc.array(fc.record({ on: day, answerAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }), acted: fc.boolean() }), { maxLength: 5 }),
  period: fc.constantFrom({ from: '2025-07-01', to: '2025-12-31' }, { from: '2026-01-01', to: '2026-06-30' }, { from: '2026-07-01', to: '2026-12-31' }, { from: '2025-01-01', to: '2026-12-31' }),
  today: day,
});

type Committee = typeof committee extends fc.Arbitrary<infer T> ? T : never;

function plus(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

const at = (date: string) => `${date}T10:00:00.000Z`;

/** Writes the generated committee through the core's own functions, each record on its own day. */
function write(db: Database.Database, actor: string, generated: Committee): void {
  const serviceIds = Array.from({ length: generated.services }, (_, index) => clock.pinnedAt(at('2024-12-01'), () => saveService(db, { name: `Service ${String(index)}`, provider: '', startDate: '2024-12-01' }, actor)));
  const seen = new Set<string>();
  for (const figure of generated.figures) {
    const serviceId = serviceIds[figure.service % serviceIds.length] ?? '';
    if (seen.has(`${serviceId}|${figure.quarter}`)) continue;
    seen.add(`${serviceId}|${figure.quarter}`);
    // Worked and left never exceed served, as the importer insists.
    const values = figure.values.map((value, index) => (measures[index] === 'es_fte' && value !== null ? value / 10 : value));
    db.prepare(`INSERT INTO quarterly_figure (id, service_id, quarter, ${measures.join(', ')}, created_at, updated_at) VALUES (?, ?, ?, ${measures.map(() => '?').join(', ')}, ?, ?)`).run(newId(), serviceId, figure.quarter, ...values, at('2024-12-01'), at('2024-12-01'));
  }
  if (generated.target !== null) {
    const [referrals, engaged, jobStarts, sustained] = generated.target;
    for (const year of [2025, 2026]) db.prepare('INSERT INTO target (id, year, service_id, referrals, engaged, job_starts, sustained_13w, created_at, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)').run(newId(), year, referrals, engaged, jobStarts, sustained, at('2024-12-01'), at('2024-12-01'));
  }
  for (const [index, barrier] of generated.barriers.entries()) {
    const id = clock.pinnedAt(at('2024-12-15'), () => addBarrier(db, { source: 'custom', name: `Barrier ${String(index)}`, description: '', group: 'funding', level: 'contextual', localWording: '', serviceIds: [], ownerId: null, status: 'active' }, 'en', actor));
    for (const review of [...new Map(barrier.reviews.map((entry) => [entry.on, entry])).values()]) {
      clock.pinnedAt(at(review.on), () => recordReview(db, { reviewDate: review.on, assessments: [{ barrierId: id, severity: review.severity, trend: 'same', note: '' }] }, actor));
    }
    if (barrier.resolvedOn !== null) clock.pinnedAt(at(barrier.resolvedOn), () => updateBarrier(db, { id, localWording: '', serviceIds: [], ownerId: null, status: 'resolved' }, actor));
  }
  for (const meeting of [...generated.meetings].sort((a, b) => a.on.localeCompare(b.on))) {
    clock.pinnedAt(at(meeting.on), () => {
      const meetingId = saveMeeting.create(db, { heldOn: meeting.on, kind: 'regular', place: '', online: false }, actor);
      setAttendance(db, meetingId, { members: [{ memberId: actor, presence: 'present' }], guests: [] }, actor);
      for (let index = 0; index < meeting.decisions; index += 1) {
        saveDecision.record(db, meetingId, { agendaItemId: null, wording: `Decided ${String(index)}`, rationale: '', method: 'consensus', votes: null, userRepPosition: '', dissent: [], links: [], changes: null }, actor);
      }
      for (const [index, action] of meeting.actions.entries()) {
        const actionId = saveAction.add(db, { title: `Action ${meeting.on} ${String(index)}`, ownerMemberId: actor, ownerOrganisation: '', dueDate: plus(meeting.on, action.dueIn), decisionId: null, barrierId: null, meetingId, agendaItemId: null }, meeting.on, actor);
        for (const step of [...action.progress].sort((a, b) => a.after - b.after)) {
          const on = plus(meeting.on, step.after);
          const fields = { title: `Action ${meeting.on} ${String(index)}`, ownerMemberId: actor, ownerOrganisation: '', dueDate: plus(meeting.on, action.dueIn), decisionId: null, barrierId: null };
          clock.pinnedAt(at(on), () => saveAction.update(db, actionId, fields, { status: step.status, note: 'moved', dropReason: 'not needed' }, on, actor));
        }
      }
    });
  }
  const scores = Object.fromEntries(fidelityScale().items.map((item) => [item.id, { score: 4, note: '' }]));
  for (const review of generated.reviews) {
    const serviceId = serviceIds[review.service % serviceIds.length] ?? '';
    try {
      clock.pinnedAt(at(review.on), () => saveReview(db, { serviceId, reviewDate: review.on, scaleVersion: 'us2008', reviewerKind: 'external', reviewers: '', recommendations: '', scores }, actor));
    } catch {
      // Two reviews of one service on one day are refused; the generator may ask for that.
    }
  }
  for (const entry of generated.feedback) {
    const id = clock.pinnedAt(at(entry.on), () => saveFeedback(db, { text: 'Words', contributor: { kind: 'anonymous' }, givenOn: entry.on, tags: [], links: [], mayQuote: true, transcribed: false }, actor, entry.on));
    if (entry.answerAfter === null) continue;
    const answeredOn = plus(entry.on, entry.answerAfter);
    clock.pinnedAt(at(answeredOn), () =>
      respondToFeedback(db, { feedbackId: id, status: entry.acted ? 'discussed' : 'not_taken_up', response: 'Answered.', reason: entry.acted ? '' : 'No money.', meetingId: null, respondedOn: answeredOn, links: [] }, actor, answeredOn),
    );
  }
}

function rowsOfTable(document: string, header: string): number {
  const table = docxBlocks(document).find((block) => block.kind === 'table' && block.rows[0]?.startsWith(header));
  return table?.kind === 'table' ? table.rows.length - 1 : 0;
}

describe('a report of any committee agrees with itself', () => {
  it('every count of the summary is the count of what its section lists, and every judgement follows the one rule', async () => {
    await fc.assert(
      fc.asyncProperty(committee, async (generated) => {
        const { db, coordinatorId } = committeeDb();
        try {
          write(db, coordinatorId, generated);
          const { from, to } = generated.period;
          const today = generated.today < from ? plus(to, 30) : generated.today;
          const data = loadReportData(db, { from, to, today });
          const { summary, barriers, actions, feedback, fidelity, decisions } = data;
          expect(summary.barriersInRegister).toBe(barriers.register.length);
          expect(summary.barriersWorse).toBe(barriers.register.filter((entry) => entry.change === 'worse').length);
          expect(summary.barriersBetter).toBe(barriers.register.filter((entry) => entry.change === 'better').length);
          expect(summary.barriersResolved).toBe(barriers.register.filter((entry) => entry.resolvedInPeriod).length);
          expect(summary.decisions).toBe(decisions.length);
          expect(summary.actionsCompleted).toBe(actions.list.filter((action) => action.completedOn !== null && action.completedOn >= from && action.completedOn <= to).length);
          expect(summary.actionsOpen).toBe(actions.list.filter((action) => action.status === 'open' || action.status === 'in_progress').length);
          expect(summary.actionsOverdue).toBe(actions.list.filter((action) => action.overdue).length);
          for (const action of actions.list) {
            // Overdue only while still to be done, and never judged after the report's day.
            if (action.overdue) expect(['open', 'in_progress']).toContain(action.status);
            if (action.overdue) expect(action.dueDate < data.period.asOf).toBe(true);
            if (action.completedOn !== null) expect(action.completedOn <= data.period.asOf).toBe(true);
          }
          expect(summary.fidelityDue).toBe(fidelity.services.filter((service) => service.due).length);
          expect(summary.feedbackEntries).toBe(feedback.entries.length);
          expect(Object.values(feedback.counts).reduce((sum, value) => sum + value, 0)).toBe(feedback.total);
          for (const entry of feedback.entries) if (entry.respondedOn !== null) expect(entry.respondedOn <= data.period.asOf).toBe(true);
          const progress = summary.targets;
          if (progress !== null) {
            for (const line of progress.lines) {
              if (progress.yearOver) expect(['met', 'not_met', null]).toContain(line.judgement);
              if (line.judgement === 'met') expect(line.actual ?? -1).toBeGreaterThanOrEqual(line.target ?? Infinity);
            }
          }
          // Flows of the period are the sum of its quarters.
          const { committee: block } = data.outcomes;
          const sum = block.quarters.reduce((total, point) => total + (point.summary.totals.referrals ?? 0), 0);
          if (block.summary.totals.referrals !== null) expect(block.summary.totals.referrals).toBe(sum);

          // And the document prints as many rows as the summary counts.
          const document = docxParts(await buildReportDocx(data, { language: 'en', sections: [...reportSections], foreword: '', comments: {}, showUserRepNames: true })).text('/word/document.xml');
          expect(rowsOfTable(document, 'No. |')).toBe(summary.decisions);
          expect(rowsOfTable(document, 'Barrier |')).toBe(summary.barriersInRegister);
          expect(rowsOfTable(document, 'Action |')).toBe(actions.list.length);
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 240_000);
});
