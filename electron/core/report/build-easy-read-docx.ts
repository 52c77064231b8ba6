import type { FileChild } from 'docx';
import { splitParagraphs } from '../documents/split-paragraphs';
import { wordDocument } from '../documents/word-document';
import type { ReportData, ReportFeedbackEntry } from './report-data';
import { reportContext, type ReportContext } from './report-context';
import type { ReportOptions } from './report-options';
import { quarterParts } from '../domain/quarter';
import { localeTag } from '../domain/locale-tag';


/**
 * The few answers a two-page summary has room for: the latest the committee gave in the period, at most four
 * and no more words than about a page holds at 14 pt, whatever the language (French runs a fifth longer than
 * English). The newest answer is always given.
 */
const maxAnswers = 4;
const answerCharacters = 1800;

/** 14 pt body text, as easy-read guidance asks for at least. */
const easyReadSize = 28;

function say(context: ReportContext, key: string, params?: Record<string, string | number>): string {
  return context.words.shared(`easyRead.${key}`, params);
}

function count(context: ReportContext, key: string, value: number): string {
  return context.words.sharedCount(`easyRead.${key}`, value);
}

/** A quarter as months, which an easy-read reader knows better than "Q2 2026": "April – June 2026". */
function easyQuarter(context: ReportContext, quarter: string): string {
  const { year, q } = quarterParts(quarter);
  const months = new Intl.DateTimeFormat(localeTag(context.words.language), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return months.formatRange(new Date(Date.UTC(year, (q - 1) * 3, 1)), new Date(Date.UTC(year, q * 3 - 1, 1)));
}

/** The period in everyday words: "from January to June 2026", "in 2026", or from one date to another. */
function easyPeriod(context: ReportContext, from: string, to: string): string {
  const year = from.slice(0, 4);
  const sameYear = to.slice(0, 4) === year;
  const whole = (start: string, end: string) => sameYear && from.slice(4) === start && to.slice(4) === end;
  if (whole('-01-01', '-12-31')) return say(context, 'period.year', { year });
  if (whole('-01-01', '-06-30')) return say(context, 'period.h1', { year });
  if (whole('-07-01', '-12-31')) return say(context, 'period.h2', { year });
  return say(context, 'period.range', { from: context.words.date(from), to: context.words.date(to) });
}

function figures(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const { summary } = data.outcomes.committee;
  const heading = write.heading1(say(context, 'howItWent'));
  if (summary.rowCount === 0) return [heading, write.paragraph(say(context, 'noFigures'))];
  const lines: string[] = [];
  const add = (key: string, value: number | null) => {
    if (value !== null) lines.push(count(context, key, value));
  };
  add('referrals', summary.totals.referrals);
  add('jobStarts', summary.totals.job_starts);
  add('sustained', summary.totals.sustained_13w);
  const rate = summary.employmentRate?.value ?? null;
  // "About 5 in 10" is easier to picture than 48 %.
  if (rate !== null) lines.push(say(context, 'working', { count: words.number(Math.round(rate * 10)) }));
  const missing = data.outcomes.coverage.filter((entry) => entry.state !== 'reported').map((entry) => entry.quarter);
  return [heading, ...lines.map((line) => write.bullet(line)), ...(missing.length === 0 ? [] : [write.paragraph(say(context, 'missing', { quarters: words.list(missing.map((quarter) => easyQuarter(context, quarter))) }))])];
}

function work(context: ReportContext): FileChild[] {
  const { data, write } = context;
  return [
    write.heading1(say(context, 'whatWeDid')),
    write.bullet(count(context, 'meetings', data.meetings.length)),
    write.bullet(count(context, 'decisions', data.decisions.length)),
    write.bullet(count(context, 'done', data.actions.completedInPeriod)),
    write.bullet(count(context, 'toDo', data.actions.open)),
  ];
}

/** What a contributor said (or its topic) and what the committee did, as the summary words them. */
function answerWords(context: ReportContext, entry: ReportFeedbackEntry): { said: string; did: string } {
  const said = entry.text === null ? say(context, 'aboutTopic', { topics: entry.tags.length === 0 ? say(context, 'noTopic') : context.words.list(entry.tags) }) : say(context, 'youSaid', { words: entry.text.trim() });
  const response = splitParagraphs(entry.response).join(' ');
  const did =
    entry.status === 'not_taken_up'
      ? say(context, 'couldNot', { reason: entry.reason.trim() })
      : entry.status === 'received'
        ? say(context, 'notYet')
        : response === ''
          ? say(context, 'talkedAbout')
          : say(context, 'weDid', { words: response });
  return { said, did };
}

function answer(context: ReportContext, words: { said: string; did: string }): FileChild[] {
  return [context.write.paragraph([{ text: words.said, style: 'italic' }]), context.write.paragraph(words.did)];
}

function fitting(answers: readonly { said: string; did: string }[]): { said: string; did: string }[] {
  const chosen: { said: string; did: string }[] = [];
  let used = 0;
  for (const words of answers.slice(0, maxAnswers)) {
    used += words.said.length + words.did.length;
    if (chosen.length > 0 && used > answerCharacters) break;
    chosen.push(words);
  }
  return chosen;
}

function voice(context: ReportContext): FileChild[] {
  const { data, write } = context;
  // Only what the contributors allowed to be quoted is quoted; the others are told by their topic only.
  const answered = fitting([...data.feedback.entries].sort((a, b) => (b.respondedOn ?? '').localeCompare(a.respondedOn ?? '')).map((entry) => answerWords(context, entry)));
  const heading = write.heading1(say(context, 'youToldUs'));
  if (answered.length === 0) return [heading, write.paragraph(say(context, 'noFeedback'))];
  return [heading, ...answered.flatMap((words) => answer(context, words))];
}

function next(context: ReportContext): FileChild[] {
  const { data, words, write, names, options } = context;
  const focus = data.barriers.register.filter((barrier) => barrier.status === 'active' && barrier.severity !== null).slice(0, 2);
  const reps = options.showUserRepNames ? data.members.filter((member) => member.isServiceUserRep).map((member) => member.name) : [];
  return [
    write.heading1(say(context, 'next')),
    ...(focus.length === 0 ? [] : [write.paragraph(say(context, 'focus', { list: words.list(focus.map((barrier) => say(context, 'problem', { name: names.barrier(barrier) }))) }))]),
    write.paragraph(reps.length === 0 ? say(context, 'tellUs') : say(context, 'tellUsReps', { names: words.list(reps) })),
  ];
}

/**
 * A one- or two-page summary of the report for service users and their organisation: large type, short
 * sentences in plain words, the few figures that matter, and what the committee did with their feedback.
 * It is made from the same report data as the full report, so the two never disagree.
 */
export async function buildEasyReadDocx(data: ReportData, options: ReportOptions): Promise<Uint8Array> {
  const context = reportContext(data, options);
  const period = easyPeriod(context, data.period.from, data.period.to);
  const title = say(context, 'title', { period });
  const children = [
    context.write.title(title),
    ...(data.committee === null ? [] : [context.write.paragraph([{ text: data.committee.name, style: 'bold' }])]),
    context.write.paragraph(say(context, 'about')),
    ...figures(context),
    ...work(context),
    ...voice(context),
    ...next(context),
  ];
  return wordDocument({ language: options.language, title, subject: data.committee?.name ?? '', footerText: title, children, bodySize: easyReadSize });
}
