import * as XLSX from '@e965/xlsx';
import type { Language } from '../domain/languages';
import { localeTag } from '../domain/locale-tag';
import { measures, targetMeasures } from '../domain/measures';
import { translate } from '../../shared/translate';
import { csvCell } from '../export/csv-cell';

export type TemplateKind = 'quarterly' | 'targets';
export type TemplateFormat = 'csv' | 'xlsx';

function headers(kind: TemplateKind, language: Language): string[] {
  const label = (key: string) => translate(language, `measures.${key}.label`);
  return kind === 'quarterly'
    ? [translate(language, 'columns.service'), translate(language, 'columns.quarter'), ...measures.map(label)]
    : [translate(language, 'columns.service'), translate(language, 'columns.year'), ...targetMeasures.map(label)];
}

/**
 * An empty import file whose first row names the columns in the chosen language. Where the decimal sign is a
 * comma (Czech, Danish, Spanish, French, Croatian), Excel separates CSV columns with semicolons, so the CSV
 * does too; a BOM tells Excel the file is UTF-8.
 */
export function buildTemplate(kind: TemplateKind, format: TemplateFormat, language: Language): { fileName: string; bytes: Uint8Array; mimeType: string } {
  const names = headers(kind, language);
  const base = translate(language, kind === 'quarterly' ? 'import.templateQuarterlyFile' : 'import.templateTargetsFile');
  if (format === 'csv') {
    const decimalComma = new Intl.NumberFormat(localeTag(language)).format(1.5).includes(',');
    const delimiter = decimalComma ? ';' : ',';
    const text = `\uFEFF${names.map((name) => csvCell(name, delimiter)).join(delimiter)}\r\n`;
    return { fileName: `${base}.csv`, bytes: new TextEncoder().encode(text), mimeType: 'text/csv' };
  }
  const sheet = XLSX.utils.aoa_to_sheet([names]);
  sheet['!cols'] = names.map((name) => ({ wch: Math.max(12, name.length + 2) }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, translate(language, kind === 'quarterly' ? 'import.templateQuarterlySheet' : 'import.templateTargetsSheet'));
  const bytes: unknown = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true });
  if (!(bytes instanceof ArrayBuffer)) throw new Error('XLSX writer returned no bytes');
  return { fileName: `${base}.xlsx`, bytes: new Uint8Array(bytes), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
