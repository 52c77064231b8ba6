import type Database from 'better-sqlite3';
import { readCommittee } from '../committee/read-committee';
import { loadReportActions } from './load-report-actions';
import { loadReportAppendix } from './load-report-appendix';
import { loadReportBarriers } from './load-report-barriers';
import { loadReportDecisions } from './load-report-decisions';
import { loadReportFeedback } from './load-report-feedback';
import { loadReportFidelity } from './load-report-fidelity';
import { loadReportMembers } from './load-report-members';
import { loadReportOutcomes } from './load-report-outcomes';
import type { ReportData } from './report-data';
import { reportPeriod } from './report-period';
import { reportSummaryFacts } from './report-summary-facts';

export type ReportRequest = { from: string; to: string; today: string };

/**
 * Everything the twice-yearly report of a period contains, as it stood on the report's day (the end of the
 * period, or today while it runs), read in one transaction so every section sees the same records. Dated
 * records (reviews, progress, figures) count by their own dates. A period without records gives empty
 * sections, not an error.
 */
export function loadReportData(db: Database.Database, request: ReportRequest): ReportData {
  return db.transaction(() => {
    const period = reportPeriod(request.from, request.to, request.today);
    const committee = readCommittee(db);
    const actions = loadReportActions(db, period);
    const data: Omit<ReportData, 'summary'> = {
      period,
      committee: committee === null ? null : { name: committee.name, region: committee.region, language: committee.language, fidelityReviewMonths: committee.fidelityReviewMonths },
      members: loadReportMembers(db, period),
      serviceUserRepNames: db
        .prepare(
          `SELECT name FROM member WHERE role = 'service_user_rep'
           UNION SELECT m.name FROM meeting_attendee a JOIN member m ON m.id = a.member_id WHERE a.role = 'service_user_rep'`,
        )
        .pluck()
        .all()
        .map(String),
      meetings: db.prepare('SELECT held_on FROM meeting WHERE held_on BETWEEN ? AND ? ORDER BY held_on').pluck().all(period.from, period.asOf).map(String),
      outcomes: loadReportOutcomes(db, period),
      fidelity: loadReportFidelity(db, period, committee?.fidelityReviewMonths ?? 12),
      barriers: loadReportBarriers(db, period, actions.list),
      decisions: loadReportDecisions(db, period),
      actions,
      feedback: loadReportFeedback(db, period),
      appendix: loadReportAppendix(db, period),
    };
    return { ...data, summary: reportSummaryFacts(data) };
  }).deferred();
}
