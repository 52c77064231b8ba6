import type { actionStatuses } from './meeting-terms';

type ActionStatus = (typeof actionStatuses)[number];

/** A dated progress entry of an action, as recorded at a meeting or between meetings. */
export type DatedStatus = { notedOn: string; status: ActionStatus; meetingId?: string | null };

/**
 * What an action's status was on a day: its latest progress entry dated on or before that day (entries
 * of one day in the order they were written); before any entry, open, as every action starts. Every
 * screen, the minutes and the report judge "open", "done" and "overdue" on a date through this one rule,
 * so a document about a past date never shows what happened after it.
 */
export function actionStatusOn(progress: readonly DatedStatus[], day: string): ActionStatus {
  return progress.filter((entry) => entry.notedOn <= day).at(-1)?.status ?? 'open';
}
