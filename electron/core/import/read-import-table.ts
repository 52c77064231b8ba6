import { createHash } from 'node:crypto';
import type { ColumnKey } from '../domain/column-keys';
import { columnKeyOf, normaliseHeader } from './column-aliases';
import { decodeText } from './decode-text';
import { ImportRefusal } from './import-refusal';
import type { TextEncoding } from '../domain/text-encodings';
import { parseCsv, type Delimiter } from './parse-csv';
import type { RawRow } from './raw-row';
import { looksLikeWorkbook } from './looks-like-workbook';
import { openWorkbook } from './open-workbook';

export type ColumnMapping = Record<string, ColumnKey | 'ignore'>;

/** The user's choices in the preview: they override what was detected. `headerRow` goes with `mapping`. */
export type ImportOptions = { encoding?: TextEncoding; sheet?: string; headerRow?: number; mapping?: ColumnMapping };

export type ImportKind = 'quarterly' | 'targets' | 'fidelity' | 'unknown';

export type ImportColumn = { index: number; header: string; key: ColumnKey | null };

export type ImportTable = {
  format: 'csv' | 'xlsx';
  encoding: { used: TextEncoding; detected: TextEncoding | null } | null;
  delimiter: Delimiter | null;
  sheetNames: string[] | null;
  sheet: string | null;
  headerRow: number | null;
  columns: ImportColumn[];
  /** Identifies the layout of the header row, so a mapping the user made is offered again next time. */
  layoutKey: string;
  dataRows: RawRow[];
  kind: ImportKind;
};

const headerSearchDepth = 30;

function isBlank(cell: string | number): boolean {
  return typeof cell === 'string' && cell.trim() === '';
}

function kindOf(keys: readonly (ColumnKey | null)[]): ImportKind {
  if (keys.includes('item') && keys.includes('score')) return 'fidelity';
  if (keys.includes('service') && keys.includes('quarter')) return 'quarterly';
  if (keys.includes('year') && !keys.includes('quarter')) return 'targets';
  return 'unknown';
}

function layoutKeyOf(cells: readonly (string | number)[]): string {
  const text = cells.map((cell) => normaliseHeader(String(cell))).join('|').replace(/\|+$/, '');
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

function columnsOf(cells: readonly (string | number)[], mapping: ColumnMapping | null): ImportColumn[] {
  return cells.map((cell, index) => {
    const chosen = mapping?.[String(index)];
    const key = chosen === undefined ? columnKeyOf(cell) : chosen === 'ignore' ? null : chosen;
    return { index, header: String(cell).trim(), key };
  });
}

/**
 * Finds the header row below any title or note rows: the first row that names a service and a quarter
 * or year (in either language, or as canonical keys), or whose layout the user has mapped before.
 */
function findHeader(rows: readonly RawRow[], mappingFor: (layoutKey: string) => ColumnMapping | null): { index: number; mapping: ColumnMapping | null } | null {
  const searched = rows.slice(0, headerSearchDepth);
  for (const [index, row] of searched.entries()) {
    const mapping = mappingFor(layoutKeyOf(row.cells));
    if (mapping !== null) return { index, mapping };
    if (kindOf(row.cells.map(columnKeyOf)) !== 'unknown') return { index, mapping: null };
  }
  // No known layout: the first row with two or more words is offered as the header, for the user to map.
  const guess = searched.findIndex((row) => row.cells.filter((cell) => typeof cell === 'string' && /\p{L}/u.test(cell)).length >= 2);
  return guess === -1 ? null : { index: guess, mapping: null };
}

function hasKnownHeader(rows: readonly RawRow[], rememberedMapping: (layoutKey: string) => ColumnMapping | null): boolean {
  return rows.slice(0, headerSearchDepth).some((row) => rememberedMapping(layoutKeyOf(row.cells)) !== null || kindOf(row.cells.map(columnKeyOf)) !== 'unknown');
}

/** Reads a CSV or XLSX file into a header and data rows, ready for the rules of its kind. */
export function readImportTable(bytes: Uint8Array, options: ImportOptions, rememberedMapping: (layoutKey: string) => ColumnMapping | null): ImportTable {
  let rows: RawRow[];
  let table: Pick<ImportTable, 'format' | 'encoding' | 'delimiter' | 'sheetNames' | 'sheet'>;
  if (looksLikeWorkbook(bytes)) {
    const book = openWorkbook(bytes);
    const first = book.sheetNames[0] ?? '';
    let sheet = options.sheet !== undefined && book.sheetNames.includes(options.sheet) ? options.sheet : first;
    if (options.sheet === undefined && !hasKnownHeader(book.rowsOf(first), rememberedMapping)) {
      // The table is often not on the first sheet (notes or a cover sheet come first): take the first sheet that has one.
      sheet = book.sheetNames.slice(1).find((name) => hasKnownHeader(book.rowsOf(name), rememberedMapping)) ?? first;
    }
    rows = book.rowsOf(sheet);
    table = { format: 'xlsx', encoding: null, delimiter: null, sheetNames: book.sheetNames, sheet };
  } else {
    const decoded = decodeText(bytes, options.encoding);
    if (!decoded.ok) throw new ImportRefusal(decoded.code, { encoding: options.encoding ?? decoded.detected ?? '' }, { used: options.encoding ?? null, detected: decoded.detected });
    const csv = parseCsv(decoded.text);
    rows = csv.rows;
    table = { format: 'csv', encoding: { used: decoded.encoding, detected: decoded.detected }, delimiter: csv.delimiter, sheetNames: null, sheet: null };
  }
  const filled = rows.filter((row) => !row.cells.every(isBlank));
  const chosenRow = options.headerRow === undefined ? -1 : filled.findIndex((row) => row.rowNumber === options.headerRow);
  const header = chosenRow === -1 ? findHeader(filled, rememberedMapping) : { index: chosenRow, mapping: null };
  if (header === null) return { ...table, headerRow: null, columns: [], layoutKey: '', dataRows: [], kind: 'unknown' };
  const headerRow = filled[header.index];
  if (headerRow === undefined) return { ...table, headerRow: null, columns: [], layoutKey: '', dataRows: [], kind: 'unknown' };
  const mapping = options.mapping ?? header.mapping;
  const columns = columnsOf(headerRow.cells, mapping);
  return {
    ...table,
    headerRow: headerRow.rowNumber,
    columns,
    layoutKey: layoutKeyOf(headerRow.cells),
    dataRows: filled.slice(header.index + 1),
    kind: kindOf(columns.map((column) => column.key)),
  };
}
