import type Database from 'better-sqlite3';
import { assessmentsOf, listRegister } from '../barriers/list-register';
import type { RegisterEntry } from '../barriers/register-entry';
import { rowFields, text } from '../db/row-fields';
import { barrierChange } from '../domain/barrier-change';
import { barrierStatuses, mitigationStatuses } from '../domain/barrier-terms';
import { decisionLabel } from '../domain/decision-label';
import type { ReportAction, ReportBarrier, ReportBarriers, ReportMitigation, ReportPeriod } from './report-data';
import { loadReportPriorities } from './load-report-priorities';
import { statusHistory, statusOn } from './status-history';

const statusOrder = new Map(barrierStatuses.map((status, index) => [status, index]));

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return Number.isNaN(day.getTime()) ? date : day.toISOString().slice(0, 10);
}

function days(db: Database.Database, sql: string): Map<string, string> {
  return new Map(
    db
      .prepare(sql)
      .all()
      .map((row) => {
        const fields = rowFields(row);
        return [text(fields.get('id')), text(fields.get('day'))];
      }),
  );
}

/** Worst first: what the report discusses first, and what the next steps take up first. */
function bySeverity(a: ReportBarrier, b: ReportBarrier): number {
  return (statusOrder.get(a.status) ?? 0) - (statusOrder.get(b.status) ?? 0) || (b.severity ?? 0) - (a.severity ?? 0) || a.name.localeCompare(b.name);
}

type Decided = { barrierId: string; decisionId: string; label: string; meetingDate: string };

/** Every decision that names a barrier among what it concerns, with its meeting's day. */
function decisionsByBarrier(db: Database.Database): Decided[] {
  return db
    .prepare(
      `SELECT l.ref AS barrier_id, d.id, d.year, d.number, m.held_on
       FROM decision_link l JOIN decision d ON d.id = l.decision_id JOIN meeting m ON m.id = d.meeting_id
       WHERE l.kind = 'barrier' ORDER BY d.year, d.number`,
    )
    .all()
    .map((row) => {
      const fields = rowFields(row);
      return { barrierId: text(fields.get('barrier_id')), decisionId: text(fields.get('id')), label: decisionLabel(Number(fields.get('year')), Number(fields.get('number'))), meetingDate: text(fields.get('held_on')) };
    });
}

/**
 * The register as it stood on the report's day: severities from the dated reviews, the trend over the
 * period by the one rule (domain/barrier-change), status and mitigations as the audit trail had them then,
 * and under each barrier how it was handled: its mitigations, the period's decisions that concern it and
 * the period's actions for it (set for it, or serving one of those decisions). A barrier counts as
 * existing once it was entered or first assessed, whichever is earlier, since coordinators often enter a
 * meeting's review days later.
 */
export function loadReportBarriers(db: Database.Database, period: ReportPeriod, actions: readonly ReportAction[]): ReportBarriers {
  const day = period.asOf;
  const previousEnd = dayBefore(period.from);
  const created = days(db, 'SELECT id, substr(created_at, 1, 10) AS day FROM barrier');
  const mitigationCreated = days(db, 'SELECT id, substr(created_at, 1, 10) AS day FROM barrier_mitigation');
  const barrierStatus = statusHistory(db, 'barrier');
  const mitigationStatus = statusHistory(db, 'barrier_mitigation');
  const decided = decisionsByBarrier(db);
  const mitigationsOf = db.prepare('SELECT id, text, status FROM barrier_mitigation WHERE barrier_id = ? ORDER BY created_at');
  const toReport = (entry: RegisterEntry): ReportBarrier | null => {
    const assessments = assessmentsOf(db, entry.id);
    const firstAssessed = assessments[assessments.length - 1]?.reviewDate;
    const createdOn = created.get(entry.id) ?? day;
    const firstKnown = firstAssessed !== undefined && firstAssessed < createdOn ? firstAssessed : createdOn;
    if (firstKnown > day || (entry.archivedAt !== null && entry.archivedAt.slice(0, 10) <= day)) return null;
    const status = barrierStatuses.find((value) => value === statusOn(barrierStatus.get(entry.id), day, entry.status)) ?? entry.status;
    const isNew = firstKnown >= period.from;
    const wasResolved = !isNew && statusOn(barrierStatus.get(entry.id), previousEnd, entry.status) === 'resolved';
    // Resolved before the period began: no longer part of what the committee handled in it.
    if (status === 'resolved' && wasResolved) return null;
    const moved = barrierChange(assessments, period.from, day);
    const mitigations = mitigationsOf.all(entry.id).flatMap((row): ReportMitigation[] => {
      const fields = rowFields(row);
      const id = text(fields.get('id'));
      if ((mitigationCreated.get(id) ?? day) > day) return [];
      const then = mitigationStatuses.find((value) => value === statusOn(mitigationStatus.get(id), day, text(fields.get('status')))) ?? 'planned';
      return then === 'dropped' ? [] : [{ text: text(fields.get('text')), status: then }];
    });
    const ownDecisions = decided.filter((decision) => decision.barrierId === entry.id && decision.meetingDate >= period.from && decision.meetingDate <= period.to);
    const anyDecision = new Set(decided.filter((decision) => decision.barrierId === entry.id).map((decision) => decision.label));
    return {
      id: entry.id,
      catalogueId: entry.catalogueId,
      kind: entry.kind,
      name: entry.name,
      localWording: entry.localWording,
      group: entry.group,
      levels: entry.levels,
      cfir: entry.cfir,
      status,
      ownerName: entry.ownerName,
      serviceIds: entry.serviceIds,
      severity: moved.severity,
      reviewDate: moved.reviewDate,
      previousSeverity: moved.previousSeverity,
      change: moved.change,
      isNew,
      resolvedInPeriod: status === 'resolved' && !wasResolved,
      mitigations,
      decisions: ownDecisions.map((decision) => ({ label: decision.label, meetingDate: decision.meetingDate })),
      actions: actions.filter((action) => action.barrierId === entry.id || (action.decisionLabel !== null && anyDecision.has(action.decisionLabel))),
    };
  };
  const register = listRegister(db, { includeArchived: true })
    .map(toReport)
    .filter((entry): entry is ReportBarrier => entry !== null)
    .sort(bySeverity);
  const ids = (keep: (entry: ReportBarrier) => boolean) => register.filter(keep).map((entry) => entry.id);
  return {
    register,
    changes: { worse: ids((entry) => entry.change === 'worse'), better: ids((entry) => entry.change === 'better'), new: ids((entry) => entry.isNew), resolved: ids((entry) => entry.resolvedInPeriod) },
    priorities: loadReportPriorities(db, period),
  };
}
