import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder } from '../../electron/core/backup/backup-folder';
import { exportDatabase } from '../../electron/core/export/export-database';
import type { FilePreview, ImportFile } from '../../electron/core/import/plan-import';
import { formatIssue } from '../../electron/cli/format-issue';
import { runCli } from '../../electron/cli/run-cli';
import { translate } from '../../electron/shared/translate';
import { apiFor, type TestApi } from '../helpers/api-for';
import { fileDigest } from '../helpers/file-digest';
import { hostileFiles } from '../helpers/hostile-files';
import { tempDir } from '../helpers/temp-dir';

const header = 'service;quarter;referrals;engaged;served;worked;job_starts;sustained_13w;in_education;sheltered;ended_employed;ended_unemployed;es_fte';

async function committee(): Promise<{ api: TestApi; path: string }> {
  const path = join(tempDir(), 'committee.sqlite');
  const api = apiFor(path);
  await api.call('setUpCommittee', { name: 'Řídicí výbor IPS', region: 'Královéhradecký kraj', language: 'cs' });
  return { api, path };
}

/** Everything a failed import must leave as it was: every record, and the backup folder. */
function state(api: TestApi, path: string): string {
  const backups = existsSync(backupFolder(path)) ? readdirSync(backupFolder(path)).sort() : [];
  return JSON.stringify({ records: exportDatabase(api.context.workspace.db()).tables, backups });
}

const upload = (file: ImportFile) => ({ fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64'), options: file.options });
const csv = (fileName: string, text: string): ImportFile => ({ fileName, bytes: new TextEncoder().encode(text), options: {} });

/** Imports for real through the API, as the window does; returns the one file's preview and checks nothing was written. */
async function refused(file: ImportFile): Promise<{ preview: FilePreview; messages: string[] }> {
  const { api, path } = await committee();
  const before = state(api, path);
  const preview = await api.call('previewImport', { files: [upload(file)] });
  const result = await api.call('commitImport', { files: [upload(file)] });
  expect(result.stored).toBe(false);
  // The preview says exactly what the import then does.
  expect(result.files).toEqual(preview.files);
  expect(state(api, path)).toBe(before);
  const [first] = result.files;
  if (first === undefined) throw new Error('no preview');
  return { preview: first, messages: first.errors.map(formatIssue) };
}

describe('figures the importer refuses, with file, row, column and value, writing nothing', () => {
  it('a count of a hundred quintillion, before it can turn into a float, and one over a million', async () => {
    const { messages } = await refused(csv('huge.csv', `${header}\r\nHradec Králové;2026-Q1;1${'0'.repeat(20)}\r\nNáchod;2026-Q1;2000000\r\n`));
    expect(messages).toEqual([
      `huge.csv, row 2, referrals: "1${'0'.repeat(20)}" is more than 1000000, the most a count can be; check the figure`,
      'huge.csv, row 3, referrals: "2000000" is more than 1000000, the most a count can be; check the figure',
    ]);
  });

  it('a count that a float cannot hold exactly is refused, not changed', async () => {
    const { preview } = await refused(csv('precise.csv', `${header}\r\nHradec Králové;2026-Q1;9007199254740993\r\n`));
    expect(preview.errors).toMatchObject([{ row: 2, column: 'referrals', value: '9007199254740993', code: 'value_too_large' }]);
  });

  it('staffing of 1e400 as text, and 1e30 as a number in a workbook', async () => {
    expect((await refused(csv('fte.csv', `${header}\r\nHradec Králové;2026-Q1;3;;;;;;;;;;1e400\r\n`))).messages).toEqual(['fte.csv, row 2, es_fte: "1e400" is not a number']);
    const sheet = XLSX.utils.aoa_to_sheet([header.split(';'), ['Hradec Králové', '2026-Q1', 3, '', '', '', '', '', '', '', '', '', 1e30]]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Data');
    const written: unknown = XLSX.write(book, { type: 'array', bookType: 'xlsx' });
    if (!(written instanceof ArrayBuffer)) throw new Error('no workbook');
    const { messages } = await refused({ fileName: 'fte.xlsx', bytes: new Uint8Array(written), options: {} });
    expect(messages).toEqual(['fte.xlsx, row 2, es_fte: "1e+30" is more than 500 full-time equivalents, the most a service can have; check the figure']);
  });

  it('a service name of a million characters, quoted short', async () => {
    const { preview, messages } = await refused(hostileFiles.longLine(1_000_000));
    expect(preview.errors).toMatchObject([{ row: 2, column: 'service', code: 'service_name_too_long', params: { max: 200, length: 1_000_000 } }]);
    expect(messages[0]).toBe(`long-line.csv, row 2, service: the service name has 1000000 characters, more than the 200 a name may have; shorten it`);
    expect(preview.errors[0]?.value).toBe(`${'x'.repeat(60)}…`);
  });

  it('a service name holding NUL and other control characters, shown visibly', async () => {
    const { messages } = await refused(csv('control.csv', `${header}\r\nHradec\u0000Králové;2026-Q1;3\r\nNá\u001bchod;2026-Q1;4\r\n`));
    expect(messages).toEqual([
      'control.csv, row 2, service: the service name "HradecU+0000Králové" holds invisible control characters (shown as U+…); type the name again',
      'control.csv, row 3, service: the service name "NáU+001Bchod" holds invisible control characters (shown as U+…); type the name again',
    ]);
  });

  it('in Czech too', () => {
    expect(translate('cs', 'importIssues.value_too_large', { value: '2000000', max: 1_000_000 })).toBe('„2000000“ je víc než 1000000, nejvyšší možný počet; zkontrolujte údaj');
  });
});

describe('the same rules for a figure typed in by hand, or sent to the API', () => {
  async function withService() {
    const { api, path } = await committee();
    const [service] = await api.call('addService', { name: 'Hradec Králové', provider: '', startDate: '2020-01-01' });
    if (service === undefined) throw new Error('no service');
    return { api, path, serviceId: service.id };
  }

  it('refuses a count over a million, staffing over 500 FTE, and an infinite number, writing nothing', async () => {
    const { api, path, serviceId } = await withService();
    const before = state(api, path);
    const figure = { serviceId, quarter: '2026-Q1' };
    expect(await api.raw('setFigure', { ...figure, measure: 'referrals', value: 2_000_000 })).toEqual({ ok: false, error: { code: 'figure_too_large', params: { max: 1_000_000 }, field: 'value' } });
    expect(await api.raw('setFigure', { ...figure, measure: 'es_fte', value: 600 })).toEqual({ ok: false, error: { code: 'figure_too_large', params: { max: 500 }, field: 'value' } });
    // JSON.parse turns 1e400 into Infinity: the schema refuses it before the core sees it.
    expect(await api.raw('setFigure', JSON.parse(`{"serviceId":"${serviceId}","quarter":"2026-Q1","measure":"es_fte","value":1e400}`))).toMatchObject({ ok: false, error: { code: 'validation', field: 'value' } });
    expect(state(api, path)).toBe(before);
    expect(translate('en', 'errors.figure_too_large', { max: 500 })).toBe('That is more than 500, the most this figure can be. Check the number.');
    // At the limits, the figures are taken.
    expect(await api.raw('setFigure', { ...figure, measure: 'referrals', value: 1_000_000 })).toMatchObject({ ok: true });
  });

  it('refuses names with control characters in the forms, with a message of its own', async () => {
    const { api, path } = await committee();
    const before = state(api, path);
    expect(await api.raw('addService', { name: 'Hradec\u0000Králové', provider: '', startDate: '2020-01-01' })).toEqual({
      ok: false,
      error: { code: 'text_control_characters', params: { field: 'name' }, field: 'name' },
    });
    expect(await api.raw('addService', { name: 'x'.repeat(201), provider: '', startDate: '2020-01-01' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } });
    expect(state(api, path)).toBe(before);
  });

  it('never answers with a library’s error', async () => {
    const { api } = await committee();
    // A database error the core did not expect (here: a table taken away under it) is logged, and the user gets the general message.
    api.context.workspace.db().exec('DROP TABLE import_mapping');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(await api.raw('listImports', {})).toMatchObject({ ok: true });
      const answer = await api.raw('commitImport', { files: [upload(csv('a.csv', `${header}\r\nHradec Králové;2026-Q1;3\r\n`))] });
      expect(answer).toEqual({ ok: false, error: { code: 'internal', params: {} } });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(translate('en', 'errors.internal')).not.toMatch(/sqlite|error:/i);
  });
});

describe('encodings', () => {
  it('imports Excel’s “Unicode text”: UTF-16 with its byte order mark, separated by tabs', async () => {
    const { api } = await committee();
    const text = `${header.replaceAll(';', '\t')}\r\nHradec Králové\t2026-Q1\t12\t9\t40\t16\t4\t2\t1\t0\t1\t1\t1,5\r\nŽďár nad Sázavou\t2026-Q1\t3\r\n`;
    const file: ImportFile = { fileName: 'unicode.txt', bytes: iconv.encode(text, 'utf-16le', { addBOM: true }), options: {} };
    const result = await api.call('commitImport', { files: [upload(file)] });
    expect(result.stored).toBe(true);
    expect(result.files[0]).toMatchObject({ encoding: { used: 'utf-16le', detected: 'utf-16le' }, delimiter: '\t', added: 2, servicesToCreate: ['Hradec Králové', 'Žďár nad Sázavou'] });
  });

  it('refuses Cyrillic in any of the encodings it reads, rather than import its names as garbage', async () => {
    const cyrillic = { fileName: 'ru.csv', bytes: iconv.encode(`${header}\r\nМосква;2026-Q1;12\r\nСанкт-Петербург;2026-Q1;4\r\n`, 'windows-1251'), options: {} };
    const { preview, messages } = await refused(cyrillic);
    expect(preview.encoding).toEqual({ used: null, detected: 'windows-1252' });
    expect(messages).toEqual([
      'ru.csv: the file does not read as text in windows-1252: it holds characters that encoding does not have. Choose another encoding above (UTF-8, UTF-16, Windows-1250 or Windows-1252), or check that it is a CSV file',
    ]);
    for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'windows-1252'] as const) {
      expect((await refused({ ...cyrillic, options: { encoding } })).preview.errors.map((error) => error.code), encoding).toEqual(['encoding_implausible']);
    }
  });

  it('refuses a file whose encoding cannot be told at all, naming the choices', async () => {
    // UTF-16 without the byte order mark Excel always writes: every other byte is zero.
    const unmarked = { fileName: 'unmarked.txt', bytes: iconv.encode(`${header}\r\nHradec Králové;2026-Q1;12\r\n`, 'utf-16le'), options: {} };
    const { preview, messages } = await refused(unmarked);
    expect(preview.encoding).toEqual({ used: null, detected: null });
    expect(messages).toEqual([
      'unmarked.txt: the file\'s encoding could not be told: choose it above (UTF-8, UTF-16, Windows-1250 Central European or Windows-1252 Western European), or save the file from your spreadsheet as "CSV UTF-8"',
    ]);
    // Chosen in the preview, the right encoding reads it.
    const { api } = await committee();
    const chosen = await api.call('previewImport', { files: [{ ...upload(unmarked), options: { encoding: 'utf-16le' } }] });
    expect(chosen.files[0]).toMatchObject({ encoding: { used: 'utf-16le', detected: null }, errors: [], added: 1, servicesToCreate: ['Hradec Králové'] });
  });

  it('refuses a file that does not read as text in the encoding chosen', async () => {
    const picture = { fileName: 'photo.csv', bytes: Uint8Array.from({ length: 4096 }, (_, index) => (index * 37 + 11) % 256), options: { encoding: 'windows-1252' as const } };
    const { messages } = await refused(picture);
    expect(messages[0]).toMatch(/^photo\.csv: the file does not read as text in windows-1252: it holds characters that encoding does not have/);
  });
});

describe('hostile workbooks, refused before they are unpacked or parsed', () => {
  it.each([
    ['a zip bomb', () => hostileFiles.zipBomb(200), 'workbook_too_large_unpacked', 'bomb.xlsx: unpacked, the workbook would take 201 MB, more than the 100 MB the workbench reads: save the sheet with the figures as its own file, or as CSV'],
    ['a zip bomb that lies about its sizes', () => hostileFiles.lyingZipBomb(200), 'workbook_damaged', 'lying-bomb.xlsx: the workbook is damaged (a part of it is cut short, or larger than it says): open it in your spreadsheet program and save it again, or save it as CSV'],
    ['a shared string of 400 million characters', () => hostileFiles.hugeSharedString(400), 'workbook_too_large_unpacked', 'huge-string.xlsx: unpacked, the workbook would take 382 MB, more than the 100 MB the workbench reads: save the sheet with the figures as its own file, or as CSV'],
    ['a shared string of 50 million characters', () => hostileFiles.hugeSharedString(50), 'workbook_text_too_long', 'huge-string.xlsx: a cell holds 50000000 characters of text, more than the 32767 a cell can hold in Excel: the file is damaged or was not made by a spreadsheet'],
    ['300 sheets', () => hostileFiles.manySheets(300), 'workbook_too_many_sheets', '300-sheets.xlsx: the workbook has 300 sheets, more than the 100 the workbench reads: save the sheet with the figures as its own file'],
    ['3.1 million cells', () => hostileFiles.manyCells(3_100_000), 'workbook_too_many_cells', 'many-cells.xlsx: the workbook has more than 3000000 cells in its sheets: save the sheet with the figures as its own file, or split it'],
    ['300,000 rows of CSV', () => hostileFiles.manyRows(300_000), 'too_many_rows', 'many-rows.csv: the file has 300000 rows, more than the 200000 one import takes; split it'],
  ])('%s', async (_name, make, code, message) => {
    const { preview, messages } = await refused(make());
    expect(preview.errors.map((error) => error.code)).toEqual([code]);
    expect(messages).toEqual([message]);
  });

  it('reads a workbook of sixty sheets once, and finds the table on its last sheet', async () => {
    const book = XLSX.utils.book_new();
    for (let index = 0; index < 59; index += 1) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Notes'], [`page ${String(index)}`]]), `Notes ${String(index)}`);
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header.split(';'), ['Hradec Králové', '2026-Q1', 12]]), 'Figures');
    const written: unknown = XLSX.write(book, { type: 'array', bookType: 'xlsx' });
    if (!(written instanceof ArrayBuffer)) throw new Error('no workbook');
    const { api } = await committee();
    const result = await api.call('previewImport', { files: [upload({ fileName: 'sixty.xlsx', bytes: new Uint8Array(written), options: {} })] });
    expect(result.files[0]).toMatchObject({ sheet: 'Figures', added: 1, errors: [] });
    expect(result.files[0]?.sheetNames).toHaveLength(60);
  });
});

describe('the command line', () => {
  async function cliCommittee(): Promise<string> {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    expect((await runCli(['init', path, '--committee', 'Výbor', '--region', 'Kraj'])).exitCode).toBe(0);
    return path;
  }

  const snapshot = (path: string) => JSON.stringify({ digest: fileDigest(path), backups: existsSync(backupFolder(path)) ? readdirSync(backupFolder(path)) : [] });

  it('says in a dry run exactly what the import then says, and stores nothing, not even a backup', async () => {
    const path = await cliCommittee();
    const file = join(tempDir(), 'huge.csv');
    writeFileSync(file, `${header}\r\nHradec Králové;2026-Q1;1${'0'.repeat(20)}\r\n`);
    const before = snapshot(path);
    const dry = await runCli(['import', path, file, '--dry-run']);
    const real = await runCli(['import', path, file]);
    expect(dry).toEqual(real);
    expect(real.exitCode).toBe(1);
    expect(real.stderr).toContain(`huge.csv, row 2, referrals: "1${'0'.repeat(20)}" is more than 1000000, the most a count can be; check the figure`);
    expect(real.stderr).not.toMatch(/SqliteError|at .*\.ts:\d+/);
    expect(snapshot(path)).toBe(before);
  });

  it('stores nothing, not even a backup, for a file that only repeats what is stored, and says so', async () => {
    const path = await cliCommittee();
    const file = join(tempDir(), 'q1.csv');
    writeFileSync(file, `${header}\r\nHradec Králové;2026-Q1;12\r\n`);
    expect((await runCli(['import', path, file])).exitCode).toBe(0);
    const before = snapshot(path);
    const again = await runCli(['import', path, file]);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('q1.csv: quarterly file, 1 row read; 0 added, 0 replaced, 1 unchanged');
    expect(again.stdout).toContain('Nothing was stored: the file(s) only repeat what is stored.');
    expect(snapshot(path)).toBe(before);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const path = await cliCommittee();
    const file = join(tempDir(), 'big.csv');
    writeFileSync(file, Buffer.alloc(21 * 1024 * 1024, 0x20));
    const before = snapshot(path);
    expect(await runCli(['import', path, file])).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: '  error: big.csv: the file is larger than 20 MB; split it into smaller files\nNothing was stored: 1 error(s). Correct the file(s) and import again.',
    });
    expect(snapshot(path)).toBe(before);
  });

  it('reads a file in the encoding given with --encoding, and refuses an encoding it does not know', async () => {
    const path = await cliCommittee();
    const file = join(tempDir(), 'unmarked.txt');
    writeFileSync(file, iconv.encode(`${header}\r\nHradec Králové;2026-Q1;12\r\n`, 'utf-16le'));
    expect((await runCli(['import', path, file, '--dry-run'])).stderr).toContain("the file's encoding could not be told");
    const read = await runCli(['import', path, file, '--encoding', 'utf-16le']);
    expect(read.exitCode).toBe(0);
    expect(read.stdout).toContain('1 added');
    const unknown = await runCli(['import', path, file, '--encoding', 'latin-2']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('--encoding takes utf-8, utf-16le, utf-16be, windows-1250, windows-1252');
  });
});
