import { describe, expect, it } from 'vitest';
import { fidelityScale } from '../../electron/core/fidelity/fidelity-scale';
import { scoreReview } from '../../electron/core/fidelity/score-review';
import { saveReview, type ReviewFields } from '../../electron/core/fidelity/save-review';
import { listReviews } from '../../electron/core/fidelity/list-reviews';
import { readFidelityFile } from '../../electron/core/fidelity/read-fidelity-file';
import { reviewComparison } from '../../electron/core/fidelity/review-comparison';
import { fidelityItemToBarrier } from '../../electron/core/fidelity/item-to-barrier';
import { listRegister } from '../../electron/core/barriers/list-register';
import { saveService } from '../../electron/core/committee/save-service';
import { UserError } from '../../electron/core/api/user-error';
import { formatIssue } from '../../electron/cli/format-issue';
import { runCli } from '../../electron/cli/run-cli';
import { committeeDb } from '../helpers/committee-db';
import { fixture, fixturePath } from '../helpers/fixture';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const scale = fidelityScale();

function allItems(score: number | ((index: number) => number)): Map<string, number | null> {
  return new Map(scale.items.map((item, index) => [item.id, typeof score === 'number' ? score : score(index)]));
}

describe('fidelity totals and bands', () => {
  it('has the 25 items of the IPS-25 scale in three sections, with anchors in both languages', () => {
    expect(scale.items).toHaveLength(25);
    expect(scale.items.filter((item) => item.section === 'staffing')).toHaveLength(3);
    expect(scale.items.filter((item) => item.section === 'organisation')).toHaveLength(8);
    expect(scale.items.filter((item) => item.section === 'services')).toHaveLength(14);
  });

  it.each([
    [5, 125, 'exemplary'],
    [(index: number) => (index < 15 ? 5 : 4), 115, 'exemplary'],
    [(index: number) => (index < 14 ? 5 : 4), 114, 'good'],
    [4, 100, 'good'],
    [(index: number) => (index < 24 ? 4 : 3), 99, 'fair'],
    [3, 75, 'fair'],
    [(index: number) => (index < 24 ? 3 : 2), 74, 'fair'],
    [(index: number) => (index < 23 ? 3 : 2), 73, 'not_supported_employment'],
    [1, 25, 'not_supported_employment'],
  ] as const)('scores %#: total %d is %s', (score, total, band) => {
    expect(scoreReview(scale, allItems(score))).toMatchObject({ total, complete: true, band, rated: 25 });
  });

  it('gives an incomplete review its partial total but no band', () => {
    const scores = allItems(5);
    scores.set('services-14', null);
    expect(scoreReview(scale, scores)).toEqual({ total: 120, rated: 24, itemCount: 25, complete: false, band: null });
    scores.delete('services-13');
    expect(scoreReview(scale, scores)).toMatchObject({ total: 115, rated: 23, complete: false, band: null });
  });
});

describe('fidelity reviews', () => {
  function setUp() {
    const { db, coordinatorId } = committeeDb();
    const serviceId = saveService(db, { name: 'Hradec Králové', provider: 'CDZ', startDate: '2025-01-01' }, coordinatorId);
    const review = (date: string, score: number, extra: Partial<ReviewFields> = {}): ReviewFields => ({
      serviceId,
      reviewDate: date,
      scaleVersion: 'us2008',
      reviewerKind: 'external',
      reviewers: 'A. Reviewer',
      recommendations: '',
      scores: Object.fromEntries(scale.items.map((item) => [item.id, { score, note: '' }])),
      ...extra,
    });
    return { db, coordinatorId, serviceId, review };
  }

  it('refuses a second review of the same service on the same date, scores outside 1–5 and unknown items', () => {
    const { db, coordinatorId, review } = setUp();
    saveReview(db, review('2026-03-01', 3), coordinatorId);
    const code = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return error instanceof UserError ? `${error.code} ${error.field ?? ''}` : String(error);
      }
      return 'no error';
    };
    expect(code(() => saveReview(db, review('2026-03-01', 4), coordinatorId))).toBe('fidelity_review_exists reviewDate');
    expect(code(() => saveReview(db, review('2026-04-01', 3, { scores: { 'staffing-1': { score: 6, note: '' } } }), coordinatorId))).toBe('fidelity_score_out_of_range scores.staffing-1');
    expect(code(() => saveReview(db, review('2026-04-01', 3, { scores: { 'staffing-9': { score: 3, note: '' } } }), coordinatorId))).toBe('fidelity_item_unknown_id scores.staffing-9');
    expect(code(() => saveReview(db, review('2026-04-01', 3, { scaleVersion: 'ips_y' }), coordinatorId))).toBe('scale_version_unavailable scaleVersion');
    expect(listReviews(db)).toHaveLength(1);
  });

  it('shows what moved since the previous review and the lowest items', () => {
    const { db, coordinatorId, review } = setUp();
    saveReview(db, review('2025-06-01', 3), coordinatorId);
    const later = review('2026-06-01', 4);
    later.scores['services-1'] = { score: 2, note: 'no benefits training' };
    saveReview(db, later, coordinatorId);
    const [first, second] = listReviews(db);
    if (first === undefined || second === undefined) throw new Error('two reviews');
    expect(second.result).toMatchObject({ total: 4 * 24 + 2, band: 'fair' });
    const comparison = reviewComparison(second, first);
    expect(comparison.moved).toHaveLength(25);
    expect(comparison.moved.find((move) => move.itemId === 'services-1')).toEqual({ itemId: 'services-1', before: 3, after: 2 });
    expect(comparison.lowest).toEqual([{ itemId: 'services-1', score: 2 }]);
  });

  it('turns a low item into a barrier in one step, once', () => {
    const { db, coordinatorId, review } = setUp();
    const reviewId = saveReview(db, review('2026-06-01', 2), coordinatorId);
    const barrierId = fidelityItemToBarrier(db, reviewId, 'services-1', 'en', coordinatorId);
    expect(fidelityItemToBarrier(db, reviewId, 'services-1', 'en', coordinatorId)).toBe(barrierId);
    const entry = listRegister(db)[0];
    expect(entry?.name).toBe(`Low fidelity: ${scale.items.find((item) => item.id === 'services-1')?.name.en ?? ''}`);
    expect(entry?.localWording).toContain('Rated 2 of 5');
    expect(entry?.serviceIds).toHaveLength(1);
  });

  it('reads an item, score, note file and points out every mistake in it', () => {
    const good = readFidelityFile(fixture('fidelity-review.csv'));
    expect(good.errors).toEqual([]);
    expect(good.scores.size).toBe(25);
    expect(good.scores.get('services-6')).toEqual({ score: 2, note: 'few employer contacts' });
    const broken = readFidelityFile(fixture('fidelity-broken.csv'));
    expect(broken.errors.map(formatIssue)).toEqual([
      'fidelity-broken.csv, row 2, score: "6" is not a score: scores are whole numbers from 1 to 5 (leave it blank if not rated)',
      'fidelity-broken.csv, row 3, item: this item is already rated in row 2',
      'fidelity-broken.csv, row 4, item: "staffing-9" is not an item of the IPS-25 scale; write its id (services-4), its number (1–25) or its name',
      'fidelity-broken.csv, row 5, score: "two" is not a score: scores are whole numbers from 1 to 5 (leave it blank if not rated)',
    ]);
  });

  it('imports a fidelity file from the command line with --service and --date, and refuses it without them', async () => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    expect((await runCli(['demo', db])).exitCode).toBe(0);
    expect((await runCli(['import', db, fixturePath('fidelity-review.csv')]))).toMatchObject({ exitCode: 2 });
    const stored = (await runCli(['import', db, fixturePath('fidelity-review.csv'), '--service', 'ips lipová-město', '--date', '2026-11-20']));
    expect(stored.stderr).toBe('');
    expect(stored.exitCode).toBe(0);
    expect((await runCli(['import', db, fixturePath('fidelity-review.csv'), '--service', 'IPS Lipová-město', '--date', '2026-11-20']))).toMatchObject({ exitCode: 1 });
    expect((await runCli(['import', db, fixturePath('fidelity-broken.csv'), '--service', 'IPS Lipová-město', '--date', '2026-11-21']))).toMatchObject({ exitCode: 1 });
    expect((await runCli(['import', db, fixturePath('fidelity-review.csv'), '--service', 'Nowhere', '--date', '2026-11-22']))).toMatchObject({ exitCode: 1 });
  });
});
