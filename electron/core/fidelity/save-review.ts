import type Database from 'better-sqlite3';
import type { ReviewerKind, ScaleVersion } from '../domain/fidelity-terms';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { UserError } from '../api/user-error';
import { fidelityScale } from './fidelity-scale';
import type { ScoreEntry } from './read-fidelity-scores';

export type ReviewFields = {
  serviceId: string;
  reviewDate: string;
  scaleVersion: ScaleVersion;
  reviewerKind: ReviewerKind;
  reviewers: string;
  recommendations: string;
  scores: Record<string, ScoreEntry>;
};

/** Stores a new review (no id) or replaces one; items not rated are kept as not rated, never as 0. */
export function saveReview(db: Database.Database, review: ReviewFields & { id?: string }, actor: string | null): string {
  const scale = fidelityScale();
  if (review.scaleVersion === 'ips_y') throw new UserError('scale_version_unavailable', {}, 'scaleVersion');
  const known = new Set(scale.items.map((item) => item.id));
  for (const [itemId, entry] of Object.entries(review.scores)) {
    if (!known.has(itemId)) throw new UserError('fidelity_item_unknown_id', { item: itemId }, `scores.${itemId}`);
    if (entry.score !== null && (!Number.isInteger(entry.score) || entry.score < 1 || entry.score > 5)) throw new UserError('fidelity_score_out_of_range', { item: itemId }, `scores.${itemId}`);
  }
  return db.transaction(() => {
    if (db.prepare('SELECT 1 FROM service WHERE id = ?').get(review.serviceId) === undefined) throw new UserError('service_not_found', {}, 'serviceId');
    const clash: unknown = db.prepare('SELECT id FROM fidelity_review WHERE service_id = ? AND review_date = ?').pluck().get(review.serviceId, review.reviewDate);
    if (typeof clash === 'string' && clash !== review.id) throw new UserError('fidelity_review_exists', { date: review.reviewDate }, 'reviewDate');
    const now = nowIso();
    let id = review.id;
    if (id === undefined) {
      id = newId();
      db.prepare(
        `INSERT INTO fidelity_review (id, service_id, review_date, scale_version, reviewer_kind, reviewers, recommendations, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, review.serviceId, review.reviewDate, review.scaleVersion, review.reviewerKind, review.reviewers.trim(), review.recommendations.trim(), now, now, actor, actor);
    } else {
      const result = db
        .prepare('UPDATE fidelity_review SET service_id = ?, review_date = ?, scale_version = ?, reviewer_kind = ?, reviewers = ?, recommendations = ?, updated_at = ?, updated_by = ? WHERE id = ?')
        .run(review.serviceId, review.reviewDate, review.scaleVersion, review.reviewerKind, review.reviewers.trim(), review.recommendations.trim(), now, actor, id);
      if (result.changes === 0) throw new UserError('fidelity_review_not_found', {}, 'id');
      db.prepare('DELETE FROM fidelity_score WHERE review_id = ?').run(id);
    }
    const insert = db.prepare('INSERT INTO fidelity_score (review_id, item_id, score, note) VALUES (?, ?, ?, ?)');
    for (const item of scale.items) {
      const entry = review.scores[item.id];
      if (entry !== undefined && (entry.score !== null || entry.note.trim() !== '')) insert.run(id, item.id, entry.score, entry.note.trim());
    }
    return id;
  }).immediate();
}
