import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import type { ImportFile } from '../../electron/core/import/plan-import';

/** A part of a ZIP file to write: its bytes, and optionally the size its headers should claim. */
type Part = { name: string; data: Uint8Array; claimedSize?: number };

const header = 'service;quarter;referrals;engaged;served;worked;job_starts;sustained_13w;in_education;sheltered;ended_employed;ended_unemployed;es_fte';

function le(value: number, bytes: 2 | 4): number[] {
  return Array.from({ length: bytes }, (_, index) => Math.floor(value / 256 ** index) % 256);
}

/**
 * Writes a ZIP with deflated parts, and sizes in its headers that may lie: the kind of file a hostile
 * sender makes, which no spreadsheet program would write. CRCs are left at zero; readers that matter
 * here do not check them before the limits apply.
 */
function zip(parts: readonly Part[]): Uint8Array {
  const chunks: number[][] = [];
  const blobs: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = [...Buffer.from(part.name, 'utf8')];
    const packed = deflateRawSync(part.data, { level: 1 });
    const size = part.claimedSize ?? part.data.length;
    const common = [...le(20, 2), ...le(0, 2), ...le(8, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4), ...le(packed.length, 4), ...le(size, 4), ...le(name.length, 2), ...le(0, 2)];
    const local = [0x50, 0x4b, 0x03, 0x04, ...common, ...name];
    chunks.push(local);
    blobs.push(packed);
    central.push(0x50, 0x4b, 0x01, 0x02, ...le(20, 2), ...common, ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4), ...le(offset, 4), ...name);
    offset += local.length + packed.length;
  }
  const end = [0x50, 0x4b, 0x05, 0x06, ...le(0, 2), ...le(0, 2), ...le(parts.length, 2), ...le(parts.length, 2), ...le(central.length, 4), ...le(offset, 4), ...le(0, 2)];
  const out: Uint8Array[] = [];
  chunks.forEach((chunk, index) => out.push(Uint8Array.from(chunk), blobs[index] ?? new Uint8Array()));
  out.push(Uint8Array.from(central), Uint8Array.from(end));
  return Buffer.concat(out);
}

/** The parts of a real one-sheet workbook with the template's header, to build hostile variants from. */
function workbookParts(): Record<string, Uint8Array> {
  const sheet = XLSX.utils.aoa_to_sheet([header.split(';'), ['Hradec Králové', '2026-Q1', 12, 9, 40, 16, 4, 2, 1, 0, 1, 1, 1.5]]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Data');
  const written: unknown = XLSX.write(book, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS did not write an ArrayBuffer');
  return unzipSync(new Uint8Array(written));
}

function withParts(replaced: Record<string, Uint8Array>, claimed: Record<string, number> = {}): Uint8Array {
  const parts = { ...workbookParts(), ...replaced };
  return zip(Object.entries(parts).map(([name, data]) => ({ name, data, ...(claimed[name] === undefined ? {} : { claimedSize: claimed[name] }) })));
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const sheetXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;

function file(fileName: string, bytes: Uint8Array): ImportFile {
  return { fileName, bytes, options: {} };
}

/** The hostile files of the importer's tests and of `npm run bench`, made on the spot. */
export const hostileFiles = {
  /** A small workbook whose one sheet unpacks to `megabytes` of blank space, sizes declared honestly. */
  zipBomb(megabytes: number): ImportFile {
    const blank = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
    return file('bomb.xlsx', withParts({ 'xl/worksheets/sheet1.xml': Buffer.concat([utf8(sheetXml('').replace('</sheetData>', '')), blank, utf8('</sheetData></worksheet>')]) }));
  },

  /** The same, with headers that claim the sheet is a few kilobytes. */
  lyingZipBomb(megabytes: number): ImportFile {
    const blank = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
    const sheet = Buffer.concat([utf8(sheetXml('').replace('</sheetData>', '')), blank, utf8('</sheetData></worksheet>')]);
    return file('lying-bomb.xlsx', withParts({ 'xl/worksheets/sheet1.xml': sheet }, { 'xl/worksheets/sheet1.xml': 4096 }));
  },

  /** A workbook whose first cell is one shared string of `megabytes` million characters. */
  hugeSharedString(megabytes: number): ImportFile {
    const text = 'a'.repeat(megabytes * 1_000_000);
    const strings = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${text}</t></si></sst>`;
    return file('huge-string.xlsx', withParts({ 'xl/sharedStrings.xml': utf8(strings), 'xl/worksheets/sheet1.xml': utf8(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')) }));
  },

  /** A workbook of `sheets` small sheets, each with the template's header and one row. */
  manySheets(sheets: number): ImportFile {
    const book = XLSX.utils.book_new();
    for (let index = 0; index < sheets; index += 1) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header.split(';'), [`Služba ${String(index)}`, '2026-Q1', 3]]), `S${String(index)}`);
    const written: unknown = XLSX.write(book, { type: 'array', bookType: 'xlsx' });
    if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS did not write an ArrayBuffer');
    return file(`${String(sheets)}-sheets.xlsx`, new Uint8Array(written));
  },

  /** A sheet of `cells` empty cells in rows of a hundred. */
  manyCells(cells: number): ImportFile {
    const row = `<row>${'<c/>'.repeat(100)}</row>`;
    return file('many-cells.xlsx', withParts({ 'xl/worksheets/sheet1.xml': utf8(sheetXml(row.repeat(Math.ceil(cells / 100)))) }));
  },

  /** A CSV whose one data row names its service with `characters` letters. */
  longLine(characters: number): ImportFile {
    return file('long-line.csv', utf8(`${header}\r\n${'x'.repeat(characters)};2026-Q1;12\r\n`));
  },

  /** A CSV of `rows` data rows, each service with up to 100 quarters (2000-Q1 to 2024-Q4), none twice. */
  manyRows(rows: number): ImportFile {
    const lines = [header];
    for (let index = 0; index < rows; index += 1) {
      const quarter = index % 100;
      lines.push(`Služba ${String(Math.floor(index / 100))};${String(2000 + Math.floor(quarter / 4))}-Q${String((quarter % 4) + 1)};12;9;40;16;4;2;1;0;1;1;1,5`);
    }
    return file('many-rows.csv', utf8(`${lines.join('\r\n')}\r\n`));
  },
};
