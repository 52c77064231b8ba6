import type { EmploymentBand } from '../figures/summarise-figures';
import type { ReportAppendix } from './report-data';
import type { ReportWords } from './report-words';

/**
 * The IPS Learning Community band of an employment rate in words, with its threshold written in the
 * report's number format: short for a table cell, long for a sentence of the summary.
 */
export function reportBand(words: ReportWords, benchmarks: ReportAppendix['employmentBenchmarks'], band: EmploymentBand, form: 'short' | 'sentence'): string {
  const threshold = band === 'below_minimal' ? benchmarks.minimal : benchmarks[band];
  return words.say(`bands.${form}.${band}`, { threshold: words.percent(threshold) });
}
