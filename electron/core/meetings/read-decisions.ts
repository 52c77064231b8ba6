import type Database from 'better-sqlite3';
import { z } from 'zod';
import { decisionLabel } from '../domain/decision-label';
import { decisionChangeKinds, decisionLinkKinds, decisionMethods } from '../domain/meeting-terms';
import { addressForms } from '../domain/address-forms';
import type { Decision, DecisionRef } from './meeting-types';

const decisionRow = z.object({
  id: z.string(),
  year: z.number(),
  number: z.number(),
  meeting_id: z.string(),
  held_on: z.string(),
  agenda_item_id: z.string().nullable(),
  wording: z.string(),
  rationale: z.string(),
  method: z.enum(decisionMethods),
  votes_for: z.number().nullable(),
  votes_against: z.number().nullable(),
  votes_abstain: z.number().nullable(),
  user_rep_position: z.string(),
  changes_decision_id: z.string().nullable(),
  change_kind: z.enum(decisionChangeKinds).nullable(),
  changed_year: z.number().nullable(),
  changed_number: z.number().nullable(),
  changed_held_on: z.string().nullable(),
  version: z.number(),
});

const dissentRow = z.object({ member_id: z.string(), name: z.string(), words: z.string(), address_form: z.enum(addressForms) });
const linkRow = z.object({ kind: z.enum(decisionLinkKinds), ref: z.string(), label: z.string().nullable() });
const versionRow = z.object({ version: z.number(), wording: z.string(), rationale: z.string(), approved: z.number(), saved_at: z.string() });
const laterRow = z.object({ id: z.string(), year: z.number(), number: z.number(), change_kind: z.enum(decisionChangeKinds), held_on: z.string() });

export type DecisionFilter = { meetingId?: string; year?: number; id?: string; from?: string; to?: string };

/** Decisions with everything a reader needs to cite them: number, how reached, dissent, what changed them. */
export function readDecisions(db: Database.Database, filter: DecisionFilter = {}): Decision[] {
  const rows = db
    .prepare(
      `SELECT d.*, m.held_on, c.year AS changed_year, c.number AS changed_number, cm.held_on AS changed_held_on
       FROM decision d JOIN meeting m ON m.id = d.meeting_id
       LEFT JOIN decision c ON c.id = d.changes_decision_id LEFT JOIN meeting cm ON cm.id = c.meeting_id
       WHERE (@meetingId IS NULL OR d.meeting_id = @meetingId) AND (@year IS NULL OR d.year = @year) AND (@id IS NULL OR d.id = @id)
         AND (@from IS NULL OR m.held_on >= @from) AND (@to IS NULL OR m.held_on <= @to)
       ORDER BY d.year, d.number`,
    )
    .all({ meetingId: filter.meetingId ?? null, year: filter.year ?? null, id: filter.id ?? null, from: filter.from ?? null, to: filter.to ?? null })
    .map((row) => decisionRow.parse(row));
  const dissent = db.prepare('SELECT x.member_id, m.name, x.words, m.address_form FROM decision_dissent x JOIN member m ON m.id = x.member_id WHERE x.decision_id = ? ORDER BY m.name');
  const links = db.prepare(
    `SELECT l.kind, l.ref, CASE l.kind
        WHEN 'barrier' THEN (SELECT name FROM barrier WHERE id = l.ref)
        WHEN 'service' THEN (SELECT name FROM service WHERE id = l.ref)
        WHEN 'feedback' THEN (SELECT substr(text, 1, 80) FROM feedback WHERE id = l.ref)
        ELSE l.ref END AS label
     FROM decision_link l WHERE l.decision_id = ? ORDER BY l.kind, label`,
  );
  const versions = db.prepare('SELECT version, wording, rationale, approved, saved_at FROM decision_version WHERE decision_id = ? ORDER BY version');
  const later = db.prepare('SELECT d.id, d.year, d.number, d.change_kind, m.held_on FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE d.changes_decision_id = ? ORDER BY d.year, d.number');
  return rows.map((row): Decision => {
    const changes: DecisionRef | null =
      row.changes_decision_id === null || row.change_kind === null || row.changed_year === null || row.changed_number === null || row.changed_held_on === null
        ? null
        : { kind: row.change_kind, decisionId: row.changes_decision_id, label: decisionLabel(row.changed_year, row.changed_number), meetingDate: row.changed_held_on };
    return {
      id: row.id,
      label: decisionLabel(row.year, row.number),
      year: row.year,
      number: row.number,
      meetingId: row.meeting_id,
      meetingDate: row.held_on,
      agendaItemId: row.agenda_item_id,
      wording: row.wording,
      rationale: row.rationale,
      method: row.method,
      votes: row.votes_for === null || row.votes_against === null || row.votes_abstain === null ? null : { for: row.votes_for, against: row.votes_against, abstain: row.votes_abstain },
      userRepPosition: row.user_rep_position,
      dissent: dissent.all(row.id).map((item) => dissentRow.parse(item)).map((item) => ({ memberId: item.member_id, name: item.name, words: item.words, addressForm: item.address_form })),
      links: links.all(row.id).map((item) => linkRow.parse(item)).map((item) => ({ kind: item.kind, ref: item.ref, label: item.label ?? item.ref })),
      changes,
      changedBy: later
        .all(row.id)
        .map((item) => laterRow.parse(item))
        .map((item) => ({ kind: item.change_kind, decisionId: item.id, label: decisionLabel(item.year, item.number), meetingDate: item.held_on })),
      version: row.version,
      versions: versions
        .all(row.id)
        .map((item) => versionRow.parse(item))
        .map((item) => ({ version: item.version, wording: item.wording, rationale: item.rationale, approved: item.approved === 1, savedAt: item.saved_at })),
    };
  });
}
