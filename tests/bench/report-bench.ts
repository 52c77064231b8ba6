// The twice-yearly report on a large committee, timed beside the practical limit: the docx library packing a
// document of the same shape (as many tables, rows, cells and paragraphs) from constant text, with no charts
// and no queries. Called from tests/bench/main.ts.
import type Database from 'better-sqlite3';
import type { FileChild } from 'docx';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { catalogue } from '../../electron/core/barriers/catalogue';
import { createCommittee } from '../../electron/core/committee/create-committee';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { wordDocument } from '../../electron/core/documents/word-document';
import { wordParagraphs } from '../../electron/core/documents/word-paragraphs';
import { wordTable } from '../../electron/core/documents/word-table';
import { measures } from '../../electron/core/domain/measures';
import { addQuarters } from '../../electron/core/domain/quarter';
import { serviceNameKey } from '../../electron/core/domain/service-name-key';
import { fidelityScale } from '../../electron/core/fidelity/fidelity-scale';
import { buildReportDocx } from '../../electron/core/report/build-report-docx';
import { loadReportData } from '../../electron/core/report/load-report-data';
import { reportSections } from '../../electron/core/domain/report-sections';
import type { ReportOptions } from '../../electron/core/report/report-options';
import { docxParts } from '../helpers/docx-parts';

const lastQuarter = '2026-Q3';
const period = { from: '2026-01-01', to: '2026-06-30', today: '2026-11-25' };
const stamp = '2026-11-25T10:00:00.000Z';
const id = () => crypto.randomUUID();

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up: fonts, chart.js and the docx library load on first use
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function day(year: number, month: number, date: number): string {
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

function fillMembers(db: Database.Database): string[] {
  const insert = db.prepare("INSERT INTO member (id, name, organisation, role, active_from, created_at, updated_at) VALUES (?, ?, 'Organisation', ?, '2020-01-01', ?, ?)");
  const roles = ['chair', 'coordinator', 'member', 'member', 'member', 'member', 'service_user_rep', 'service_user_rep', 'observer', 'member', 'member', 'member'];
  return roles.map((role, index) => {
    const memberId = id();
    insert.run(memberId, `Member ${String(index)}`, role, stamp, stamp);
    return memberId;
  });
}

function fillFigures(db: Database.Database, services: number, quarters: number): string[] {
  const batch = id();
  db.prepare("INSERT INTO import_batch (id, kind, file_name, file_sha256, row_count, imported_at) VALUES (?, 'quarterly', 'all-services.csv', ?, ?, ?)").run(batch, 'f'.repeat(64), services * quarters, stamp);
  const insertService = db.prepare("INSERT INTO service (id, name, name_key, provider, start_date, created_at, updated_at) VALUES (?, ?, ?, 'Provider', '2007-01-01', ?, ?)");
  const insertFigure = db.prepare(`INSERT INTO quarterly_figure (id, service_id, quarter, ${measures.join(', ')}, import_id, created_at, updated_at) VALUES (?, ?, ?, ${measures.map(() => '?').join(', ')}, ?, ?, ?)`);
  const serviceIds: string[] = [];
  for (let s = 0; s < services; s += 1) {
    const serviceId = id();
    serviceIds.push(serviceId);
    insertService.run(serviceId, `Service ${String(s)}`, serviceNameKey(`Service ${String(s)}`), stamp, stamp);
    for (let q = 0; q < quarters; q += 1) {
      const served = 20 + ((s * 7 + q * 3) % 30);
      const referrals = 5 + ((s + q) % 12);
      const engaged = Math.floor(referrals * 0.8);
      const jobStarts = Math.floor(engaged * 0.4);
      insertFigure.run(id(), serviceId, addQuarters(lastQuarter, -q), referrals, engaged, served, Math.floor(served * 0.4), jobStarts, Math.floor(jobStarts * 0.6), 2, 1, 1, 1, 1.5, batch, stamp, stamp);
    }
  }
  db.prepare("INSERT INTO target (id, year, service_id, referrals, engaged, job_starts, sustained_13w, created_at, updated_at) VALUES (?, 2026, NULL, 4000, 3200, 1300, 800, ?, ?)").run(id(), stamp, stamp);
  return serviceIds;
}

function fillFidelity(db: Database.Database, serviceIds: readonly string[]): void {
  const review = db.prepare("INSERT INTO fidelity_review (id, service_id, review_date, scale_version, reviewer_kind, recommendations, created_at, updated_at) VALUES (?, ?, ?, 'us2008', 'external', ?, ?, ?)");
  const score = db.prepare('INSERT INTO fidelity_score (review_id, item_id, score) VALUES (?, ?, ?)');
  const items = fidelityScale().items;
  serviceIds.forEach((serviceId, index) => {
    for (const [year, month] of [[2025, 3], [2026, 1 + (index % 12)]] as const) {
      const reviewId = id();
      review.run(reviewId, serviceId, day(year, month, 10 + (index % 15)), index % 3 === 0 ? 'More contact with employers.' : '', stamp, stamp);
      items.forEach((item, position) => score.run(reviewId, item.id, 2 + ((index + position + year) % 4)));
    }
  });
}

function fillBarriers(db: Database.Database, memberIds: readonly string[]): string[] {
  const { version, entries } = catalogue();
  const insert = db.prepare(
    `INSERT INTO barrier (id, catalogue_id, catalogue_version, custom_group, custom_level, name, local_wording, owner_id, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const assess = db.prepare("INSERT INTO barrier_assessment (id, barrier_id, review_date, severity, trend, created_at, updated_at) VALUES (?, ?, ?, ?, 'same', ?, ?)");
  const mitigate = db.prepare('INSERT INTO barrier_mitigation (id, barrier_id, text, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const barriers = [
    ...entries.map((entry) => ({ catalogueId: entry.id, name: entry.name.en })),
    ...Array.from({ length: 16 }, (_unused, index) => ({ catalogueId: null, name: `Local barrier ${String(index)}` })),
  ];
  return barriers.map((barrier, index) => {
    const barrierId = id();
    insert.run(
      barrierId,
      barrier.catalogueId,
      barrier.catalogueId === null ? null : version,
      barrier.catalogueId === null ? 'infrastructure' : null,
      barrier.catalogueId === null ? 'contextual' : null,
      barrier.name,
      index % 2 === 0 ? 'How it shows in the region, in the committee’s words.' : '',
      memberIds[index % memberIds.length] ?? null,
      index % 7 === 0 ? 'monitoring' : 'active',
      '2024-01-01T00:00:00.000Z',
      stamp,
    );
    for (let review = 0; review < 10; review += 1) assess.run(id(), barrierId, day(2024 + Math.floor(review / 4), 1 + (review % 4) * 3, 15), 1 + ((index + review) % 5), stamp, stamp);
    mitigate.run(id(), barrierId, 'Talk to the regional office about it.', index % 2 === 0 ? 'under_way' : 'planned', stamp, stamp);
    return barrierId;
  });
}

function fillVote(db: Database.Database, memberIds: readonly string[], barrierIds: readonly string[]): void {
  const roundId = id();
  db.prepare("INSERT INTO vote_round (id, title, held_on, dots_per_member, hidden_until_closed, show_user_group, status, closed_at, created_at, updated_at) VALUES (?, 'What first?', '2026-05-14', 3, 0, 1, 'closed', ?, ?, ?)").run(roundId, stamp, stamp, stamp);
  const item = db.prepare('INSERT INTO vote_item (id, round_id, barrier_id, position, created_at) VALUES (?, ?, ?, ?, ?)');
  const participant = db.prepare('INSERT INTO vote_participant (round_id, member_id) VALUES (?, ?)');
  const dot = db.prepare('INSERT INTO vote_dot (round_id, item_id, member_id, dots, cast_at) VALUES (?, ?, ?, ?, ?)');
  const itemIds = barrierIds.slice(0, 10).map((barrierId, position) => {
    const itemId = id();
    item.run(itemId, roundId, barrierId, position, stamp);
    return itemId;
  });
  memberIds.forEach((memberId, index) => {
    participant.run(roundId, memberId);
    const itemId = itemIds[index % itemIds.length];
    if (itemId !== undefined) dot.run(roundId, itemId, memberId, 3, stamp);
  });
}

function fillMeetings(db: Database.Database, memberIds: readonly string[], barrierIds: readonly string[]): string[] {
  const meeting = db.prepare("INSERT INTO meeting (id, held_on, kind, created_at, updated_at) VALUES (?, ?, 'regular', ?, ?)");
  const decision = db.prepare("INSERT INTO decision (id, year, number, meeting_id, wording, method, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'consensus', ?, ?)");
  const action = db.prepare('INSERT INTO action (id, title, owner_member_id, due_date, status, meeting_id, decision_id, barrier_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const statuses = ['open', 'in_progress', 'done', 'open'] as const;
  const numbers = new Map<number, number>();
  const decisionIds: string[] = [];
  for (let index = 0; index < 20; index += 1) {
    const year = 2022 + Math.floor(index / 4);
    const heldOn = day(year, 2 + (index % 4) * 3, 14);
    const meetingId = id();
    meeting.run(meetingId, heldOn, stamp, stamp);
    for (let d = 0; d < 3; d += 1) {
      const number = (numbers.get(year) ?? 0) + 1;
      numbers.set(year, number);
      const decisionId = id();
      decisionIds.push(decisionId);
      decision.run(decisionId, year, number, meetingId, `The committee agrees on point ${String(d + 1)} of meeting ${String(index + 1)}.`, stamp, stamp);
      for (let a = 0; a < 2; a += 1) {
        const status = statuses[(index + d + a) % statuses.length] ?? 'open';
        action.run(id(), `Follow up point ${String(d + 1)}.${String(a + 1)}`, memberIds[(index + a) % memberIds.length] ?? null, day(year, 3 + (index % 4) * 3, 28), status, meetingId, decisionId, barrierIds[(index + d) % barrierIds.length] ?? null, `${heldOn}T12:00:00.000Z`, `${heldOn}T12:00:00.000Z`);
      }
    }
  }
  return decisionIds;
}

function fillFeedback(db: Database.Database, memberIds: readonly string[], decisionIds: readonly string[]): void {
  const insert = db.prepare(
    `INSERT INTO feedback (id, text, contributor_kind, member_id, group_name, given_on, may_quote, status, response, not_taken_up_reason, responded_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare("INSERT INTO feedback_link (feedback_id, kind, ref) VALUES (?, 'decision', ?)");
  const statuses = ['received', 'discussed', 'acted_on', 'not_taken_up'] as const;
  for (let index = 0; index < 100; index += 1) {
    const kind = (['member', 'group', 'anonymous'] as const)[index % 3] ?? 'anonymous';
    const status = statuses[index % statuses.length] ?? 'received';
    const givenOn = day(2025 + Math.floor(index / 50), 1 + (index % 12), 1 + (index % 27));
    const feedbackId = id();
    insert.run(
      feedbackId,
      `What service user ${String(index)} told the committee, in their own words, about waiting, employers and benefits.`,
      kind,
      kind === 'member' ? (memberIds[6 + (index % 2)] ?? null) : null,
      kind === 'group' ? 'Regional user organisation' : null,
      givenOn,
      index % 4 === 0 ? 0 : 1,
      status,
      status === 'received' ? '' : 'The committee discussed it and asked the services to act.',
      status === 'not_taken_up' ? 'There is no budget for it this year.' : '',
      status === 'received' ? null : givenOn,
      // An anonymous entry keeps its day only (the schema insists).
      kind === 'anonymous' ? `${givenOn}T00:00:00.000Z` : stamp,
      kind === 'anonymous' ? `${givenOn}T00:00:00.000Z` : stamp,
    );
    const decisionId = decisionIds[index % decisionIds.length];
    if (status === 'acted_on' && decisionId !== undefined) link.run(feedbackId, decisionId);
  }
}

/** 100 services × 80 quarters, 50 barriers with ten reviews each, 20 meetings with decisions and actions, 100 feedback entries. */
function largeCommittee(path: string): Database.Database {
  const db = openWorkbenchDatabase(path);
  db.transaction(() => {
    createCommittee(db, { name: 'Benchmark committee', region: 'Synthetic region', language: 'en' });
    const memberIds = fillMembers(db);
    const serviceIds = fillFigures(db, 100, 80);
    fillFidelity(db, serviceIds);
    const barrierIds = fillBarriers(db, memberIds);
    fillVote(db, memberIds, barrierIds);
    const decisionIds = fillMeetings(db, memberIds, barrierIds);
    fillFeedback(db, memberIds, decisionIds);
  }).immediate();
  return db;
}

type Shape = { tables: number[][]; paragraphs: number };

/** How many tables (and how many cells in each of their rows) and paragraphs a generated document has. */
function shapeOf(bytes: Uint8Array): Shape {
  const document = docxParts(bytes).text('/word/document.xml');
  const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) => [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) => (row.match(/<w:tc>/g) ?? []).length));
  const outside = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return { tables, paragraphs: (outside.match(/<w:p[ >]/g) ?? []).length };
}

/** A document of the given shape from constant text: what the docx library needs to lay out and pack that much. */
async function packShape(shape: Shape): Promise<Uint8Array> {
  const write = wordParagraphs('en');
  const text = 'Constant text of about the length of a report sentence, with a figure or two: 26 referrals.';
  const children: FileChild[] = [
    ...Array.from({ length: shape.paragraphs }, () => write.paragraph(text)),
    ...shape.tables.map((rows) => {
      const columns = Array.from({ length: rows[0] ?? 1 }, () => ({ header: 'Header', weight: 1 }));
      return wordTable('en', columns, rows.slice(1).map((cells) => Array.from({ length: cells }, () => 'Cell 123')));
    }),
  ];
  return wordDocument({ language: 'en', title: 'Benchmark', children });
}

/** Loading and writing the report of one half-year for a committee of 100 services, against the docx library alone. */
export async function reportBench(): Promise<{ label: string; ours: number; limit: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-report-bench-'));
  try {
    const db = largeCommittee(join(dir, 'large.sqlite'));
    const options: ReportOptions = { language: 'en', sections: [...reportSections], foreword: 'A foreword.', comments: {}, showUserRepNames: true };
    const build = async () => buildReportDocx(loadReportData(db, period), options);
    const shape = shapeOf(await build());
    const ours = await time(3, build);
    const limit = await time(3, () => packShape(shape));
    db.close();
    return { label: 'twice-yearly report (load + Word), 100 services', ours, limit };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
