import type { FileChild, Paragraph, Table } from 'docx';
import { wordParagraphs } from '../documents/word-paragraphs';
import type { WordText } from '../documents/word-runs';
import { wordTable } from '../documents/word-table';
import type { ReportData } from './report-data';
import { reportNames, type ReportNames } from './report-names';
import type { ReportOptions } from './report-options';
import { reportWords, type ReportWords } from './report-words';

/** A table column: the key of its header text under `report.`; its width follows what it holds. */
export type ReportColumn = string;

export type ReportContext = {
  data: ReportData;
  options: ReportOptions;
  words: ReportWords;
  names: ReportNames;
  write: ReturnType<typeof wordParagraphs>;
  table: (columns: readonly ReportColumn[], rows: readonly (readonly WordText[])[]) => Table;
  /** The one line a part without records shows instead of an empty table. */
  none: (key: string, params?: Record<string, string | number>) => Paragraph;
};

/** What every part of the report is written with: the data, the committee's choices, and the report's words. */
export function reportContext(data: ReportData, options: ReportOptions): ReportContext {
  const words = reportWords(options.language);
  const write = wordParagraphs(options.language);
  return {
    data,
    options,
    words,
    names: reportNames(data, options, words),
    write,
    table: (columns, rows) => wordTable(options.language, columns.map((key) => ({ header: words.say(key) })), rows),
    none: (key, params) => write.paragraph([{ text: words.say(key, params), style: 'italic' }]),
  };
}

/** A part of the report: what goes under its heading. It is never empty; a part without records says so. */
export type ReportPart = (context: ReportContext) => FileChild[] | Promise<FileChild[]>;
