import { targetMeasures } from '../domain/measures';
import type { ReportData, ReportSummaryFacts } from './report-data';

/**
 * The numbers behind the report's opening sentences, each counted from the list the section below prints,
 * so the summary can never disagree with the tables it sums up.
 */
export function reportSummaryFacts(data: Omit<ReportData, 'summary'>): ReportSummaryFacts {
  const committee = data.outcomes.committee;
  const employmentRate = committee.rateChanges.find((change) => change.rate === 'employmentRate') ?? { rate: 'employmentRate', current: null, previous: null, difference: null };
  return {
    hasFigures: committee.summary.rowCount > 0,
    totals: committee.changes.filter((change) => targetMeasures.some((measure) => measure === change.measure)),
    employmentRate,
    targets: committee.targets,
    barriersInRegister: data.barriers.register.length,
    barriersWorse: data.barriers.changes.worse.length,
    barriersBetter: data.barriers.changes.better.length,
    barriersNew: data.barriers.changes.new.length,
    barriersResolved: data.barriers.changes.resolved.length,
    fidelityReviews: data.fidelity.reviews.length,
    fidelityDue: data.fidelity.services.filter((service) => service.due).length,
    decisions: data.decisions.length,
    actionsAgreed: data.actions.agreedInPeriod,
    actionsCompleted: data.actions.completedInPeriod,
    actionsOpen: data.actions.open,
    actionsOverdue: data.actions.overdue,
    feedbackEntries: data.feedback.total,
    feedbackActedOn: data.feedback.counts.acted_on,
    feedbackWaiting: data.feedback.waiting,
  };
}
