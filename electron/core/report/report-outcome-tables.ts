import type { Table } from 'docx';
import type { WordText } from '../documents/word-runs';
import { flowMeasures, isStock, stockMeasures, type Measure } from '../domain/measures';
import type { Rate } from '../figures/summarise-figures';
import type { TargetProgress } from '../figures/target-progress';
import { reportBand } from './report-band';
import type { ReportContext } from './report-context';
import type { OutcomeBlock, RateChange, ReportRateKey, ServiceOutcomes } from './report-data';
import type { ReportWords } from './report-words';

/** The counts every report shows; the others only when a service reported them. */
const mainMeasures: readonly Measure[] = ['referrals', 'engaged', 'job_starts', 'sustained_13w', 'served', 'worked'];

/** One decimal for staffing and for averages that are not whole (102.5 people a quarter); whole numbers otherwise. */
function digits(measure: Measure, value: number | null): number {
  return measure === 'es_fte' || (value !== null && !Number.isInteger(Math.round(value * 10) / 10)) ? 1 : 0;
}

function signed(words: ReportWords, value: number | null, places = 0): string {
  if (value === null) return words.noData;
  const size = words.number(Math.abs(value), places);
  if (size === words.number(0, places)) return size;
  return value > 0 ? `+${size}` : `−${size}`;
}

/** A rate as a share (or, for the caseload, people per specialist). */
function rateValue(words: ReportWords, key: ReportRateKey, value: number | null): string {
  return key === 'caseloadPerFte' ? words.number(value, 1) : words.percent(value);
}

/**
 * A rate's change as the reader can check it against the two values printed beside it: the difference of
 * the rounded percentages, in percentage points; "0" rather than "−0" when they round alike.
 */
function rateDifference(words: ReportWords, change: RateChange): string {
  const { rate: key, current, previous } = change;
  if (current === null || previous === null) return words.noData;
  if (key === 'caseloadPerFte') return signed(words, Math.round(current * 10) / 10 - Math.round(previous * 10) / 10, 1);
  const points = Math.round(current * 100) - Math.round(previous * 100);
  return words.say('outcomes.points', { value: signed(words, points) });
}

function part(words: ReportWords, value: number): string {
  return words.number(value, Number.isInteger(Math.round(value * 10) / 10) ? 0 : 1);
}

function fraction(words: ReportWords, rate: Rate): string {
  return rate === null ? words.noData : `${part(words, rate.numerator)}\u00a0/\u00a0${part(words, rate.denominator)}`;
}

function employmentCell(context: ReportContext, block: Pick<OutcomeBlock, 'summary'>): WordText {
  const { words, data } = context;
  const { employmentRate, employmentBand } = block.summary;
  if (employmentRate === null || employmentBand === null) return words.noData;
  return [{ text: words.percent(employmentRate.value) }, { text: `\n${reportBand(words, data.appendix.employmentBenchmarks, employmentBand, 'short')}`, style: 'italic' }];
}

function label(words: ReportWords, measure: Measure, over: number): string {
  // Over one quarter a caseload figure is simply that quarter's; over several it is their average.
  return isStock(measure) && over > 1 ? words.say(`measures.${measure}.average`) : words.measure(measure);
}

function counts(context: ReportContext, block: OutcomeBlock): Table {
  const { words } = context;
  const order = [...flowMeasures, ...stockMeasures];
  const shown = order.flatMap((measure) => {
    const change = block.changes.find((entry) => entry.measure === measure);
    return change !== undefined && (mainMeasures.includes(measure) || change.current !== null) ? [change] : [];
  });
  const over = block.summary.quarters.length;
  const rows = shown.map((change) => [
    label(words, change.measure, over),
    words.number(change.current, digits(change.measure, change.current)),
    words.number(change.previous, digits(change.measure, change.previous)),
    signed(words, change.difference, digits(change.measure, change.difference)),
  ]);
  return context.table(['outcomes.measure', 'outcomes.thisPeriod', 'outcomes.previousPeriod', 'outcomes.change'], rows);
}

function rates(context: ReportContext, block: OutcomeBlock): Table {
  const { words } = context;
  const implied = block.targets?.impliedRates;
  const rows = block.rateChanges.map((change) => {
    const rate = block.summary[change.rate];
    const current = change.rate === 'employmentRate' ? employmentCell(context, block) : rateValue(words, change.rate, change.current);
    const planned = change.rate === 'engagementRate' || change.rate === 'jobStartRate' || change.rate === 'sustainmentRate' ? (implied?.[change.rate] ?? null) : null;
    return [words.rate(change.rate), current, fraction(words, rate), planned === null ? '' : words.percent(planned), rateValue(words, change.rate, change.previous), rateDifference(words, change)];
  });
  return context.table(['outcomes.rate', 'outcomes.thisPeriod', 'outcomes.fromCounts', 'outcomes.planned', 'outcomes.previousPeriod', 'outcomes.change'], rows);
}

function targets(context: ReportContext, progress: TargetProgress): Table {
  const { words } = context;
  // Once the year is over the target itself is the measure; "expected by now" would only repeat it.
  const rows = progress.lines.map((line) => [
    words.measure(line.measure),
    words.number(line.target),
    ...(progress.yearOver ? [] : [words.number(line.expected, line.expected === null || Number.isInteger(line.expected) ? 0 : 1)]),
    words.number(line.actual),
    words.percent(line.share),
    line.judgement === null ? words.noData : words.say(`outcomes.judgement.${line.judgement}`),
  ]);
  return context.table(['outcomes.measure', 'outcomes.target', ...(progress.yearOver ? [] : ['outcomes.expected']), 'outcomes.actual', 'outcomes.share', 'outcomes.judgementHeader'], rows);
}

function serviceCounts(context: ReportContext, services: readonly ServiceOutcomes[]): Table {
  const { words } = context;
  const shown = ['referrals', 'engaged', 'job_starts', 'sustained_13w', 'served'] as const;
  const rows = services.map((service) => [service.name, ...shown.map((measure) => words.number(service.summary.totals[measure], digits(measure, service.summary.totals[measure])))]);
  // Over one quarter the caseload is that quarter's; over several, its average.
  const over = Math.max(0, ...services.map((service) => service.summary.quarters.length));
  return context.table(['outcomes.service', ...shown.map((measure) => (measure === 'served' && over > 1 ? 'measures.served.shortAverage' : `measures.${measure}.short`))], rows);
}

function serviceRates(context: ReportContext, services: readonly ServiceOutcomes[]): Table {
  const { words } = context;
  const keys = ['engagementRate', 'jobStartRate', 'sustainmentRate'] as const;
  const rows = services.map((service) => [
    service.name,
    ...keys.map((key) => words.percent(service.summary[key]?.value ?? null)),
    words.percent(service.summary.employmentRate?.value ?? null),
    words.number(service.summary.caseloadPerFte?.value ?? null, 1),
  ]);
  return context.table(['outcomes.service', ...keys.map((key) => `rates.${key}.short`), 'rates.employmentRate.short', 'rates.caseloadPerFte.short'], rows);
}

function serviceTargets(context: ReportContext, services: readonly ServiceOutcomes[]): Table | null {
  const { words } = context;
  const rows = services.flatMap((service) =>
    (service.targets?.lines ?? [])
      .filter((line) => line.target !== null)
      .map((line) => [service.name, words.measure(line.measure), words.number(line.target), words.number(line.actual), words.percent(line.share), line.judgement === null ? words.noData : words.say(`outcomes.judgement.${line.judgement}`)]),
  );
  if (rows.length === 0) return null;
  return context.table(['outcomes.service', 'outcomes.measure', 'outcomes.target', 'outcomes.actual', 'outcomes.share', 'outcomes.judgementHeader'], rows);
}

/** The outcome tables: the committee's counts, rates and targets, and the services side by side. */
export const reportOutcomeTables = { counts, rates, targets, serviceCounts, serviceRates, serviceTargets };
