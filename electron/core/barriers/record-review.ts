import type Database from 'better-sqlite3';
import type { BarrierTrend } from '../domain/barrier-terms';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { checkReferences } from './check-references';

export type ReviewInput = { reviewDate: string; assessments: { barrierId: string; severity: number; trend: BarrierTrend; note: string }[] };

/**
 * One review of the register, normally at a meeting: each assessed barrier gets its severity, trend and
 * note for that date. Reviewing the same date again corrects that review; earlier reviews stay.
 */
export function recordReview(db: Database.Database, review: ReviewInput, actor: string | null): void {
  db.transaction(() => {
    checkReferences(db, { barrierIds: review.assessments.map((assessment) => assessment.barrierId) });
    const now = nowIso();
    const upsert = db.prepare(
      `INSERT INTO barrier_assessment (id, barrier_id, review_date, severity, trend, note, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (barrier_id, review_date) DO UPDATE SET severity = excluded.severity, trend = excluded.trend, note = excluded.note,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    );
    for (const assessment of review.assessments) {
      upsert.run(newId(), assessment.barrierId, review.reviewDate, assessment.severity, assessment.trend, assessment.note.trim(), now, now, actor, actor);
    }
  }).immediate();
}
