import type Database from 'better-sqlite3';
import type { BarrierGroup } from '../domain/barrier-terms';
import type { Language } from '../domain/languages';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { translate } from '../../shared/translate';
import { UserError } from '../api/user-error';
import { fidelityScale } from './fidelity-scale';
import { listReviews } from './list-reviews';

const groupOfSection: Record<string, BarrierGroup> = { staffing: 'workforce', organisation: 'integration', services: 'workforce' };

/**
 * A low-rated item becomes a barrier in the register in one step, with the review it came from, so the
 * committee follows it up like any other barrier. Doing it twice for the same item returns the first one.
 */
export function fidelityItemToBarrier(db: Database.Database, reviewId: string, itemId: string, language: Language, actor: string | null): string {
  return db.transaction(() => {
    const review = listReviews(db, { id: reviewId })[0];
    if (review === undefined) throw new UserError('fidelity_review_not_found', {}, 'reviewId');
    const item = fidelityScale().items.find((candidate) => candidate.id === itemId);
    if (item === undefined) throw new UserError('fidelity_item_unknown_id', { item: itemId }, 'itemId');
    const existing: unknown = db.prepare('SELECT id FROM barrier WHERE fidelity_review_id = ? AND fidelity_item = ? AND archived_at IS NULL').pluck().get(reviewId, itemId);
    if (typeof existing === 'string') return existing;
    const entry = review.scores[itemId];
    const id = newId();
    const now = nowIso();
    const localWording = translate(language, 'fidelity.barrierWording', { service: review.serviceName, date: review.reviewDate, score: entry?.score ?? '–', note: entry?.note ?? '' }).trim();
    db.prepare(
      `INSERT INTO barrier (id, custom_group, custom_level, name, description, local_wording, owner_id, status, fidelity_review_id, fidelity_item, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, 'organisational', ?, ?, ?, NULL, 'active', ?, ?, ?, ?, ?, ?)`,
    ).run(id, groupOfSection[item.section] ?? 'workforce', translate(language, 'fidelity.barrierName', { item: item.name[language] }), item.definition[language], localWording, reviewId, itemId, now, now, actor, actor);
    db.prepare('INSERT INTO barrier_service (barrier_id, service_id) VALUES (?, ?)').run(id, review.serviceId);
    return id;
  }).immediate();
}
