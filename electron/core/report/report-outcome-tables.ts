import type { Table } from 'docx';
import type { WordText } from '../documents/word-runs';
import type { CountMeasure } from '../domain/measures';
import type { Rate } from '../figures/summarise-figures';
import type { TargetProgress } from '../figures/target-progress';
import { reportBand } from './report-band';
import type { ReportContext } from './report-context';
import type { OutcomeBlock, RateChange, ReportRateKey, ServiceOutcomes } from './report-data';
import type { ReportWords } from './report-words';

/** The six counts every report shows; the others only when a service reported them. */
const mainMeasures = ['referrals', 'engaged', 'served', 'worked', 'job_starts', 'sustained_13w'] as const satisfies readonly CountMeasure[];

function signed(words: ReportWords, value: number | null, digits = 0): string {
  if (value === null) return words.noData;
  const size = words.number(Math.abs(value), digits);
  if (size === words.number(0, digits)) return size;
  return value > 0 ? `+${size}` : `−${size}`;
}

/** A rate as a share (or, for the caseload, people per specialist). */
function rateValue(words: ReportWords, key: ReportRateKey, value: number | null): string {
  return key === 'caseloadPerFte' ? words.number(value, 1) : words.percent(value);
}

/**
 * A rate's change as the reader can check it against the two values printed beside it: the difference of
 * the rounded percentages, in percentage points.
 */
function rateDifference(words: ReportWords, change: RateChange): string {
  const { rate: key, current, previous } = change;
  if (current === null || previous === null) return words.noData;
  if (key === 'caseloadPerFte') return signed(words, change.difference, 1);
  const points = Math.round(current * 100) - Math.round(previous * 100);
  return words.say('outcomes.points', { value: signed(words, points) });
}

function fraction(words: ReportWords, rate: Rate): string {
  return rate === null ? words.noData : `${words.number(rate.numerator, Number.isInteger(rate.numerator) ? 0 : 1)} / ${words.number(rate.denominator, Number.isInteger(rate.denominator) ? 0 : 1)}`;
}

function employmentCell(context: ReportContext, block: Pick<OutcomeBlock, 'summary'>): WordText {
  const { words, data } = context;
  const { employmentRate, employmentBand } = block.summary;
  if (employmentRate === null || employmentBand === null) return words.noData;
  return [{ text: words.percent(employmentRate.value) }, { text: `\n${reportBand(words, data.appendix.employmentBenchmarks, employmentBand, 'short')}`, style: 'italic' }];
}

function counts(context: ReportContext, block: OutcomeBlock): Table {
  const { words } = context;
  const shown = block.changes.filter((change) => mainMeasures.some((measure) => measure === change.measure) || change.current !== null);
  const rows = shown.map((change) => [words.measure(change.measure), words.number(change.current), words.number(change.previous), signed(words, change.difference)]);
  return context.table([['outcomes.measure', 40], ['outcomes.thisPeriod', 20], ['outcomes.previousPeriod', 20], ['outcomes.change', 20]], rows);
}

function rates(context: ReportContext, block: OutcomeBlock): Table {
  const { words } = context;
  const rows = block.rateChanges.map((change) => {
    const rate = block.summary[change.rate];
    const current = change.rate === 'employmentRate' ? employmentCell(context, block) : rateValue(words, change.rate, change.current);
    return [words.rate(change.rate), current, fraction(words, rate), rateValue(words, change.rate, change.previous), rateDifference(words, change)];
  });
  return context.table([['outcomes.rate', 27], ['outcomes.thisPeriod', 21], ['outcomes.fromCounts', 18], ['outcomes.previousPeriod', 18], ['outcomes.change', 16]], rows);
}

function targets(context: ReportContext, progress: TargetProgress): Table {
  const { words } = context;
  const onPace = (value: boolean | null) => (value === null ? words.noData : words.say(value ? 'outcomes.onPaceYes' : 'outcomes.onPaceNo'));
  const rows = progress.lines.map((line) => [words.measure(line.measure), words.number(line.target), words.number(line.expectedByNow, Number.isInteger(line.expectedByNow ?? 0) ? 0 : 1), words.number(line.actual), words.percent(line.progress), onPace(line.onPace)]);
  return context.table([['outcomes.measure', 24], ['outcomes.target', 12], ['outcomes.expected', 17], ['outcomes.actual', 16], ['outcomes.share', 17], ['outcomes.onPace', 14]], rows);
}

function serviceCounts(context: ReportContext, services: readonly ServiceOutcomes[]): Table {
  const { words } = context;
  const rows = services.map((service) => [service.name, ...mainMeasures.map((measure) => words.number(service.summary.totals[measure]))]);
  return context.table([['outcomes.service', 16], ...mainMeasures.map((measure) => [`measures.${measure}.short`, 14] as const)], rows);
}

function serviceRates(context: ReportContext, services: readonly ServiceOutcomes[]): Table {
  const { words } = context;
  const keys = ['engagementRate', 'jobStartRate', 'sustainmentRate'] as const;
  const rows = services.map((service) => [
    service.name,
    ...keys.map((key) => words.percent(service.summary[key]?.value ?? null)),
    employmentCell(context, service),
    words.number(service.summary.caseloadPerFte?.value ?? null, 1),
  ]);
  return context.table([['outcomes.service', 18], ...keys.map((key) => [`rates.${key}.short`, 14] as const), ['rates.employmentRate.short', 24], ['rates.caseloadPerFte.short', 16]], rows);
}

function serviceTargets(context: ReportContext, services: readonly ServiceOutcomes[]): Table | null {
  const { words } = context;
  const rows = services.flatMap((service) =>
    (service.targets?.lines ?? []).filter((line) => line.target !== null).map((line) => [service.name, words.measure(line.measure), words.number(line.target), words.number(line.actual), words.percent(line.progress)]),
  );
  if (rows.length === 0) return null;
  return context.table([['outcomes.service', 30], ['outcomes.measure', 25], ['outcomes.target', 15], ['outcomes.actual', 15], ['outcomes.share', 15]], rows);
}

/** The outcome tables: the committee's counts, rates and targets, and the services side by side. */
export const reportOutcomeTables = { counts, rates, targets, serviceCounts, serviceRates, serviceTargets };
