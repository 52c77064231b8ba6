import type Database from 'better-sqlite3';
import { readActions } from '../meetings/read-actions';
import type { Action } from '../meetings/meeting-types';
import type { ReportAction, ReportActions, ReportPeriod } from './report-data';

/** Marked done in a progress note, or else when the record last changed. */
function completedOn(action: Action): string | null {
  if (action.status !== 'done') return null;
  return action.progress.filter((entry) => entry.status === 'done').at(-1)?.notedOn ?? action.updatedAt.slice(0, 10);
}

/** The action as the report shows it: its status and overdue flag as of today, since that is what readers act on. */
function toReportAction(action: Action): ReportAction {
  return {
    id: action.id,
    title: action.title,
    ownerName: action.ownerName,
    dueDate: action.dueDate,
    status: action.status,
    overdue: action.overdue,
    meetingDate: action.meetingDate,
    decisionLabel: action.decisionLabel,
    barrierName: action.barrierName,
    completedOn: completedOn(action),
  };
}

/**
 * Was it still to be done at the end of the period? Its progress notes say so where it has any up to
 * then; otherwise an action finished (or dropped) after the end was still open at it.
 */
function openAt(action: Action, day: string): boolean {
  const noted = action.progress.filter((entry) => entry.notedOn <= day).at(-1);
  if (noted !== undefined) return noted.status === 'open' || noted.status === 'in_progress';
  if (action.status === 'open' || action.status === 'in_progress') return true;
  return (completedOn(action) ?? action.updatedAt.slice(0, 10)) > day;
}

/** Actions agreed in the period, those finished in it, and what was still open at its end; read as the meetings screens read them. */
export function loadReportActions(db: Database.Database, period: ReportPeriod): ReportActions & { openAtEnd: ReportAction[] } {
  const actions = readActions(db, {}, period.today).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
  const agreedOn = (action: Action) => action.meetingDate ?? action.createdAt.slice(0, 10);
  const inPeriod = (day: string | null) => day !== null && day >= period.from && day <= period.to;
  const openAtEnd = actions.filter((action) => agreedOn(action) <= period.to && openAt(action, period.to)).map(toReportAction);
  return {
    agreed: actions.filter((action) => inPeriod(agreedOn(action))).map(toReportAction),
    completedInPeriod: actions.filter((action) => inPeriod(completedOn(action))).length,
    overdue: openAtEnd.filter((action) => action.overdue).length,
    openAtEnd,
  };
}
