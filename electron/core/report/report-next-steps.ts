import type { FileChild } from 'docx';
import type { ReportContext } from './report-context';

/** The barriers to take up first: the most severe of those still active, worst first (the register's own order). */
const focusCount = 3;

/**
 * What the committee carries into the next period, in a few lines that point back to the sections where
 * each thing is set out: the actions still open, the barriers to take up first, the fidelity reviews due,
 * and the feedback still waiting for an answer. Nothing here is listed a second time.
 */
export function reportNextSteps(context: ReportContext): FileChild[] {
  const { data, words, write, names } = context;
  const { actions, barriers, fidelity, feedback } = data;
  const date = words.date(data.period.asOf);
  const focus = barriers.register.filter((barrier) => barrier.status === 'active' && barrier.severity !== null).slice(0, focusCount);
  const due = fidelity.services.filter((service) => service.due);
  if (actions.open === 0 && focus.length === 0 && due.length === 0 && feedback.waiting === 0) return [context.none('nextSteps.none', { date })];
  const lines = [
    actions.open === 0 ? words.say('nextSteps.noActions', { date }) : words.count('nextSteps.actions', actions.open, { overdue: words.count('nextSteps.ofThemOverdue', actions.overdue), date }),
    // Quoted, because barrier names have commas and "and" in them that would run into the list's own.
    ...(focus.length === 0 ? [] : [words.say('nextSteps.barriers', { list: words.list(focus.map((barrier) => words.say('nextSteps.barrier', { name: names.barrier(barrier) }))) })]),
    due.length === 0 ? words.say('nextSteps.noReviewsDue', { date }) : words.say('nextSteps.reviewsDue', { list: words.list(due.map((service) => words.say('nextSteps.reviewDue', { service: service.serviceName, date: words.date(service.nextDue) }))) }),
    feedback.waiting === 0 ? words.say('nextSteps.noFeedbackWaiting', { date }) : words.count('nextSteps.feedbackWaiting', feedback.waiting, { date }),
  ];
  return lines.map((line) => write.bullet(line));
}
