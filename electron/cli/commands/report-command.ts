import { resolve } from 'node:path';
import { readCommittee } from '../../core/committee/read-committee';
import { currentMember } from '../../core/committee/current-member';
import { assertWritableLocation } from '../../core/db/assert-writable-location';
import { parsePeriod } from '../../core/domain/period';
import { periodDates } from '../../core/domain/period-dates';
import { reportSections } from '../../core/domain/report-sections';
import { isCalendarDate } from '../../core/domain/is-calendar-date';
import { todayIso } from '../../core/domain/today-iso';
import { makeReport } from '../../core/report/make-report';
import { reportRecords } from '../../core/report/report-records';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';
import { parseLanguage } from '../parse-language';
import { withDatabaseAsync } from '../with-database';
import { writeFileAtomically } from '../write-file-atomically';
import { stopPoint } from '../../core/testing/stop-point';

const usage =
  'Usage: npm run cli -- report <db> (--period <2026-H1|2026|2026-Q3> | --from <YYYY-MM-DD> --to <YYYY-MM-DD>) --out <file.docx> [--lang <code>] [--no-appendix] [--easy-read]';

function chosenDates(values: { period?: string; from?: string; to?: string }): { from: string; to: string } {
  if (values.period !== undefined) {
    if (values.from !== undefined || values.to !== undefined) throw new CliFailure(`Give either --period or --from and --to, not both.\n${usage}`, 2);
    const period = parsePeriod(values.period);
    if (period === null) throw new CliFailure(`"${values.period}" is not a period; write it as 2026-H1, 2026 or 2026-Q3.\n${usage}`, 2);
    return periodDates(period);
  }
  if (values.from === undefined || values.to === undefined) throw new CliFailure(`--period, or both --from and --to, are required.\n${usage}`, 2);
  if (!isCalendarDate(values.from) || !isCalendarDate(values.to)) {
    throw new CliFailure(`--from and --to must be dates such as 2026-01-01.\n${usage}`, 2);
  }
  if (values.to < values.from) throw new CliFailure(`--to (${values.to}) is before --from (${values.from}).\n${usage}`, 2);
  return { from: values.from, to: values.to };
}

/** The committee's report for a period, the same document the Reports screen exports; it is listed there afterwards. */
export async function reportCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      period: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      'no-appendix': { type: 'boolean' },
      'easy-read': { type: 'boolean' },
    },
    ['<db>'],
    usage,
  );
  if (values.out === undefined) throw new CliFailure(`--out is required.\n${usage}`, 2);
  const out = resolve(values.out);
  if (!out.toLowerCase().endsWith('.docx')) throw new CliFailure(`The output file must end in .docx.\n${usage}`, 2);
  const dates = chosenDates(values);
  assertWritableLocation(out);
  // A report is recorded in the file once written; the easy-read summary is not, so it only reads.
  return withDatabaseAsync(positionals[0] ?? '', { command: 'report', writes: values['easy-read'] !== true }, async (db) => {
    const language = values.lang === undefined ? (readCommittee(db)?.language ?? 'en') : parseLanguage(values.lang, usage);
    const sections = reportSections.filter((section) => section !== 'appendix' || values['no-appendix'] !== true);
    const fields = { title: '', periodFrom: dates.from, periodTo: dates.to, language, sections, foreword: '', comments: {}, showUserRepNames: true };
    const actor = currentMember.read(db);
    if (values['easy-read'] === true) {
      // The easy-read summary goes with a report; it is not listed as a report of its own.
      writeFileAtomically(out, (await makeReport(db, fields, todayIso(), 'easy_read')).bytes);
      return `Wrote the easy-read summary for ${dates.from} to ${dates.to} (${language}) to ${out}.`;
    }
    // The document first, the record after: a report the command could not write is not listed as made.
    const report = await makeReport(db, fields, todayIso());
    stopPoint('report:document-made');
    writeFileAtomically(out, report.bytes);
    db.transaction(() => {
      reportRecords.markExported(db, reportRecords.save(db, null, fields, actor), report.fileName, actor);
      stopPoint('report:recording');
    }).immediate();
    stopPoint('report:recorded');
    return `Wrote the report for ${dates.from} to ${dates.to} (${language}) to ${out}.`;
  });
}
