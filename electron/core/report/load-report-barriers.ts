import type Database from 'better-sqlite3';
import { assessmentsOf, listRegister } from '../barriers/list-register';
import { mitigations } from '../barriers/mitigations';
import type { RegisterEntry } from '../barriers/register-entry';
import { rowFields, text } from '../db/row-fields';
import { barrierStatuses, mitigationStatuses } from '../domain/barrier-terms';
import type { ReportBarrier, ReportBarriers, ReportMitigation, ReportPeriod } from './report-data';
import { loadReportPriorities } from './load-report-priorities';
import { statusHistory, statusOn } from './status-history';

const statusOrder = new Map(barrierStatuses.map((status, index) => [status, index]));

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return Number.isNaN(day.getTime()) ? date : day.toISOString().slice(0, 10);
}

function createdDays(db: Database.Database): Map<string, string> {
  return new Map(db.prepare('SELECT id, substr(created_at, 1, 10) AS day FROM barrier').all().map((row) => {
    const fields = rowFields(row);
    return [text(fields.get('id')), text(fields.get('day'))];
  }));
}

/** Worst first: what the report discusses first, and what the next steps take up first. */
function bySeverity(a: ReportBarrier, b: ReportBarrier): number {
  return (statusOrder.get(a.status) ?? 0) - (statusOrder.get(b.status) ?? 0) || (b.severity ?? 0) - (a.severity ?? 0) || a.name.localeCompare(b.name);
}

/**
 * The register as it stood at the end of the period: severities and status on or before `to`, compared
 * with the end of the previous period. A barrier counts as existing once it was entered or first
 * assessed, whichever is earlier, since coordinators often enter a meeting's review days later.
 */
export function loadReportBarriers(db: Database.Database, period: ReportPeriod): ReportBarriers {
  const previousEnd = dayBefore(period.from);
  const created = createdDays(db);
  const barrierStatus = statusHistory(db, 'barrier');
  const mitigationStatus = statusHistory(db, 'barrier_mitigation');
  const toReport = (entry: RegisterEntry): ReportBarrier | null => {
    const assessments = assessmentsOf(db, entry.id);
    const firstAssessed = assessments[assessments.length - 1]?.reviewDate;
    const createdOn = created.get(entry.id) ?? period.to;
    const firstKnown = firstAssessed !== undefined && firstAssessed < createdOn ? firstAssessed : createdOn;
    if (firstKnown > period.to || (entry.archivedAt !== null && entry.archivedAt.slice(0, 10) <= period.to)) return null;
    const latest = assessments.find((assessment) => assessment.reviewDate <= period.to) ?? null;
    const before = assessments.find((assessment) => assessment.reviewDate <= previousEnd) ?? null;
    const status = barrierStatuses.find((value) => value === statusOn(barrierStatus.get(entry.id), period.to, entry.status)) ?? entry.status;
    const isNew = firstKnown >= period.from;
    const wasResolved = !isNew && statusOn(barrierStatus.get(entry.id), previousEnd, entry.status) === 'resolved';
    const severity = latest?.severity ?? null;
    const previousSeverity = before?.severity ?? null;
    const change = severity === null || previousSeverity === null ? null : severity > previousSeverity ? 'worse' : severity < previousSeverity ? 'better' : 'same';
    const open = mitigations.list(db, entry.id).flatMap((mitigation): ReportMitigation[] => {
      const then = mitigationStatuses.find((value) => value === statusOn(mitigationStatus.get(mitigation.id), period.to, mitigation.status)) ?? mitigation.status;
      return then === 'planned' || then === 'under_way' ? [{ barrierId: entry.id, barrierName: entry.name, text: mitigation.text, status: then }] : [];
    });
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
      severity,
      trend: latest?.trend ?? null,
      reviewDate: latest?.reviewDate ?? null,
      previousSeverity,
      change,
      isNew,
      resolvedInPeriod: status === 'resolved' && !wasResolved,
      mitigations: open,
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
    mitigationsUnderWay: register.flatMap((entry) => entry.mitigations),
  };
}
