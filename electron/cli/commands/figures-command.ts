import { listServices } from '../../core/committee/list-services';
import { isStock, measures } from '../../core/domain/measures';
import { parsePeriod, periodQuarters } from '../../core/domain/period';
import { loadFigureRows } from '../../core/figures/load-figure-rows';
import { summariseFigures, type FigureSummary, type Rate } from '../../core/figures/summarise-figures';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';
import { withDatabase } from '../with-database';

const usage = 'Usage: npm run cli -- figures <db> --period <2026-H1|2026|2026-Q3>';

function number(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function rate(value: Rate): string {
  return value === null ? 'no data' : `${(value.value * 100).toFixed(1)} % (${number(value.numerator)}/${number(value.denominator)})`;
}

/** Flows are summed over the period's quarters; stocks (the caseload, FTE) are the average per quarter, and say so. */
function describe(label: string, summary: FigureSummary): string[] {
  const several = summary.quarters.length > 1;
  const value = (measure: (typeof measures)[number]) => {
    const total = summary.totals[measure];
    if (total === null) return 'not reported';
    return isStock(measure) && several ? `${number(total)} (average per quarter)` : number(total);
  };
  return [
    label,
    ...measures.map((measure) => `  ${measure.padEnd(18)} ${value(measure)}`),
    `  engagement rate    ${rate(summary.engagementRate)}`,
    `  job-start rate     ${rate(summary.jobStartRate)}`,
    `  13-week rate       ${rate(summary.sustainmentRate)}`,
    `  employment rate    ${rate(summary.employmentRate)}${summary.employmentBand === null ? '' : ` — ${summary.employmentBand.replace('_', ' ')}`}`,
    `  caseload per FTE   ${summary.caseloadPerFte === null ? 'no data' : summary.caseloadPerFte.value.toFixed(1)}`,
  ];
}

/** The committee's and each service's figures for a period, from the same module as the dashboard and the report. */
export function figuresCommand(args: string[]): string {
  const { values, positionals } = parseCommandArgs(args, { period: { type: 'string' } }, ['<db>'], usage);
  const period = values.period === undefined ? null : parsePeriod(values.period);
  if (period === null) throw new CliFailure(`--period takes a half-year (2026-H1), a year (2026) or a quarter (2026-Q3).\n${usage}`, 2);
  const range = periodQuarters(period);
  return withDatabase(positionals[0] ?? '', { command: 'figures', writes: false }, (db) => {
    const rows = loadFigureRows(db, range);
    const lines = describe(`Committee, ${range.from} to ${range.to}`, summariseFigures(rows));
    for (const service of listServices(db)) {
      lines.push(...describe(service.name, summariseFigures(rows.filter((row) => row.serviceId === service.id))));
    }
    return lines.join('\n');
  });
}
