import type Database from 'better-sqlite3';
import { rowFields, text } from '../db/row-fields';
import { reviewerKinds, scaleVersions, type ReviewerKind, type ScaleVersion } from '../domain/fidelity-terms';
import { fidelityScale } from './fidelity-scale';
import type { ScoreEntry } from './read-fidelity-scores';
import { scoreReview, type ReviewScore } from './score-review';

export type FidelityReview = {
  id: string;
  serviceId: string;
  serviceName: string;
  reviewDate: string;
  scaleVersion: ScaleVersion;
  reviewerKind: ReviewerKind;
  reviewers: string;
  recommendations: string;
  scores: Record<string, ScoreEntry>;
  result: ReviewScore;
};

/** Every review (or one service's, or one), oldest first, with its total and band computed from its scores. */
export function listReviews(db: Database.Database, filter: { serviceId?: string; id?: string } = {}): FidelityReview[] {
  const scale = fidelityScale();
  const rows = db
    .prepare(
      `SELECT r.*, s.name AS service_name FROM fidelity_review r JOIN service s ON s.id = r.service_id
       WHERE (@serviceId IS NULL OR r.service_id = @serviceId) AND (@id IS NULL OR r.id = @id) ORDER BY r.review_date, s.name`,
    )
    .all({ serviceId: filter.serviceId ?? null, id: filter.id ?? null });
  const scoresOf = db.prepare('SELECT item_id, score, note FROM fidelity_score WHERE review_id = ?');
  return rows.map((row) => {
    const fields = rowFields(row);
    const id = text(fields.get('id'));
    const scores: Record<string, ScoreEntry> = {};
    for (const scoreRow of scoresOf.all(id)) {
      const score = rowFields(scoreRow);
      const value = score.get('score');
      scores[text(score.get('item_id'))] = { score: typeof value === 'number' ? value : null, note: text(score.get('note')) };
    }
    return {
      id,
      serviceId: text(fields.get('service_id')),
      serviceName: text(fields.get('service_name')),
      reviewDate: text(fields.get('review_date')),
      scaleVersion: scaleVersions.find((version) => version === fields.get('scale_version')) ?? 'us2008',
      reviewerKind: reviewerKinds.find((kind) => kind === fields.get('reviewer_kind')) ?? 'internal',
      reviewers: text(fields.get('reviewers')),
      recommendations: text(fields.get('recommendations')),
      scores,
      result: scoreReview(scale, new Map(Object.entries(scores).map(([item, entry]) => [item, entry.score]))),
    };
  });
}
