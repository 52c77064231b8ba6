import type Database from 'better-sqlite3';
import { z } from 'zod';

const dueRow = z.object({ id: z.string(), name: z.string(), last_reviewed: z.string().nullable() });

/**
 * Barriers the committee should look at again: still active or monitored, and not assessed in the
 * quarter before `onDate` (or never). A quarterly committee then sees each barrier at least once a round.
 */
export function barriersDue(db: Database.Database, onDate: string): { id: string; name: string; lastReviewed: string | null }[] {
  return db
    .prepare(
      `SELECT b.id, b.name, (SELECT max(review_date) FROM barrier_assessment a WHERE a.barrier_id = b.id AND a.review_date <= @onDate) AS last_reviewed
       FROM barrier b WHERE b.archived_at IS NULL AND b.status IN ('active', 'monitoring')
       AND coalesce((SELECT max(review_date) FROM barrier_assessment a WHERE a.barrier_id = b.id AND a.review_date <= @onDate), '') < date(@onDate, '-3 months')
       ORDER BY last_reviewed IS NOT NULL, last_reviewed, b.name`,
    )
    .all({ onDate })
    .map((row) => dueRow.parse(row))
    .map((row) => ({ id: row.id, name: row.name, lastReviewed: row.last_reviewed }));
}
