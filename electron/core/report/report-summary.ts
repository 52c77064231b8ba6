import type { FileChild } from 'docx';
import type { TargetJudgement, TargetProgress } from '../figures/target-progress';
import { reportBand } from './report-band';
import type { ReportContext } from './report-context';
import { reportCoverage } from './report-coverage';
import type { MeasureChange } from './report-data';
import { reportPeriodLabel } from './report-period-label';

function totals(context: ReportContext): string {
  const { data, words } = context;
  const phrase = (change: MeasureChange | undefined, measure: string) =>
    change === undefined || change.current === null ? words.say(`summary.missing.${measure}`) : words.count(`counts.${measure}`, change.current);
  const [referrals, engaged, jobStarts, sustained] = ['referrals', 'engaged', 'job_starts', 'sustained_13w'].map((measure) =>
    phrase(
      data.summary.totals.find((total) => total.measure === measure),
      measure,
    ),
  );
  return words.say('summary.totals', { period: reportPeriodLabel(words, data.period.from, data.period.to).text, referrals: referrals ?? '', engaged: engaged ?? '', jobStarts: jobStarts ?? '', sustained: sustained ?? '' });
}

/** Only quarters some service is missing need saying here; the full coverage is on the cover. */
function partial(context: ReportContext): string[] {
  const { data, words } = context;
  const incomplete = data.outcomes.coverage.some((entry) => entry.state !== 'reported');
  return incomplete ? [reportCoverage(words, data.outcomes.coverage)] : [];
}

function changes(context: ReportContext): string {
  const { data, words } = context;
  const { comparedWith } = data.outcomes.committee;
  const compared = data.summary.totals.flatMap((change) => {
    if (change.difference === null) return [];
    const measure = words.say(`summary.changeNoun.${change.measure}`);
    const direction = change.difference > 0 ? 'up' : change.difference < 0 ? 'down' : 'same';
    return [words.say(`summary.change.${direction}`, { measure, count: words.number(Math.abs(change.difference)) })];
  });
  if (comparedWith.length === 0 || compared.length === 0) return words.say('summary.noComparison');
  return words.say('summary.compared', { quarters: words.quarters(comparedWith), changes: words.list(compared) });
}

function employment(context: ReportContext): string[] {
  const { data, words } = context;
  const { current, previous } = data.summary.employmentRate;
  const band = data.outcomes.committee.summary.employmentBand;
  if (current === null || band === null) return [];
  const sentence = words.say('summary.employment', { rate: words.percent(current), band: reportBand(words, data.appendix.employmentBenchmarks, band, 'sentence') });
  if (previous === null) return [sentence];
  return [sentence, words.say('summary.employmentBefore', { quarters: words.quarters(data.outcomes.committee.comparedWith), rate: words.percent(previous) })];
}

function targets(context: ReportContext, progress: TargetProgress | null): string[] {
  const { words } = context;
  const lines = progress?.lines.filter((line) => line.target !== null) ?? [];
  if (progress === null || lines.length === 0) return [];
  const parts = lines.map((line) =>
    words.say('summary.targetLine', { measure: words.say(`summary.targetNoun.${line.measure}`), actual: words.number(line.actual), target: words.number(line.target), share: words.percent(line.share) }),
  );
  const intro = progress.yearOver ? words.say('summary.targetsYearOver', { year: progress.year }) : words.count('summary.targetsIntro', progress.reportedQuarters.length, { year: progress.year });
  const judged = (judgement: TargetJudgement) => lines.filter((line) => line.judgement === judgement).map((line) => words.say(`summary.targetNoun.${line.measure}`));
  const verdicts = (['met', 'not_met', 'on_pace', 'behind'] as const).flatMap((judgement) => {
    const list = judged(judgement);
    return list.length === 0 ? [] : [words.say(`summary.judged.${judgement}`, { list: words.list(list) })];
  });
  return [`${intro} ${parts.join('; ')}.`, ...verdicts];
}

function barriers(context: ReportContext): string {
  const { data, words } = context;
  const facts = data.summary;
  if (facts.barriersInRegister === 0) return words.say('summary.noRegister');
  const moved = [
    ['worse', facts.barriersWorse],
    ['better', facts.barriersBetter],
    ['new', facts.barriersNew],
    ['resolved', facts.barriersResolved],
  ] as const;
  const clauses = moved.filter(([, count]) => count > 0).map(([key, count]) => words.count(`summary.barriers.${key}`, count));
  const register = words.count('summary.register', facts.barriersInRegister);
  return clauses.length === 0 ? words.say('summary.barriersSame', { register }) : words.say('summary.barriersChanged', { register, changes: words.list(clauses) });
}

function work(context: ReportContext): string[] {
  const { data, words } = context;
  const facts = data.summary;
  const decisions = words.count('summary.decisions', facts.decisions);
  const actions = words.list([words.count('summary.actionsCompleted', facts.actionsCompleted), words.count('summary.actionsOpen', facts.actionsOpen, { overdue: words.count('summary.ofThemOverdue', facts.actionsOverdue) })]);
  const feedback = words.count('summary.feedback', facts.feedbackEntries);
  const reviews = words.count('summary.fidelityReviews', facts.fidelityReviews);
  return [
    words.say('summary.work', { decisions, actions, date: words.date(data.period.asOf) }),
    facts.fidelityDue === 0 ? `${reviews}.` : words.say('summary.fidelityDue', { reviews, due: words.count('summary.reviewsDue', facts.fidelityDue) }),
    facts.feedbackEntries === 0
      ? `${feedback}.`
      : words.say('summary.feedbackActed', {
          feedback,
          // "1 of them" reads badly when there was only one and it was acted on, so "all of them" (or "it") is said instead.
          acted: facts.feedbackActedOn === facts.feedbackEntries ? words.count('summary.allActedOn', facts.feedbackActedOn) : words.count('summary.actedOn', facts.feedbackActedOn),
        }),
  ];
}

function isEmpty(context: ReportContext): boolean {
  const facts = context.data.summary;
  return (
    !facts.hasFigures &&
    facts.targets === null &&
    facts.barriersInRegister === 0 &&
    facts.decisions === 0 &&
    facts.actionsAgreed === 0 &&
    facts.actionsOpen === 0 &&
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
