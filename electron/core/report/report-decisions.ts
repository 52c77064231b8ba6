import type { FileChild } from 'docx';
import type { WordRun, WordText } from '../documents/word-runs';
import type { ReportContext } from './report-context';
import type { ReportDecision } from './report-data';
import { reportActionTable } from './report-action-table';

function decisionCell(context: ReportContext, decision: ReportDecision): WordText {
  const { words } = context;
  const note = (text: string, style: WordRun['style'] = 'italic'): WordRun => ({ text: `\n${text}`, style });
  const position = decision.userRepPosition.trim();
  return [
    { text: decision.wording.trim() },
    note(method(context, decision)),
    ...(decision.changes === null ? [] : [note(words.say(`decisions.${decision.changes.kind}`, { label: decision.changes.label }))]),
    // A decision later changed says so in bold, so that no reader acts on it unawares.
    ...decision.changedBy.map((change) => note(words.say(change.kind === 'amends' ? 'decisions.amendedBy' : 'decisions.revokedBy', { label: change.label }), 'bold')),
    ...(decision.dissentCount === 0 ? [] : [note(words.count('decisions.dissent', decision.dissentCount))]),
    ...(position === '' ? [] : [note(words.say('decisions.userReps', { position }))]),
  ];
}

function method(context: ReportContext, decision: ReportDecision): string {
  const { words } = context;
  if (decision.method === 'consensus') return words.say('decisions.consensus');
  if (decision.votes === null) return words.say('decisions.vote');
  return words.say('decisions.voteCounts', { for: words.number(decision.votes.for), against: words.number(decision.votes.against), abstain: words.number(decision.votes.abstain) });
}

function decisions(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const heading = write.heading2(words.say('decisions.heading'));
  if (data.decisions.length === 0) return [heading, context.none('decisions.none')];
  // How a decision was reached is the line under its wording, which leaves the wording room to run on.
  const rows = data.decisions.map((decision) => [decision.label, words.date(decision.meetingDate), decisionCell(context, decision)]);
  return [heading, context.table(['decisions.number', 'decisions.meeting', 'decisions.wording'], rows)];
}

function actions(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const heading = write.heading2(words.say('actions.heading', { date: words.date(data.period.asOf) }));
  const { list, agreedInPeriod, completedInPeriod, open, overdue } = data.actions;
  if (list.length === 0) return [heading, context.none('actions.none')];
  const summary = words.say('actions.summary', {
    agreed: words.count('actions.agreed', agreedInPeriod),
    carried: words.count('actions.carriedCount', list.length - agreedInPeriod),
    completed: words.count('actions.completed', completedInPeriod),
    open: words.count('actions.open', open, { overdue: words.count('actions.ofThemOverdue', overdue) }),
    date: words.date(data.period.asOf),
  });
  return [heading, reportActionTable(context, list), write.afterTable(summary)];
}

/**
 * The decisions of the period by number and how each was reached; then every action of the period (agreed in
 * it, or still open when it began) with its status on the report's day.
 */
export function reportDecisions(context: ReportContext): FileChild[] {
  const { data } = context;
  if (data.decisions.length === 0 && data.actions.list.length === 0) return [context.none('decisions.nothing')];
  return [...decisions(context), ...actions(context)];
}
