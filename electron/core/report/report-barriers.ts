import type { FileChild } from 'docx';
import type { WordRun, WordText } from '../documents/word-runs';
import type { ReportContext } from './report-context';
import type { ReportAction, ReportBarrier, ReportVoteRound } from './report-data';

/** The name, then its group, how it stood, who owns it, and how it shows in the region in the committee's own words. */
function nameCell(context: ReportContext, barrier: ReportBarrier): WordText {
  const { words, names } = context;
  const line = (text: string, style?: WordRun['style']): WordRun => ({ text: `\n${text}`, style });
  const kind: WordRun[] = barrier.kind === 'facilitator' ? [{ text: ` (${words.say('barriers.facilitator')})` }] : [];
  const local = barrier.localWording.trim();
  const status = barrier.status === 'active' ? [] : [line(words.say('barriers.statusLine', { status: words.say(barrier.resolvedInPeriod ? 'barriers.resolvedInPeriod' : `barriers.status.${barrier.status}`) }), 'bold')];
  return [
    { text: names.barrier(barrier), style: 'bold' },
    ...kind,
    line(words.say('barriers.groupAndOwner', { group: names.group(barrier.group), owner: barrier.ownerName === null ? words.say('barriers.noOwner') : names.person(barrier.ownerName) })),
    ...status,
    ...(local === '' ? [] : [line(local, 'italic')]),
  ];
}

function severity(context: ReportContext, value: number | null): string {
  const { words } = context;
  return value === null ? words.say('barriers.notReviewed') : words.say('barriers.severityValue', { severity: words.number(value), words: words.say(`barriers.severity.${String(value)}`) });
}

function change(context: ReportContext, barrier: ReportBarrier): string {
  const { words } = context;
  if (barrier.change === null) return words.say(barrier.isNew ? 'barriers.isNew' : 'barriers.noEarlier');
  if (barrier.change === 'same') return words.say('barriers.same');
  return words.say(`barriers.${barrier.change}`, { from: words.number(barrier.previousSeverity), to: words.number(barrier.severity) });
}

function actionLine(context: ReportContext, action: ReportAction): string {
  const { words } = context;
  const status = words.shared(`statuses.${action.status}`).toLowerCase();
  return words.say(action.overdue ? 'barriers.actionOverdue' : 'barriers.action', { title: action.title, status });
}

/** Everything the committee did about the barrier: its mitigations as they stood, the period's decisions on it, and its actions. */
function handledCell(context: ReportContext, barrier: ReportBarrier): WordText {
  const { words } = context;
  const lines = [
    ...barrier.mitigations.map((mitigation) => words.say('barriers.mitigationLine', { status: words.say(`barriers.mitigationStatus.${mitigation.status}`), text: mitigation.text.trim() })),
    ...barrier.decisions.map((decision) => words.say('barriers.decisionLine', { label: decision.label, date: words.date(decision.meetingDate) })),
    ...barrier.actions.map((action) => actionLine(context, action)),
  ];
  if (lines.length === 0) return [{ text: words.say('barriers.nothingDone'), style: 'italic' }];
  return lines.join('\n');
}

function register(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const rows = data.barriers.register.map((barrier) => [nameCell(context, barrier), [{ text: severity(context, barrier.severity) }, { text: `\n${change(context, barrier)}`, style: 'italic' as const }], handledCell(context, barrier)]);
  return [
    write.paragraph(words.say('barriers.intro', { date: words.date(data.period.asOf) })),
    context.table(['barriers.name', 'barriers.severityHeader', 'barriers.handled'], rows),
    write.afterTable(words.say('barriers.severityNote')),
  ];
}

function round(context: ReportContext, vote: ReportVoteRound): FileChild[] {
  const { words, write, names } = context;
  const withUsers = vote.items.some((item) => item.userRepDots !== null);
  const rows = vote.items.map((item) => [
    words.number(item.rank),
    item.barrierId === null ? item.label : names.barrierById(item.barrierId),
    words.number(item.dots),
    ...(withUsers ? [words.number(item.userRepDots)] : []),
  ]);
  const columns = withUsers ? ['barriers.rank', 'barriers.item', 'barriers.dots', 'barriers.userRepDots'] : ['barriers.rank', 'barriers.item', 'barriers.dots'];
  return [write.paragraph([{ text: words.say('barriers.round', { title: vote.title, date: words.date(vote.heldOn) }), style: 'bold' }]), context.table(columns, rows)];
}

function priorities(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  if (data.barriers.priorities.length === 0) return [];
  return [write.heading2(words.say('barriers.prioritiesHeading')), ...data.barriers.priorities.flatMap((vote) => round(context, vote))];
}

/**
 * The barrier register as it stood on the report's day, worst first: each barrier's severity, how it moved
 * over the period, and how it was handled (mitigations, decisions, actions); then the priorities the
 * committee set by dot vote in the period.
 */
export function reportBarriers(context: ReportContext): FileChild[] {
  if (context.data.barriers.register.length === 0 && context.data.barriers.priorities.length === 0) return [context.none('barriers.none')];
  return [...(context.data.barriers.register.length === 0 ? [context.none('barriers.emptyRegister')] : register(context)), ...priorities(context)];
}
