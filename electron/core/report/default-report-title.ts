import type { Language } from '../domain/languages';
import { reportPeriodLabel } from './report-period-label';
import { reportWords } from './report-words';

/** "<committee>: report for the first half of 2026", the title a report gets when the committee gives none. */
export function defaultReportTitle(committee: string, from: string, to: string, language: Language): string {
  const words = reportWords(language);
  const label = reportPeriodLabel(words, from, to);
  const name = committee.trim() === '' ? words.say('cover.unnamedCommittee') : committee.trim();
  return label.halfYear === null ? words.say('title.range', { committee: name, period: label.text }) : words.say('title.half', { committee: name, period: label.halfYear });
}
