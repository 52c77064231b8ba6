import type Database from 'better-sqlite3';
import { z } from 'zod';
import { decisionLabel } from '../domain/decision-label';
import type { FeedbackStatusKey, ReportFeedback, ReportFeedbackEntry, ReportPeriod } from './report-data';

const feedbackRow = z.object({
  id: z.string(),
  text: z.string(),
  contributor_kind: z.enum(['member', 'group', 'anonymous']),
  member_name: z.string().nullable(),
  group_name: z.string().nullable(),
  given_on: z.string(),
  tags: z.string(),
  may_quote: z.number(),
  status: z.enum(['received', 'discussed', 'acted_on', 'not_taken_up']),
  response: z.string(),
  not_taken_up_reason: z.string(),
  responded_on: z.string().nullable(),
});

const linkRow = z.object({ kind: z.enum(['decision', 'action']), year: z.number().nullable(), number: z.number().nullable(), title: z.string().nullable() });

/** A decision as the committee cites it, an action by its title; null if the record is gone. */
function linkLabel(link: z.infer<typeof linkRow>): string | null {
  if (link.kind === 'action') return link.title;
  return link.year === null || link.number === null ? null : decisionLabel(link.year, link.number);
}

function tagsOf(json: string): string[] {
  const parsed = z.array(z.string()).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

/**
 * "You said, we did": feedback given or answered in the period, as it stood on the report's day (an answer
 * given later is not yet there). The words appear only where the contributor agreed to be quoted, and an
 * anonymous entry is never tied to a member, even if one is somehow stored beside it.
 */
export function loadReportFeedback(db: Database.Database, period: ReportPeriod): ReportFeedback {
  const rows = db
    .prepare(
      `SELECT f.id, f.text, f.contributor_kind, m.name AS member_name, f.group_name, f.given_on, f.tags, f.may_quote, f.status,
         f.response, f.not_taken_up_reason, f.responded_on
       FROM feedback f LEFT JOIN member m ON m.id = f.member_id AND f.contributor_kind = 'member'
       WHERE f.given_on <= @day AND (f.given_on BETWEEN @from AND @to OR f.responded_on BETWEEN @from AND @to)
       ORDER BY f.given_on, f.created_at`,
    )
    .all({ from: period.from, to: period.to, day: period.asOf })
    .map((row) => feedbackRow.parse(row));
  const links = db.prepare(
    `SELECT l.kind, d.year, d.number, a.title
     FROM feedback_link l
     LEFT JOIN decision d ON l.kind = 'decision' AND d.id = l.ref
     LEFT JOIN action a ON l.kind = 'action' AND a.id = l.ref
     WHERE l.feedback_id = ? AND l.kind IN ('decision', 'action') ORDER BY l.kind, d.year, d.number, a.title`,
  );
  const entries = rows.map((row): ReportFeedbackEntry => {
    const quotable = row.may_quote === 1;
    // An answer dated after the report's day did not exist on it.
    const answered = row.responded_on !== null && row.responded_on <= period.asOf;
    const name = row.contributor_kind === 'member' ? row.member_name : row.contributor_kind === 'group' ? row.group_name : null;
    return {
      id: row.id,
      givenOn: row.given_on,
      text: quotable ? row.text : null,
      quotable,
      contributor: { kind: row.contributor_kind, name },
      tags: tagsOf(row.tags),
      status: answered ? row.status : 'received',
      response: answered ? row.response : '',
      reason: answered ? row.not_taken_up_reason : '',
      respondedOn: answered ? row.responded_on : null,
      links: answered
        ? links
            .all(row.id)
            .map((link) => linkRow.parse(link))
            .flatMap((link) => {
              const label = linkLabel(link);
              return label === null ? [] : [{ kind: link.kind, label }];
            })
        : [],
    };
  });
  const counts: Record<FeedbackStatusKey, number> = { received: 0, discussed: 0, acted_on: 0, not_taken_up: 0 };
  for (const entry of entries) counts[entry.status] += 1;
  const waiting = Number(
    db.prepare('SELECT count(*) FROM feedback WHERE given_on <= @day AND (responded_on IS NULL OR responded_on > @day)').pluck().get({ day: period.asOf }),
  );
  return { entries, counts, total: entries.length, quotable: entries.filter((entry) => entry.quotable).length, waiting };
}
