import type Database from 'better-sqlite3';
import { z } from 'zod';
import { decisionLabel } from '../domain/decision-label';
import { isOverdue } from '../domain/is-overdue';
import type { ReportAction, ReportActions, ReportPeriod } from './report-data';

const actionStatus = z.enum(['open', 'in_progress', 'done', 'dropped']);

const actionRow = z.object({
  id: z.string(),
  title: z.string(),
  owner_name: z.string().nullable(),
  owner_organisation: z.string(),
  due_date: z.string(),
  status: actionStatus,
  held_on: z.string().nullable(),
  created_day: z.string(),
  updated_day: z.string(),
  decision_year: z.number().nullable(),
  decision_number: z.number().nullable(),
  barrier_name: z.string().nullable(),
  done_on: z.string().nullable(),
});

const progressRow = z.object({ action_id: z.string(), noted_on: z.string(), status: actionStatus });

type Row = z.infer<typeof actionRow>;

/** The action as the report shows it: its status and overdue flag as of today, since that is what readers act on. */
function toReportAction(row: Row, today: string): ReportAction {
  return {
    id: row.id,
    title: row.title,
    ownerName: row.owner_name ?? row.owner_organisation,
    dueDate: row.due_date,
    status: row.status,
    overdue: isOverdue(row.status, row.due_date, today),
    meetingDate: row.held_on,
    decisionLabel: row.decision_year === null || row.decision_number === null ? null : decisionLabel(row.decision_year, row.decision_number),
    barrierName: row.barrier_name,
    completedOn: completedOn(row),
  };
}

/** Marked done in a progress note, or else when the record last changed. */
function completedOn(row: Row): string | null {
  return row.status === 'done' ? (row.done_on ?? row.updated_day) : null;
}

/**
 * Was it still to be done at the end of the period? Its progress notes say so where it has any up to
 * then; otherwise an action finished (or dropped) after the end was still open at it.
 */
function openAt(row: Row, progress: readonly z.infer<typeof progressRow>[], day: string): boolean {
  const noted = progress.filter((item) => item.action_id === row.id && item.noted_on <= day).at(-1);
  if (noted !== undefined) return noted.status === 'open' || noted.status === 'in_progress';
  if (row.status === 'open' || row.status === 'in_progress') return true;
  return (completedOn(row) ?? row.updated_day) > day;
}

/** Actions agreed in the period, those finished in it, and what was still open at its end. */
export function loadReportActions(db: Database.Database, period: ReportPeriod): ReportActions & { openAtEnd: ReportAction[] } {
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.owner_organisation, a.due_date, a.status, o.name AS owner_name, m.held_on,
         substr(a.created_at, 1, 10) AS created_day, substr(a.updated_at, 1, 10) AS updated_day,
         d.year AS decision_year, d.number AS decision_number, b.name AS barrier_name,
         (SELECT max(p.noted_on) FROM action_progress p WHERE p.action_id = a.id AND p.status = 'done') AS done_on
       FROM action a
       LEFT JOIN member o ON o.id = a.owner_member_id
       LEFT JOIN meeting m ON m.id = a.meeting_id
       LEFT JOIN decision d ON d.id = a.decision_id
       LEFT JOIN barrier b ON b.id = a.barrier_id
       ORDER BY a.due_date, a.title`,
    )
    .all()
    .map((row) => actionRow.parse(row));
  const progress = db
    .prepare('SELECT action_id, noted_on, status FROM action_progress ORDER BY noted_on, created_at')
    .all()
    .map((row) => progressRow.parse(row));
  const agreedOn = (row: Row) => row.held_on ?? row.created_day;
  const inPeriod = (day: string | null) => day !== null && day >= period.from && day <= period.to;
  const openAtEnd = rows.filter((row) => agreedOn(row) <= period.to && openAt(row, progress, period.to)).map((row) => toReportAction(row, period.today));
  return {
    agreed: rows.filter((row) => inPeriod(agreedOn(row))).map((row) => toReportAction(row, period.today)),
    completedInPeriod: rows.filter((row) => inPeriod(completedOn(row))).length,
    overdue: openAtEnd.filter((action) => action.overdue).length,
    openAtEnd,
  };
}
