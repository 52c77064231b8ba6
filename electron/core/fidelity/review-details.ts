import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { rowFields } from '../db/row-fields';
import { listReviews, type FidelityReview } from './list-reviews';
import { reviewComparison, type ItemMove } from './review-comparison';

export type FidelityReviewDetails = {
  review: FidelityReview;
  previous: FidelityReview | null;
  moved: ItemMove[];
  lowest: { itemId: string; score: number }[];
  barriers: { itemId: string; barrierId: string }[];
};

/** A review with the previous one of the same service, what moved, its lowest items and the barriers made from them. */
export function fidelityReviewDetails(db: Database.Database, id: string): FidelityReviewDetails {
  const review = listReviews(db, { id })[0];
  if (review === undefined) throw new UserError('fidelity_review_not_found', {}, 'id');
  const previous = listReviews(db, { serviceId: review.serviceId })
    .filter((other) => other.reviewDate < review.reviewDate)
    .at(-1);
  const barriers = db
    .prepare('SELECT id, fidelity_item FROM barrier WHERE fidelity_review_id = ? AND archived_at IS NULL')
    .all(id)
    .map((row) => {
      const fields = rowFields(row);
      return { itemId: String(fields.get('fidelity_item')), barrierId: String(fields.get('id')) };
    });
  return { review, previous: previous ?? null, ...reviewComparison(review, previous), barriers };
}
