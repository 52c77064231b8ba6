import type Database from 'better-sqlite3';
import { z } from 'zod';
import { decisionLabel } from '../domain/decision-label';
import { feedbackEditor } from './feedback-editor';
import { feedbackLinkKinds, feedbackStatuses } from './feedback-types';
import type { FeedbackContributor, FeedbackEntry, FeedbackFilter, FeedbackLinkView, FeedbackList, FeedbackStatus } from './feedback-types';

const entryRow = z.object({
  id: z.string(),
  text: z.string(),
  contributor_kind: z.enum(['member', 'group', 'anonymous']),
  member_id: z.string().nullable(),
  member_name: z.string().nullable(),
  group_name: z.string().nullable(),
  given_on: z.string(),
  tags: z.string(),
  may_quote: z.number(),
  transcribed: z.number(),
  status: z.enum(feedbackStatuses),
  response: z.string(),
  not_taken_up_reason: z.string(),
  response_meeting_id: z.string().nullable(),
  held_on: z.string().nullable(),
  responded_on: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  created_by: z.string().nullable(),
});

const linkRow = z.object({
  feedback_id: z.string(),
  kind: z.enum(feedbackLinkKinds),
  ref: z.string(),
  name: z.string().nullable(),
  year: z.number().nullable(),
  number: z.number().nullable(),
});

const tagList = z.array(z.string()).catch([]);

type Where = { sql: string; params: (string | number)[] };

/** The period and the quotable filter; the counts per status honour these and ignore the status filters. */
function scope(filter: FeedbackFilter): Where {
  const clauses = ['1 = 1'];
  const params: string[] = [];
  if (filter.from != null) {
    clauses.push('f.given_on >= ?');
    params.push(filter.from);
  }
  if (filter.to != null) {
    clauses.push('f.given_on <= ?');
    params.push(filter.to);
  }
  if (filter.quotableOnly === true) clauses.push('f.may_quote = 1');
  return { sql: clauses.join(' AND '), params };
}

function withStatus(where: Where, filter: FeedbackFilter): Where {
  if (filter.waitingOnly === true) return { sql: `${where.sql} AND f.status = 'received'`, params: where.params };
  if (filter.status != null) return { sql: `${where.sql} AND f.status = ?`, params: [...where.params, filter.status] };
  return where;
}

function contributorOf(row: z.infer<typeof entryRow>): { contributor: FeedbackContributor; name: string | null } {
  if (row.contributor_kind === 'member' && row.member_id !== null) return { contributor: { kind: 'member', memberId: row.member_id }, name: row.member_name };
  if (row.contributor_kind === 'group' && row.group_name !== null) return { contributor: { kind: 'group', groupName: row.group_name }, name: row.group_name };
  return { contributor: { kind: 'anonymous' }, name: null };
}

function linksOf(db: Database.Database, where: Where): Map<string, FeedbackLinkView[]> {
  const rows = db
    .prepare(
      `SELECT l.feedback_id, l.kind, l.ref, coalesce(b.name, s.name, a.title) AS name, d.year, d.number
       FROM feedback_link l
       LEFT JOIN barrier b ON l.kind = 'barrier' AND b.id = l.ref
       LEFT JOIN service s ON l.kind = 'service' AND s.id = l.ref
       LEFT JOIN action a ON l.kind = 'action' AND a.id = l.ref
       LEFT JOIN decision d ON l.kind = 'decision' AND d.id = l.ref
       WHERE l.feedback_id IN (SELECT f.id FROM feedback f WHERE ${where.sql})`,
    )
    .all(...where.params)
    .map((row) => linkRow.parse(row));
  const byEntry = new Map<string, FeedbackLinkView[]>();
  for (const row of rows) {
    const label = row.kind === 'quarter' ? row.ref : row.kind === 'decision' ? (row.year !== null && row.number !== null ? decisionLabel(row.year, row.number) : null) : row.name;
    const links = byEntry.get(row.feedback_id) ?? [];
    links.push({ kind: row.kind, ref: row.ref, label });
    byEntry.set(row.feedback_id, links);
  }
  const order = (link: FeedbackLinkView) => feedbackLinkKinds.indexOf(link.kind);
  for (const links of byEntry.values()) links.sort((a, b) => order(a) - order(b) || (a.label ?? '').localeCompare(b.label ?? ''));
  return byEntry;
}

/**
 * The "you said, we did" list: newest first, each entry with who gave it as they wished to be named,
 * what the committee answered and where, and whether the member working now may edit it.
 */
export function listFeedback(db: Database.Database, filter: FeedbackFilter, actor: string | null): FeedbackList {
  const inScope = scope(filter);
  const where = withStatus(inScope, filter);
  const mayEdit = feedbackEditor(db, actor);
  const links = linksOf(db, where);
  const entries: FeedbackEntry[] = db
    .prepare(
      `SELECT f.*, m.name AS member_name, mt.held_on
       FROM feedback f
       LEFT JOIN member m ON m.id = f.member_id
       LEFT JOIN meeting mt ON mt.id = f.response_meeting_id
       WHERE ${where.sql}
       ORDER BY f.given_on DESC, f.created_at DESC, f.id`,
    )
    .all(...where.params)
    .map((raw) => {
      const row = entryRow.parse(raw);
      const { contributor, name } = contributorOf(row);
      let tags: string[] = [];
      try {
        tags = tagList.parse(JSON.parse(row.tags));
      } catch {
        // The CHECK keeps tags a JSON array; should it ever not be, the entry still shows, without tags.
      }
      return {
        id: row.id,
        contributor,
        contributorName: name,
        text: row.text,
        givenOn: row.given_on,
        tags,
        links: links.get(row.id) ?? [],
        mayQuote: row.may_quote === 1,
        transcribed: row.transcribed === 1,
        status: row.status,
        response: row.response,
        reason: row.not_taken_up_reason,
        respondedOn: row.responded_on,
        meeting: row.response_meeting_id !== null && row.held_on !== null ? { id: row.response_meeting_id, heldOn: row.held_on } : null,
        canEdit: mayEdit({ contributorKind: row.contributor_kind, memberId: row.member_id, createdBy: row.created_by }),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    });
  const counts: Record<FeedbackStatus, number> = { received: 0, discussed: 0, acted_on: 0, not_taken_up: 0 };
  for (const row of db.prepare(`SELECT f.status, count(*) AS n FROM feedback f WHERE ${inScope.sql} GROUP BY f.status`).all(...inScope.params)) {
    const parsed = z.object({ status: z.enum(feedbackStatuses), n: z.number() }).parse(row);
    counts[parsed.status] = parsed.n;
  }
  return { entries, counts };
}
