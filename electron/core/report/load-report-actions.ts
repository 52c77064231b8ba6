import type Database from 'better-sqlite3';
import { actionStatusOn } from '../domain/action-status-on';
import { isOverdue } from '../domain/is-overdue';
import { readActions } from '../meetings/read-actions';
import type { Action } from '../meetings/meeting-types';
import type { ReportAction, ReportActions, ReportPeriod } from './report-data';

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return Number.isNaN(day.getTime()) ? date : day.toISOString().slice(0, 10);
}

/** The day the action became done and stayed so up to `day`: the first entry of its last run of "done". */
function completedBy(action: Action, day: string): string | null {
  const upTo = action.progress.filter((entry) => entry.notedOn <= day);
  let completed: string | null = null;
  for (let index = upTo.length - 1; index >= 0 && upTo[index]?.status === 'done'; index -= 1) completed = upTo[index]?.notedOn ?? completed;
  return completed;
}

const agreedOn = (action: Action) => action.meetingDate ?? action.createdAt.slice(0, 10);

/** An action as it stood on the report's day, by the one rule for an action's status on a date. */
export function reportAction(action: Action, period: ReportPeriod): ReportAction {
  const status = actionStatusOn(action.progress, period.asOf);
  const agreed = agreedOn(action);
  return {
    id: action.id,
    title: action.title,
    ownerName: action.ownerName,
    dueDate: action.dueDate,
    status,
    overdue: isOverdue(status, action.dueDate, period.asOf),
    meetingDate: action.meetingDate,
    decisionLabel: action.decisionLabel,
    barrierId: action.barrierId,
    barrierName: action.barrierName,
    completedOn: status === 'done' ? completedBy(action, period.asOf) : null,
    agreedInPeriod: agreed >= period.from && agreed <= period.to,
  };
}

/**
 * The actions of the period: those agreed in it and those still to be done when it began, each with its
 * status on the report's day; read through the same reader as the meetings screens.
 */
export function loadReportActions(db: Database.Database, period: ReportPeriod): ReportActions {
  const start = dayBefore(period.from);
  const stillOpenAtStart = (action: Action) => {
    const before = actionStatusOn(action.progress, start);
    return agreedOn(action) < period.from && (before === 'open' || before === 'in_progress');
  };
  const list = readActions(db, {}, period.asOf)
    .filter((action) => agreedOn(action) <= period.to)
    .map((action) => ({ action, shown: reportAction(action, period) }))
    .filter(({ action, shown }) => shown.agreedInPeriod || stillOpenAtStart(action))
    .map(({ shown }) => shown)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
  const inPeriod = (day: string | null) => day !== null && day >= period.from && day <= period.to;
  const open = list.filter((action) => action.status === 'open' || action.status === 'in_progress');
  return {
    list,
    agreedInPeriod: list.filter((action) => action.agreedInPeriod).length,
    completedInPeriod: list.filter((action) => inPeriod(action.completedOn)).length,
    open: open.length,
    overdue: open.filter((action) => action.overdue).length,
  };
}
