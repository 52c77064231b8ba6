import type Database from 'better-sqlite3';
import { z } from 'zod';
import { decisionLabel } from '../domain/decision-label';
import { isOverdue } from '../domain/is-overdue';
import { actionStatuses } from '../domain/meeting-terms';
import type { Action, ActionProgress } from './meeting-types';

const actionRow = z.object({
  id: z.string(),
  title: z.string(),
  owner_member_id: z.string().nullable(),
  owner_organisation: z.string(),
  owner_name: z.string().nullable(),
  due_date: z.string(),
  status: z.enum(actionStatuses),
  drop_reason: z.string(),
  meeting_id: z.string().nullable(),
  held_on: z.string().nullable(),
  agenda_item_id: z.string().nullable(),
  decision_id: z.string().nullable(),
  decision_year: z.number().nullable(),
  decision_number: z.number().nullable(),
  barrier_id: z.string().nullable(),
  barrier_name: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

const progressRow = z.object({ id: z.string(), noted_on: z.string(), note: z.string(), status: z.enum(actionStatuses), meeting_id: z.string().nullable() });

export type ActionFilter = {
  id?: string;
  meetingId?: string;
  ownerMemberId?: string;
  ownerOrganisation?: string;
  status?: (typeof actionStatuses)[number] | 'overdue' | 'unfinished';
  dueBefore?: string;
  barrierId?: string;
  decisionId?: string;
};

/** Actions with their owner and what they serve resolved to names, overdue judged against `today`. */
export function readActions(db: Database.Database, filter: ActionFilter, today: string): Action[] {
  const rows = db
    .prepare(
      `SELECT a.*, m.held_on, o.name AS owner_name, d.year AS decision_year, d.number AS decision_number, b.name AS barrier_name
       FROM action a
       LEFT JOIN meeting m ON m.id = a.meeting_id
       LEFT JOIN member o ON o.id = a.owner_member_id
       LEFT JOIN decision d ON d.id = a.decision_id
       LEFT JOIN barrier b ON b.id = a.barrier_id
       WHERE (@id IS NULL OR a.id = @id) AND (@meetingId IS NULL OR a.meeting_id = @meetingId)
         AND (@owner IS NULL OR a.owner_member_id = @owner) AND (@organisation IS NULL OR a.owner_organisation = @organisation)
         AND (@status IS NULL OR a.status = @status
              OR (@status = 'unfinished' AND a.status IN ('open', 'in_progress'))
              OR (@status = 'overdue' AND a.status IN ('open', 'in_progress') AND a.due_date < @today))
         AND (@dueBefore IS NULL OR a.due_date <= @dueBefore) AND (@barrierId IS NULL OR a.barrier_id = @barrierId)
         AND (@decisionId IS NULL OR a.decision_id = @decisionId)
       ORDER BY a.status IN ('done', 'dropped'), a.due_date, a.title`,
    )
    .all({
      id: filter.id ?? null,
      meetingId: filter.meetingId ?? null,
      owner: filter.ownerMemberId ?? null,
      organisation: filter.ownerOrganisation ?? null,
      status: filter.status ?? null,
      dueBefore: filter.dueBefore ?? null,
      barrierId: filter.barrierId ?? null,
      decisionId: filter.decisionId ?? null,
      today,
    })
    .map((row) => actionRow.parse(row));
  const progress = db.prepare('SELECT id, noted_on, note, status, meeting_id FROM action_progress WHERE action_id = ? ORDER BY noted_on, created_at');
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    ownerMemberId: row.owner_member_id,
    ownerOrganisation: row.owner_organisation,
    ownerName: row.owner_name ?? row.owner_organisation,
    dueDate: row.due_date,
    status: row.status,
    dropReason: row.drop_reason,
    overdue: isOverdue(row.status, row.due_date, today),
    meetingId: row.meeting_id,
    meetingDate: row.held_on,
    agendaItemId: row.agenda_item_id,
    decisionId: row.decision_id,
    decisionLabel: row.decision_year === null || row.decision_number === null ? null : decisionLabel(row.decision_year, row.decision_number),
    barrierId: row.barrier_id,
    barrierName: row.barrier_name,
    progress: progress
      .all(row.id)
      .map((item) => progressRow.parse(item))
      .map((item): ActionProgress => ({ id: item.id, notedOn: item.noted_on, note: item.note, status: item.status, meetingId: item.meeting_id })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}
