import type Database from 'better-sqlite3';
import { listReviews, type FidelityReview } from '../fidelity/list-reviews';
import { listServices } from '../committee/list-services';
import { fidelityReviewDue } from '../domain/fidelity-review-due';
import type { ReportFidelity, ReportFidelityReview, ReportPeriod, ServiceFidelity } from './report-data';

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

/**
 * Reviews held in the period, and where each service stood on the report's day: its latest review and the one
 * before, scored by the fidelity module, and when the next is due by the committee's interval (one rule:
 * domain/fidelity-review-due).
 */
export function loadReportFidelity(db: Database.Database, period: ReportPeriod, intervalMonths: number): ReportFidelity {
  // Oldest first, so the last of a service's reviews up to the day is its latest.
  const upToDay = listReviews(db).filter((review) => review.reviewDate <= period.asOf);
  const services = listServices(db).filter((service) => service.startDate <= period.asOf);
  return {
    reviews: upToDay.filter((review) => review.reviewDate >= period.from && review.reviewDate <= period.to).map(toReportReview),
    intervalMonths,
    services: services
      .map((service): ServiceFidelity => {
        const own = upToDay.filter((review) => review.serviceId === service.id);
        const last = own[own.length - 1];
        const before = own[own.length - 2];
        const next = fidelityReviewDue(last?.reviewDate ?? null, service.startDate, intervalMonths, period.asOf);
        return {
          serviceId: service.id,
          serviceName: service.name,
          latest: last === undefined ? null : toReportReview(last),
          previous: before === undefined ? null : { reviewDate: before.reviewDate, total: before.result.total, band: before.result.band },
          nextDue: next.dueOn,
          due: next.due,
        };
      })
      .sort((a, b) => a.serviceName.localeCompare(b.serviceName)),
  };
}
