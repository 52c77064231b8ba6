import { defaultReportTitle } from './default-report-title';
import type { ReportContext } from './report-context';

/** The report's title: the committee's own if it gave one, else its name and the period. */
export function reportTitle(context: ReportContext): string {
  const { data, options } = context;
  const given = options.title?.trim() ?? '';
  return given !== '' ? given : defaultReportTitle(data.committee?.name ?? '', data.period.from, data.period.to, options.language);
}
