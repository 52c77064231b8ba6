import type { FileChild } from 'docx';
import type { TargetProgress } from '../figures/target-progress';
import { reportBand } from './report-band';
import type { ReportContext } from './report-context';
import type { CountChange } from './report-data';
import { reportPeriodLabel } from './report-period-label';

function totals(context: ReportContext): string {
  const { data, words } = context;
  const phrase = (change: CountChange) => (change.current === null ? words.say(`summary.missing.${change.measure}`) : words.count(`counts.${change.measure}`, change.current));
  const [referrals, engaged, jobStarts, sustained] = ['referrals', 'engaged', 'job_starts', 'sustained_13w'].map((measure) => {
    const change = data.summary.totals.find((total) => total.measure === measure);
    return change === undefined ? '' : phrase(change);
  });
  return words.say('summary.totals', { period: reportPeriodLabel(words, data.period.from, data.period.to).text, referrals: referrals ?? '', engaged: engaged ?? '', jobStarts: jobStarts ?? '', sustained: sustained ?? '' });
}

/** Quarters of the period no service has reported yet (the current one, often), which the totals leave out. */
function partial(context: ReportContext): string[] {
  const { data, words } = context;
  const missing = data.outcomes.committee.quartersWithoutData;
  return missing.length === 0 ? [] : [words.say('summary.partial', { quarters: words.list(missing.map((quarter) => words.quarter(quarter))) })];
}

function changes(context: ReportContext): string {
  const { data, words } = context;
  const previous = reportPeriodLabel(words, data.period.previous.from, data.period.previous.to).text;
  const compared = data.summary.totals.flatMap((change) => {
    if (change.difference === null) return [];
    const measure = words.say(`summary.changeNoun.${change.measure}`);
    const direction = change.difference > 0 ? 'up' : change.difference < 0 ? 'down' : 'same';
    return [words.say(`summary.change.${direction}`, { measure, count: words.number(Math.abs(change.difference)) })];
  });
  if (data.outcomes.committee.previous === null || compared.length === 0) return words.say('summary.noPrevious', { previous });
  return words.say('summary.compared', { previous, changes: words.list(compared) });
}

function employment(context: ReportContext): string[] {
  const { data, words } = context;
  const { current, previous } = data.summary.employmentRate;
  const band = data.outcomes.committee.summary.employmentBand;
  if (current === null || band === null) return [];
  const sentence = words.say('summary.employment', { rate: words.percent(current), band: reportBand(words, data.appendix.employmentBenchmarks, band, 'sentence') });
  if (previous === null) return [sentence];
  const before = reportPeriodLabel(words, data.period.previous.from, data.period.previous.to).text;
  return [sentence, words.say('summary.employmentBefore', { previous: before, rate: words.percent(previous) })];
}

function targets(context: ReportContext, progress: TargetProgress | null): string[] {
  const { words } = context;
  const lines = progress?.lines.filter((line) => line.target !== null) ?? [];
  if (progress === null || lines.length === 0) return [];
  const parts = lines.map((line) =>
    words.say('summary.targetLine', { measure: words.say(`summary.targetNoun.${line.measure}`), actual: words.number(line.actual), target: words.number(line.target), share: words.percent(line.progress) }),
  );
  const noun = (line: (typeof lines)[number]) => words.say(`summary.targetNoun.${line.measure}`);
  const onPace = lines.filter((line) => line.onPace === true).map(noun);
  const behind = lines.filter((line) => line.onPace === false).map(noun);
  return [
    `${words.count('summary.targetsIntro', progress.quartersElapsed, { year: progress.year })} ${parts.join('; ')}.`,
    ...(onPace.length === 0 ? [] : [words.say('summary.onPace', { list: words.list(onPace) })]),
    ...(behind.length === 0 ? [] : [words.say('summary.behind', { list: words.list(behind) })]),
  ];
}

function barriers(context: ReportContext): string {
  const { data, words } = context;
  const facts = data.summary;
  if (data.barriers.register.length === 0) return words.say('summary.noRegister');
  const moved = [
    ['worse', facts.barriersWorse],
    ['better', facts.barriersBetter],
    ['new', facts.barriersNew],
    ['resolved', facts.barriersResolved],
  ] as const;
  const clauses = moved.filter(([, count]) => count > 0).map(([key, count]) => words.count(`summary.barriers.${key}`, count));
  return clauses.length === 0 ? words.say('summary.barriersSame') : words.say('summary.barriersChanged', { changes: words.list(clauses) });
}

function work(context: ReportContext): string[] {
  const { data, words } = context;
  const facts = data.summary;
  const decisions = words.count('summary.decisions', facts.decisions);
  const actions = words.list([words.count('summary.actionsCompleted', facts.actionsCompleted), words.count('summary.actionsOverdue', facts.actionsOverdue)]);
  const feedback = words.count('summary.feedback', facts.feedbackEntries);
  return [
    words.say('summary.work', { decisions, actions }),
    `${words.count('summary.fidelityReviews', facts.fidelityReviews)}.`,
    facts.feedbackEntries === 0 ? `${feedback}.` : words.say('summary.feedbackActed', { feedback, acted: words.count('summary.actedOn', facts.feedbackActedOn) }),
  ];
}

function isEmpty(context: ReportContext): boolean {
  const { data } = context;
  const facts = data.summary;
  return (
    !facts.hasFigures &&
    facts.targets === null &&
    data.barriers.register.length === 0 &&
    facts.decisions === 0 &&
    data.actions.agreed.length === 0 &&
    facts.actionsCompleted === 0 &&
    facts.fidelityReviews === 0 &&
    facts.feedbackEntries === 0
  );
}

/**
 * The opening sentences, made from the same numbers the sections show (ReportData's summary facts), so the
 * summary can never disagree with the tables below it.
 */
export function reportSummary(context: ReportContext): FileChild[] {
  const { words, write, data } = context;
  if (isEmpty(context)) return [context.none('summary.nothing')];
  const outcomes = data.summary.hasFigures ? [totals(context), ...partial(context), changes(context), ...employment(context)] : [words.say('summary.noFigures')];
  return [
    write.paragraph(outcomes.join(' ')),
    ...[targets(context, data.summary.targets), [barriers(context)], work(context)].filter((sentences) => sentences.length > 0).map((sentences) => write.paragraph(sentences.join(' '))),
  ];
}
