import * as XLSX from '@e965/xlsx';
import { zipSync } from 'fflate';
import { checkWorkbookParts } from './check-workbook-parts';
import { ImportRefusal } from './import-refusal';
import type { RawRow } from './raw-row';
import { unpackWorkbook } from './unpack-workbook';
import { workbookLimits } from './workbook-limits';

export type OpenWorkbook = { sheetNames: string[]; rowsOf: (sheet: string) => RawRow[] };

// A dense sheet's rows as SheetJS leaves them: a row or cell nobody filled is a hole (or null), whatever its type says.
type DenseRows = readonly (readonly (XLSX.CellObject | undefined)[] | null | undefined)[];

function denseRows(book: XLSX.WorkBook, sheet: string): DenseRows {
  return book.Sheets[sheet]?.['!data'] ?? [];
}

const readOptions = { type: 'array', dense: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false, cellNF: false } as const;

function cellValue(cell: XLSX.CellObject | undefined): string | number {
  if (cell === undefined) return '';
  const value = cell.v;
  return typeof value === 'number' || typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : '';
}

function cellsOf(book: XLSX.WorkBook): number {
  let cells = 0;
  for (const name of book.SheetNames) for (const row of denseRows(book, name)) cells += row?.length ?? 0;
  return cells;
}

/**
 * The workbook, parsed once whatever the number of sheets: the rows of each sheet are taken from that
 * one parse as they are asked for, numbered as Excel shows them. An XLSX file is unpacked and checked
 * within the limits first and handed to the parser unpacked (stored, not compressed), so the parser
 * never inflates anything itself. Numbers stay numbers; numbers stored as text stay text.
 */
export function openWorkbook(bytes: Uint8Array): OpenWorkbook {
  let book: XLSX.WorkBook;
  if (bytes[0] === 0x50) {
    const parts = unpackWorkbook(bytes);
    checkWorkbookParts(parts);
    book = XLSX.read(zipSync(parts, { level: 0 }), readOptions);
  } else {
    // An .xls file is not compressed: its size (at most the import's 20 MB) bounds the parse.
    book = XLSX.read(bytes, readOptions);
    if (book.SheetNames.length > workbookLimits.maxSheets) throw new ImportRefusal('workbook_too_many_sheets', { sheets: book.SheetNames.length, limit: workbookLimits.maxSheets });
    if (cellsOf(book) > workbookLimits.maxCells) throw new ImportRefusal('workbook_too_many_cells', { limit: workbookLimits.maxCells });
  }
  const rows = new Map<string, RawRow[]>();
  return {
    sheetNames: book.SheetNames,
    rowsOf(sheet) {
      const known = rows.get(sheet);
      if (known !== undefined) return known;
      const data = denseRows(book, sheet);
      const read: RawRow[] = [];
      // Rows and cells come from what the sheet holds, never from its declared dimension, which may be anything.
      data.forEach((cells, index) => {
        if (cells === undefined || cells === null) return;
        if (cells.length > workbookLimits.maxColumns) throw new ImportRefusal('workbook_too_wide', { sheet, row: index + 1, limit: workbookLimits.maxColumns });
        read.push({ rowNumber: index + 1, cells: Array.from({ length: cells.length }, (_, column) => cellValue(cells[column])) });
      });
      rows.set(sheet, read);
      return read;
    },
  };
}
