import type Database from 'better-sqlite3';
import { buildReportDocx } from './build-report-docx';
import { buildEasyReadDocx } from './build-easy-read-docx';
import { documentText } from '../documents/document-text';
import { loadReportData } from './load-report-data';
import type { ReportFields } from './report-records';
import { defaultReportTitle } from './default-report-title';

/** A name the file systems of Windows, macOS and Linux all accept, built from the report's title. */
function fileNameOf(title: string): string {
  // Control characters and the characters Windows forbids in names become spaces.
  const cleaned = title
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${cleaned === '' ? 'report' : cleaned}.docx`;
}

/**
 * The report as a Word file, the same from the Reports screen and from the CLI: its data read in one
 * transaction from the tested figures module, its document built from that data alone. The easy-read
 * summary is made from the same data, so the two documents never disagree.
 */
export async function makeReport(db: Database.Database, fields: ReportFields, today: string, form: 'full' | 'easy_read' = 'full'): Promise<{ fileName: string; bytes: Uint8Array }> {
  const data = loadReportData(db, { from: fields.periodFrom, to: fields.periodTo, today });
  const options = {
    language: fields.language,
    sections: fields.sections,
    foreword: fields.foreword,
    comments: fields.comments,
    showUserRepNames: fields.showUserRepNames,
    title: fields.title,
  };
  const bytes = form === 'full' ? await buildReportDocx(data, options) : await buildEasyReadDocx(data, options);
  const title = fields.title.trim() === '' ? defaultReportTitle(data.committee?.name ?? '', fields.periodFrom, fields.periodTo, fields.language) : fields.title;
  return { fileName: fileNameOf(form === 'full' ? title : `${title} (${documentText(fields.language, 'easyRead.fileSuffix')})`), bytes };
}
