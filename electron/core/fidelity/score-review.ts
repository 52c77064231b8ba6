import type { FidelityBand } from '../domain/fidelity-terms';
import type { FidelityScale } from './fidelity-scale';

export type ReviewScore = { total: number; rated: number; itemCount: number; complete: boolean; band: FidelityBand | null };

/**
 * The total and band as the scale version defines them. A review with an item not rated is incomplete:
 * it shows the total of what was rated, but gets no band, since a band needs every item.
 */
export function scoreReview(scale: FidelityScale, scores: ReadonlyMap<string, number | null>): ReviewScore {
  let total = 0;
  let rated = 0;
  for (const item of scale.items) {
    const score = scores.get(item.id);
    if (score === null || score === undefined) continue;
    total += score;
    rated += 1;
  }
  const complete = rated === scale.items.length;
  const band = complete ? (scale.bands.find((candidate) => total >= candidate.min && total <= candidate.max)?.id ?? null) : null;
  return { total, rated, itemCount: scale.items.length, complete, band };
}
