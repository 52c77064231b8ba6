import type { FidelityReview } from './list-reviews';

export type ItemMove = { itemId: string; before: number; after: number };

/** What changed since the service's previous review, and the items rated lowest: where to act. */
export function reviewComparison(review: FidelityReview, previous: FidelityReview | undefined): { moved: ItemMove[]; lowest: { itemId: string; score: number }[] } {
  const moved: ItemMove[] = [];
  if (previous !== undefined) {
    for (const [itemId, entry] of Object.entries(review.scores)) {
      const before = previous.scores[itemId]?.score ?? null;
      if (entry.score !== null && before !== null && before !== entry.score) moved.push({ itemId, before, after: entry.score });
    }
  }
  moved.sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before));
  const rated = Object.entries(review.scores).flatMap(([itemId, entry]) => (entry.score === null ? [] : [{ itemId, score: entry.score }]));
  const lowestScore = Math.min(...rated.map((entry) => entry.score));
  // Everything rated 1 or 2, or else the lowest-rated items: at most eight, so it stays a list to act on.
  const lowest = rated.filter((entry) => entry.score <= Math.max(lowestScore, 2)).sort((a, b) => a.score - b.score).slice(0, 8);
  return { moved, lowest };
}
