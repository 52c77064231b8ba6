import type Database from 'better-sqlite3';
import { readDecisions } from '../meetings/read-decisions';
import type { ReportDecision, ReportPeriod } from './report-data';

/**
 * Decisions taken at meetings held in the period, read as the meetings screens read them and cited as
 * the committee cites them (2026/07). Only what had changed a decision by the end of the period counts:
 * the report describes the period, not today.
 */
export function loadReportDecisions(db: Database.Database, period: ReportPeriod): ReportDecision[] {
  return readDecisions(db, { from: period.from, to: period.to }).map((decision) => ({
    id: decision.id,
    label: decision.label,
    meetingDate: decision.meetingDate,
    wording: decision.wording,
    method: decision.method,
    votes: decision.votes,
    changes: decision.changes === null ? null : { kind: decision.changes.kind, label: decision.changes.label },
    changedBy: decision.changedBy.filter((change) => change.meetingDate <= period.asOf).map((change) => ({ kind: change.kind, label: change.label })),
    dissentCount: decision.dissent.length,
    userRepPosition: decision.userRepPosition,
  }));
}
