/** A dated severity of a barrier, as a review recorded it (1 hardly holds the work back … 5 stops progress). */
export type SeverityReview = { reviewDate: string; severity: number };

export type BarrierChange = {
  /** The latest severity on or before the end of the period. */
  severity: number | null;
  reviewDate: string | null;
  /** The latest severity before the period began. */
  previousSeverity: number | null;
  /** Worse or better by those two numbers; null when either is missing. */
  change: 'worse' | 'better' | 'same' | null;
};

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return Number.isNaN(day.getTime()) ? date : day.toISOString().slice(0, 10);
}

/**
 * How a barrier moved over a period: its latest severity by the end, against its latest severity before the
 * start. The register, the barriers of the report, its summary and the screens all judge a barrier's trend
 * by this one rule, so none of them can disagree with another.
 */
export function barrierChange(reviews: readonly SeverityReview[], from: string, to: string): BarrierChange {
  const newestFirst = [...reviews].sort((a, b) => b.reviewDate.localeCompare(a.reviewDate));
  const latest = newestFirst.find((review) => review.reviewDate <= to) ?? null;
  const before = newestFirst.find((review) => review.reviewDate <= dayBefore(from)) ?? null;
  const severity = latest?.severity ?? null;
  const previousSeverity = before?.severity ?? null;
  const change = severity === null || previousSeverity === null ? null : severity > previousSeverity ? 'worse' : severity < previousSeverity ? 'better' : 'same';
  return { severity, reviewDate: latest?.reviewDate ?? null, previousSeverity, change };
}
