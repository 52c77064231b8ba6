import type Database from 'better-sqlite3';
import { z } from 'zod';
import { decisionLabel } from '../domain/decision-label';
import type { ReportDecision, ReportPeriod } from './report-data';

const changeKind = z.enum(['amends', 'revokes']);

const decisionRow = z.object({
  id: z.string(),
  year: z.number(),
  number: z.number(),
  held_on: z.string(),
  wording: z.string(),
  method: z.enum(['consensus', 'vote']),
  votes_for: z.number().nullable(),
  votes_against: z.number().nullable(),
  votes_abstain: z.number().nullable(),
  user_rep_position: z.string(),
  change_kind: changeKind.nullable(),
  changed_year: z.number().nullable(),
  changed_number: z.number().nullable(),
  dissent_count: z.number(),
});

const laterRow = z.object({ year: z.number(), number: z.number(), change_kind: changeKind });

/** Decisions taken at meetings held in the period, cited as the committee cites them (2026/07). */
export function loadReportDecisions(db: Database.Database, period: ReportPeriod): ReportDecision[] {
  const rows = db
    .prepare(
      `SELECT d.*, m.held_on, c.year AS changed_year, c.number AS changed_number,
         (SELECT count(*) FROM decision_dissent x WHERE x.decision_id = d.id) AS dissent_count
       FROM decision d JOIN meeting m ON m.id = d.meeting_id LEFT JOIN decision c ON c.id = d.changes_decision_id
       WHERE m.held_on BETWEEN @from AND @to ORDER BY d.year, d.number`,
    )
    .all({ from: period.from, to: period.to })
    .map((row) => decisionRow.parse(row));
  // Only what had changed a decision by the end of the period: the report describes the period, not today.
  const later = db.prepare(
    `SELECT d.year, d.number, d.change_kind FROM decision d JOIN meeting m ON m.id = d.meeting_id
     WHERE d.changes_decision_id = ? AND m.held_on <= ? ORDER BY d.year, d.number`,
  );
  return rows.map((row) => ({
    id: row.id,
    label: decisionLabel(row.year, row.number),
    meetingDate: row.held_on,
    wording: row.wording,
    method: row.method,
    votes: row.votes_for === null || row.votes_against === null || row.votes_abstain === null ? null : { for: row.votes_for, against: row.votes_against, abstain: row.votes_abstain },
    changes: row.change_kind === null || row.changed_year === null || row.changed_number === null ? null : { kind: row.change_kind, label: decisionLabel(row.changed_year, row.changed_number) },
    changedBy: later
      .all(row.id, period.to)
      .map((item) => laterRow.parse(item))
      .map((item) => ({ kind: item.change_kind, label: decisionLabel(item.year, item.number) })),
    dissentCount: row.dissent_count,
    userRepPosition: row.user_rep_position,
  }));
}
