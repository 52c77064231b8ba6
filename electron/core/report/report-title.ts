import type { ReportContext } from './report-context';
import { reportPeriodLabel } from './report-period-label';

/** The report's title: the committee's own if it gave one, else its name and the period. */
export function reportTitle(context: ReportContext): string {
  const { data, options, words } = context;
  const given = options.title?.trim() ?? '';
  if (given !== '') return given;
  const committee = data.committee?.name.trim() ?? '';
  const name = committee === '' ? words.say('cover.unnamedCommittee') : committee;
  const label = reportPeriodLabel(words, data.period.from, data.period.to);
  return label.halfYear === null ? words.say('title.range', { committee: name, period: label.text }) : words.say('title.half', { committee: name, period: label.halfYear });
}
