import type { QuarterCoverage, QuarterState } from './report-data';
import type { ReportWords } from './report-words';

const order: readonly QuarterState[] = ['reported', 'partly_reported', 'not_reported', 'not_ended'];

/**
 * Which quarters the figures cover, in one or two sentences: those reported, and those reported only in part,
 * not reported yet or not ended yet. The cover, the summary and the outcomes all say it with these words.
 */
export function reportCoverage(words: ReportWords, coverage: readonly QuarterCoverage[]): string {
  const of = (state: QuarterState) => coverage.filter((entry) => entry.state === state).map((entry) => entry.quarter);
  const withFigures = [...of('reported'), ...of('partly_reported')].sort();
  const sentences = [withFigures.length === 0 ? words.say('coverage.none') : words.say('coverage.covers', { quarters: words.quarters(withFigures) })];
  for (const state of order.slice(1)) {
    const quarters = of(state);
    if (quarters.length > 0) sentences.push(words.count(`coverage.${state}`, quarters.length, { quarters: words.quarters(quarters) }));
  }
  return sentences.join(' ');
}
