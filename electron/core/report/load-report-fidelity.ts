import type Database from 'better-sqlite3';
import { listReviews, type FidelityReview } from '../fidelity/list-reviews';
import type { LatestFidelity, ReportFidelity, ReportFidelityReview, ReportPeriod } from './report-data';

function toReportReview(review: FidelityReview): ReportFidelityReview {
  return {
    id: review.id,
    serviceId: review.serviceId,
    serviceName: review.serviceName,
    reviewDate: review.reviewDate,
    scaleVersion: review.scaleVersion,
    reviewerKind: review.reviewerKind,
    total: review.result.total,
    rated: review.result.rated,
    itemCount: review.result.itemCount,
    complete: review.result.complete,
    band: review.result.band,
    recommendations: review.recommendations,
  };
}

/** Reviews held in the period, and where each service stood at its end: totals and bands as the fidelity module scores them. */
export function loadReportFidelity(db: Database.Database, period: ReportPeriod): ReportFidelity {
  // Oldest first, so the last of a service's reviews up to the end is its latest.
  const upToEnd = listReviews(db).filter((review) => review.reviewDate <= period.to);
  const byService = new Map<string, FidelityReview[]>();
  for (const review of upToEnd) byService.set(review.serviceId, [...(byService.get(review.serviceId) ?? []), review]);
  const latest = [...byService.values()].flatMap((reviews): LatestFidelity[] => {
    const last = reviews[reviews.length - 1];
    const before = reviews[reviews.length - 2];
    if (last === undefined) return [];
    return [{ ...toReportReview(last), previous: before === undefined ? null : { reviewDate: before.reviewDate, total: before.result.total, band: before.result.band } }];
  });
  return {
    reviews: upToEnd.filter((review) => review.reviewDate >= period.from).map(toReportReview),
    latest: latest.sort((a, b) => a.serviceName.localeCompare(b.serviceName)),
  };
}
