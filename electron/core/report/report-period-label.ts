import type { ReportWords } from './report-words';

export type PeriodLabel = {
  /** "January–June 2026", or the two dates of a period that is not a calendar half-year. */
  text: string;
  /** "first half of 2026"; null for any other period. */
  halfYear: string | null;
};

function halfOf(from: string, to: string): { half: 1 | 2; year: string } | null {
  const year = from.slice(0, 4);
  if (to.slice(0, 4) !== year) return null;
  if (from.slice(4) === '-01-01' && to.slice(4) === '-06-30') return { half: 1, year };
  if (from.slice(4) === '-07-01' && to.slice(4) === '-12-31') return { half: 2, year };
  return null;
}

/** How the report names a period: by its months when it is H1 (January–June) or H2 (July–December), else by its dates. */
export function reportPeriodLabel(words: ReportWords, from: string, to: string): PeriodLabel {
  const half = halfOf(from, to);
  if (half === null) return { text: words.say('period.range', { from: words.date(from), to: words.date(to) }), halfYear: null };
  return { text: words.say(`period.h${String(half.half)}`, { year: half.year }), halfYear: words.say(`period.half${String(half.half)}`, { year: half.year }) };
}
