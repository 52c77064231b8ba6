import * as XLSX from '@e965/xlsx';
import type { RawRow } from './raw-row';

export type Workbook = { sheetNames: string[]; sheet: string; rows: RawRow[] };

/** True for the ZIP container of .xlsx files (and for .xls's compound file), whatever the file is called. */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const compound = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || compound;
}

/**
 * The rows of one sheet (the first unless the user picked another), numbered as Excel shows them.
 * Numbers stay numbers; numbers stored as text stay text and are read like CSV values.
 */
export function readWorkbook(bytes: Uint8Array, sheetName?: string): Workbook {
  const book = XLSX.read(bytes, { type: 'array', cellDates: false, cellFormula: false, cellHTML: false, dense: true });
  const sheetNames = book.SheetNames;
  const sheet = sheetName !== undefined && sheetNames.includes(sheetName) ? sheetName : (sheetNames[0] ?? '');
  const worksheet = book.Sheets[sheet];
  if (worksheet === undefined || worksheet['!ref'] === undefined) return { sheetNames, sheet, rows: [] };
  const range = XLSX.utils.decode_range(worksheet['!ref']);
  const matrix: unknown[][] = XLSX.utils.sheet_to_json(worksheet, { header: 1, raw: true, blankrows: true, defval: '' });
  const rows = matrix.map((cells, index) => ({
    rowNumber: range.s.r + index + 1,
    cells: [
      // Columns before the used range's first column are empty in the sheet; keep positions as Excel shows them.
      ...Array.from({ length: range.s.c }, () => ''),
      ...cells.map((cell) => (typeof cell === 'number' ? cell : typeof cell === 'string' ? cell : typeof cell === 'boolean' ? String(cell) : '')),
    ],
  }));
  return { sheetNames, sheet, rows };
}
