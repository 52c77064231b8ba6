import type { FileChild } from 'docx';
import type { WordRun, WordText } from '../documents/word-runs';
import type { ReportContext } from './report-context';
import type { FeedbackStatusKey, ReportFeedbackEntry } from './report-data';

const statuses = ['received', 'discussed', 'acted_on', 'not_taken_up'] as const satisfies readonly FeedbackStatusKey[];

/** Who said it: an anonymous entry never carries a name, and a representative not to be named is given by role. */
function contributor(context: ReportContext, entry: ReportFeedbackEntry): string {
  const { words, names } = context;
  const { kind, name } = entry.contributor;
  if (kind === 'anonymous' || name === null) return words.say('voice.anonymous');
  return kind === 'member' ? names.person(name) : name;
}

function youSaid(context: ReportContext, entry: ReportFeedbackEntry): WordText {
  const { words } = context;
  const given = words.date(entry.givenOn);
  // Words not cleared for quotation are not in the data at all; the entry is shown only as having been given.
  if (entry.text === null) return [{ text: words.say('voice.notQuotable', { date: given }), style: 'italic' }];
  return [{ text: words.say('voice.quoted', { words: entry.text.trim() }), style: 'italic' }, { text: `\n${words.say('voice.attribution', { who: contributor(context, entry), date: given })}` }];
}

function weDid(context: ReportContext, entry: ReportFeedbackEntry): WordText {
  const { words } = context;
  const line = (text: string, style?: WordRun['style']): WordRun => ({ text: `\n${text}`, style });
  const response = entry.response.trim();
  const reason = entry.reason.trim();
  const links = entry.links.map((link) => words.say(`voice.link.${link.kind}`, { label: link.label }));
  const responded = entry.respondedOn === null ? '' : ` (${words.date(entry.respondedOn)})`;
  return [
    { text: `${words.say(`voice.status.${entry.status}`)}${responded}`, style: 'bold' },
    ...(response === '' ? [] : [line(response)]),
    ...(entry.status === 'not_taken_up' && reason !== '' ? [line(words.say('voice.reason', { reason }))] : []),
    ...(entry.status === 'received' && response === '' ? [line(words.say('voice.notYet'), 'italic')] : []),
    ...(links.length === 0 ? [] : [line(words.say('voice.links', { list: words.list(links) }), 'italic')]),
  ];
}

/**
 * "You said, we did": how many entries there were and where they stood, then what service users and others
 * told the committee, in their words where they agreed to be quoted, beside what the committee did about it.
 */
export function reportVoice(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const { feedback } = data;
  if (feedback.total === 0) return [context.none('voice.none')];
  // Only what may be quoted is shown; the others count below, so nothing said in confidence is retold by the answer.
  const rows = feedback.entries.filter((entry) => entry.text !== null).map((entry) => [youSaid(context, entry), weDid(context, entry)]);
  const counts = statuses.filter((status) => feedback.counts[status] > 0).map((status) => words.count(`voice.counted.${status}`, feedback.counts[status]));
  const intro = words.say('voice.counts', { total: words.count('voice.entries', feedback.total), list: words.list(counts) });
  if (rows.length === 0) return [write.paragraph(intro), context.none('voice.noneQuotable')];
  return [write.paragraph(`${intro} ${words.count('voice.quotableNote', feedback.quotable)}`), context.table(['voice.youSaid', 'voice.weDid'], rows)];
}
