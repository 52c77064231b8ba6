import type { FileChild } from 'docx';
import { reportActionTable } from './report-action-table';
import type { ReportContext } from './report-context';

function openActions(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const heading = write.heading2(words.say('nextSteps.actionsHeading'));
  if (data.nextSteps.openActions.length === 0) return [heading, context.none('nextSteps.noActions')];
  return [heading, reportActionTable(context, data.nextSteps.openActions), write.afterTable(words.say('nextSteps.statusNote', { date: words.date(data.period.today) }))];
}

function barriers(context: ReportContext): FileChild[] {
  const { data, words, write, names } = context;
  const heading = write.heading2(words.say('nextSteps.barriersHeading'));
  const watch = data.nextSteps.activeBarriers;
  if (watch.length === 0) return [heading, context.none('nextSteps.noBarriers')];
  const rows = watch.map((barrier) => [
    names.barrier(barrier),
    barrier.severity === null ? words.say('barriers.notReviewed') : words.say('barriers.severityValue', { severity: words.number(barrier.severity), words: words.say(`barriers.severity.${String(barrier.severity)}`) }),
    barrier.trend === null ? words.noData : words.say(`barriers.trend.${barrier.trend}`),
    words.count('nextSteps.mitigations', barrier.mitigations.length),
    barrier.ownerName === null ? words.say('barriers.noOwner') : names.person(barrier.ownerName),
  ]);
  return [heading, context.table([['barriers.name', 30], ['barriers.severityHeader', 20], ['nextSteps.trend', 14], ['nextSteps.underWay', 18], ['barriers.owner', 18]], rows)];
}

/** What the committee carries into the next period: the actions still open and the active barriers, worst first. */
export function reportNextSteps(context: ReportContext): FileChild[] {
  const { data } = context;
  if (data.nextSteps.openActions.length === 0 && data.nextSteps.activeBarriers.length === 0) return [context.none('nextSteps.none')];
  return [...openActions(context), ...barriers(context)];
}
