import { describe, expect, it } from 'vitest';
import { parseQuarter } from '../../electron/core/domain/quarter';
import { decodeText, detectEncoding } from '../../electron/core/import/decode-text';
import { detectDelimiter, parseCsv } from '../../electron/core/import/parse-csv';
import { parseCount, parseDecimal } from '../../electron/core/import/parse-number';
import { columnKeyOf } from '../../electron/core/import/column-aliases';

describe('reading quarters', () => {
  it.each(['2026-Q1', '2026 Q1', 'Q1 2026', 'Q1/2026', '1Q2026', ' 2026q1 ', 'q1-2026', '1Q 2026'])('reads %j as 2026-Q1', (text) => {
    expect(parseQuarter(text)).toBe('2026-Q1');
  });
  it.each(['2026-Q5', 'Q0 2026', '2026', 'March 2026', '', '1999-Q4', '26-Q1'])('refuses %j', (text) => {
    expect(parseQuarter(text)).toBeNull();
  });
});

describe('reading numbers', () => {
  it('reads counts with thousands separators and treats blank as not reported', () => {
    expect(parseCount('1 020')).toEqual({ ok: true, value: 1020 });
    expect(parseCount('1\u00a0020')).toEqual({ ok: true, value: 1020 });
    expect(parseCount('1.020')).toEqual({ ok: true, value: 1020 });
    expect(parseCount('1,020,300')).toEqual({ ok: true, value: 1020300 });
    expect(parseCount(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseCount('12,0')).toEqual({ ok: true, value: 12 });
    expect(parseCount(14)).toEqual({ ok: true, value: 14 });
    expect(parseCount('')).toEqual({ ok: true, value: null });
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
  });

  it('says why a count is refused', () => {
    expect(parseCount('12a')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseCount('-3')).toEqual({ ok: false, reason: 'negative' });
    expect(parseCount('6,5')).toEqual({ ok: false, reason: 'fraction' });
    expect(parseCount(2.5)).toEqual({ ok: false, reason: 'fraction' });
    expect(parseCount('1 02')).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('reads decimals with a comma or a point', () => {
    expect(parseDecimal('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseDecimal('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseDecimal('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseDecimal('0,8')).toEqual({ ok: true, value: 0.8 });
    expect(parseDecimal('')).toEqual({ ok: true, value: null });
    expect(parseDecimal('abc')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseDecimal('-1')).toEqual({ ok: false, reason: 'negative' });
  });
});

describe('reading text files', () => {
  it('tells UTF-8 (with and without BOM), Windows-1250 and Windows-1252 apart', () => {
    const czech = 'Služba;Čtvrtletí;Doporučení\r\nHradec Králové;2026-Q1;12\r\n';
    expect(detectEncoding(new TextEncoder().encode(czech))).toBe('utf-8');
    expect(decodeText(new TextEncoder().encode(`\uFEFF${czech}`)).text).toBe(czech);
    const cp1250 = Uint8Array.from([0x53, 0x6c, 0x75, 0x9e, 0x62, 0x61, 0x3b, 0xc8, 0x74, 0x76, 0x72, 0x74, 0x6c, 0x65, 0x74, 0xed, 0x3b, 0xf8, 0xec]);
    expect(decodeText(cp1250)).toMatchObject({ encoding: 'windows-1250', text: 'Služba;Čtvrtletí;řě' });
    const french = Uint8Array.from([0x53, 0x65, 0x72, 0x76, 0x69, 0x63, 0x65, 0x3b, 0x72, 0xe9, 0x66, 0xe8, 0x72, 0x65, 0x3b, 0x70, 0xe8, 0x72, 0x65, 0x3b, 0xe0]);
    expect(decodeText(french)).toMatchObject({ encoding: 'windows-1252', text: 'Service;réfère;père;à' });
    expect(decodeText(cp1250, 'windows-1252').text).toBe('Služba;Ètvrtletí;øì');
  });

  it('finds the separator and keeps quoted separators and line breaks inside a cell', () => {
    expect(detectDelimiter('a;b;c\r\n1;2,5;3\r\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    const { rows } = parseCsv('service,note\r\n"Náchod, sever","two\r\nlines"\r\nJičín,"say ""hi"""\r\n', ',');
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['service', 'note'] },
      { rowNumber: 2, cells: ['Náchod, sever', 'two\r\nlines'] },
      { rowNumber: 4, cells: ['Jičín', 'say "hi"'] },
    ]);
  });

  it('recognises column headers in either language, any case, with or without diacritics', () => {
    for (const header of ['job_starts', 'JOB STARTS', 'Job starts', 'Nástupy do práce', 'nastupy do prace', 'Job-starts']) expect(columnKeyOf(header), header).toBe('job_starts');
    for (const header of ['Služba', 'SLUZBA', 'service']) expect(columnKeyOf(header), header).toBe('service');
    expect(columnKeyOf('Čtvrtletí')).toBe('quarter');
    expect(columnKeyOf('Pracovní konzultanti (úvazky)')).toBe('es_fte');
    expect(columnKeyOf('Favourite colour')).toBeNull();
  });
});
