import type { FileChild } from 'docx';
import type { WordRun, WordText } from '../documents/word-runs';
import type { ReportContext } from './report-context';
import type { ReportBarrier, ReportVoteRound } from './report-data';

/** The name, then its group, then how it shows in the region in the committee's own words. */
function nameCell(context: ReportContext, barrier: ReportBarrier): WordText {
  const { words, names } = context;
  const kind: WordRun[] = barrier.kind === 'facilitator' ? [{ text: ` (${words.say('barriers.facilitator')})` }] : [];
  const local = barrier.localWording.trim();
  return [
    { text: names.barrier(barrier), style: 'bold' },
    ...kind,
    { text: `\n${words.say('barriers.inGroup', { group: names.group(barrier.group) })}` },
    ...(local === '' ? [] : [{ text: `\n${local}`, style: 'italic' } as const]),
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

function register(context: ReportContext): FileChild[] {
  const { data, words, write, names } = context;
  const rows = data.barriers.register.map((barrier) => [
    nameCell(context, barrier),
    severity(context, barrier.severity),
    change(context, barrier),
    words.say(`barriers.status.${barrier.status}`),
    barrier.ownerName === null ? words.say('barriers.noOwner') : names.person(barrier.ownerName),
  ]);
  return [
    write.heading2(words.say('barriers.registerHeading', { date: words.date(data.period.to) })),
    context.table([['barriers.name', 35], ['barriers.severityHeader', 18], ['barriers.change', 15], ['barriers.statusHeader', 15], ['barriers.owner', 17]], rows),
    write.afterTable(words.say('barriers.severityNote')),
  ];
}

function changes(context: ReportContext): FileChild[] {
  const { data, words, write, names } = context;
  const groups = (['worse', 'better', 'new', 'resolved'] as const).filter((key) => data.barriers.changes[key].length > 0);
  const heading = write.heading2(words.say('barriers.changesHeading'));
  if (groups.length === 0) return [heading, context.none('barriers.noChanges')];
  return [heading, ...groups.map((key) => write.bullet([{ text: `${words.say(`barriers.changed.${key}`)} `, style: 'bold' }, { text: data.barriers.changes[key].map(names.barrierById).join('; ') }]))];
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
  const columns = withUsers ? ([['barriers.rank', 10], ['barriers.item', 56], ['barriers.dots', 12], ['barriers.userRepDots', 22]] as const) : ([['barriers.rank', 10], ['barriers.item', 70], ['barriers.dots', 20]] as const);
  return [write.paragraph([{ text: words.say('barriers.round', { title: vote.title, date: words.date(vote.heldOn) }), style: 'bold' }]), context.table(columns, rows)];
}

function priorities(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const heading = write.heading2(words.say('barriers.prioritiesHeading'));
  if (data.barriers.priorities.length === 0) return [heading, context.none('barriers.noPriorities')];
  return [heading, ...data.barriers.priorities.flatMap((vote) => round(context, vote))];
}

function mitigations(context: ReportContext): FileChild[] {
  const { data, words, write, names } = context;
  const heading = write.heading2(words.say('barriers.mitigationsHeading'));
  const list = data.barriers.mitigationsUnderWay;
  if (list.length === 0) return [heading, context.none('barriers.noMitigations')];
  const rows = list.map((mitigation) => [names.barrierById(mitigation.barrierId), mitigation.text, words.say(`barriers.mitigationStatus.${mitigation.status}`)]);
  return [heading, context.table([['barriers.name', 32], ['barriers.mitigation', 50], ['barriers.statusHeader', 18]], rows)];
}

/**
 * The barrier register as it stood at the end of the period, what changed since the previous one, what the
 * committee put first by dot vote, and the mitigations under way.
 */
export function reportBarriers(context: ReportContext): FileChild[] {
  if (context.data.barriers.register.length === 0 && context.data.barriers.priorities.length === 0) return [context.none('barriers.none')];
  return [...(context.data.barriers.register.length === 0 ? [context.none('barriers.emptyRegister')] : register(context)), ...changes(context), ...priorities(context), ...mitigations(context)];
}
