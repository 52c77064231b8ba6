import { describe, expect, it } from 'vitest';
import { parseQuarter } from '../../electron/core/domain/quarter';
import { parse as csvParse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeText } from '../../electron/core/import/decode-text';
import { detectDelimiter, parseCsv, type Delimiter } from '../../electron/core/import/parse-csv';
import { parseCount, parseDecimal } from '../../electron/core/import/parse-number';
import { columnKeyOf } from '../../electron/core/import/column-aliases';

describe('reading quarters', () => {
  it.each(['2026-Q1', '2026 Q1', 'Q1 2026', 'Q1/2026', '1Q2026', ' 2026q1 ', 'q1-2026', '1Q 2026'])('reads %j as 2026-Q1', (text) => {
    expect(parseQuarter(text)).toBe('2026-Q1');
  });
  // The notations of the workbench's other languages: Danish, Spanish, French, Croatian and Czech spreadsheets.
  it.each(['2026 K1', 'K1 2026', '1. kvt. 2026', '1. kvartal 2026', 'T1 2026', '1T 2026', '1er trimestre 2026', '1.º trimestre 2026', '1. tromjesečje 2026.', '1. čtvrtletí 2026'])(
    'reads %j as 2026-Q1',
    (text) => {
      expect(parseQuarter(text)).toBe('2026-Q1');
    },
  );
  it.each(['2026-Q5', 'Q0 2026', '2026', 'March 2026', '', '1999-Q4', '26-Q1', '5. kvt. 2026', 'T0 2026', '1. trimestre', 'X1 2026'])('refuses %j', (text) => {
    expect(parseQuarter(text)).toBeNull();
  });
});

describe('reading numbers', () => {
  it('reads counts with thousands separators and treats blank as not reported', () => {
    expect(parseCount('1 020')).toEqual({ ok: true, value: 1020 });
    expect(parseCount('1\u00a0020')).toEqual({ ok: true, value: 1020 });
    expect(parseCount('1.020')).toEqual({ ok: true, value: 1020 });
    expect(parseCount('1,000,000')).toEqual({ ok: true, value: 1000000 });
    expect(parseCount('000000000000012')).toEqual({ ok: true, value: 12 });
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

  it('refuses a count above a million before it can lose digits, and staffing above 500 FTE or infinite', () => {
    expect(parseCount('1 000 001')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseCount(`1${'0'.repeat(20)}`)).toEqual({ ok: false, reason: 'too_large' });
    expect(parseCount('9007199254740993')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseCount('2000000,00')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseCount(2_000_000)).toEqual({ ok: false, reason: 'too_large' });
    expect(parseCount(Number.POSITIVE_INFINITY)).toEqual({ ok: false, reason: 'too_large' });
    expect(parseCount('1e6')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseDecimal('500')).toEqual({ ok: true, value: 500 });
    expect(parseDecimal('500,01')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseDecimal(`1${'0'.repeat(400)}`)).toEqual({ ok: false, reason: 'too_large' });
    expect(parseDecimal('1e400')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseDecimal(1e30)).toEqual({ ok: false, reason: 'too_large' });
    expect(parseDecimal(Number.POSITIVE_INFINITY)).toEqual({ ok: false, reason: 'too_large' });
  });

  it('reads decimals with a comma or a point', () => {
    expect(parseDecimal('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseDecimal('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseDecimal('1.234,5')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseDecimal('234,5')).toEqual({ ok: true, value: 234.5 });
    expect(parseDecimal('1,234.5')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseDecimal('0,8')).toEqual({ ok: true, value: 0.8 });
    expect(parseDecimal('')).toEqual({ ok: true, value: null });
    expect(parseDecimal('abc')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseDecimal('-1')).toEqual({ ok: false, reason: 'negative' });
  });
});

describe('reading text files', () => {
  // Lines as committees in the five countries of the scale-up would type them, in their own code pages.
  const samples = {
    cs: 'Služba;Čtvrtletí;Doporučení\r\nPéče o duševní zdraví Hradec;2026-Q1;12\r\nŽďár nad Sázavou – Ústí;2026-Q1;3\r\nČeský Těšín;2026-Q2;4\r\n',
    hr: 'Služba;Tromjesečje;Uputnice\r\nĐakovo zdravlje;2026-Q1;12\r\nČakovec i Šibenik;2026-Q1;3\r\nŽupanija Osijek;2026-Q2;4\r\n',
    fr: 'Service;Trimestre;Orientations\r\nSanté mentale à Besançon;2026-Q1;12\r\nÉquipe emploi Côte-d’Or;2026-Q1;3\r\nGarçon Noël;2026-Q2;4\r\n',
    da: 'Tjeneste;Kvartal;Henvisninger\r\nÆrø Sundhed;2026-Q1;12\r\nKøbenhavn Øst;2026-Q1;3\r\nÅrhus Psykiatri;2026-Q2;4\r\n',
    es: 'Servicio;Trimestre;Derivaciones\r\nSalud Mental Logroño;2026-Q1;12\r\nEquipo de empleo Cádiz;2026-Q1;3\r\nAndalucía Señora;2026-Q2;4\r\n',
  };

  it('reads UTF-8 with and without BOM, and UTF-16 LE and BE with their BOM', () => {
    for (const text of Object.values(samples)) {
      expect(decodeText(iconv.encode(text, 'utf-8'))).toMatchObject({ ok: true, encoding: 'utf-8', text });
      expect(decodeText(iconv.encode(text, 'utf-8', { addBOM: true }))).toMatchObject({ ok: true, encoding: 'utf-8', text });
      expect(decodeText(iconv.encode(text, 'utf-16le', { addBOM: true }))).toMatchObject({ ok: true, encoding: 'utf-16le', text });
      expect(decodeText(iconv.encode(text, 'utf-16be', { addBOM: true }))).toMatchObject({ ok: true, encoding: 'utf-16be', text });
    }
  });

  it('tells Windows-1250 (Czech, Croatian) from Windows-1252 (French, Danish, Spanish)', () => {
    for (const [language, encoding] of [['cs', 'windows-1250'], ['hr', 'windows-1250'], ['fr', 'windows-1252'], ['da', 'windows-1252'], ['es', 'windows-1252']] as const) {
      const text = samples[language];
      expect(decodeText(iconv.encode(text, encoding)), language).toMatchObject({ ok: true, encoding, detected: encoding, text });
    }
    // The user's choice in the preview wins over the detection.
    expect(decodeText(iconv.encode(samples.cs, 'windows-1250'), 'windows-1252')).toMatchObject({ ok: true, encoding: 'windows-1252', detected: 'windows-1250' });
  });

  it('refuses a file whose encoding cannot be told, or that does not read as text, naming the choices', () => {
    const choices = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'windows-1252'];
    const cyrillic = iconv.encode('Служба;Квартал\r\nМосква;2026-Q1;12\r\nСанкт-Петербург;2026-Q2;4\r\n', 'windows-1251');
    expect(decodeText(cyrillic)).toEqual({ ok: false, code: 'encoding_unknown', detected: null, choices });
    const japanese = iconv.encode('サービス;四半期\r\n東京の就労支援;2026-Q1;12\r\n大阪の就労支援;2026-Q2;4\r\n', 'shift_jis');
    expect(decodeText(japanese)).toMatchObject({ ok: false, code: 'encoding_unknown' });
    // UTF-16 without its mark is not guessed at.
    expect(decodeText(iconv.encode(samples.fr, 'utf-16le'))).toMatchObject({ ok: false, code: 'encoding_unknown' });
    // A picture renamed to .csv holds control characters in any encoding.
    const picture = Uint8Array.from({ length: 2048 }, (_, index) => (index * 37 + 11) % 256);
    const guessed = decodeText(picture);
    expect(guessed.ok || ['encoding_unknown', 'encoding_implausible'].includes(guessed.code)).toBe(true);
    expect(guessed.ok).toBe(false);
    expect(decodeText(picture, 'windows-1252')).toMatchObject({ ok: false, code: 'encoding_implausible', choices });
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

  it('reads any well-formed CSV as csv-parse does, numbering each row by the line it starts on', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('', ' ', 'Hradec Králové', '2 500', '1,5', 'say "hi"', 'a;b', 'a,b', 'two\r\nlines', 'one\nline', '\t', '""', 'Žďár – Ústí'),
    );
    const table = fc.record({
      delimiter: fc.constantFrom<Delimiter>(';', ',', '\t'),
      newline: fc.constantFrom('\r\n', '\n'),
      // Rows of at least two cells: a lone empty cell is a blank line, which both readers may skip.
      rows: fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 20 }),
    });
    fc.assert(
      fc.property(table, ({ delimiter, newline, rows }) => {
        // RFC 4180: a cell is quoted when it holds the delimiter, a quote, a line break or space at either end.
        const quote = (value: string) => (/["\r\n]|^\s|\s$/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value);
        const text = rows.map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
        const theirs: unknown = csvParse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
        const ours = parseCsv(text, delimiter).rows;
        expect(ours.map((row) => row.cells)).toEqual(theirs);
        let line = 1;
        const starts = rows.map((row) => {
          const start = line;
          line += row.join('').split('\n').length - 1 + 1;
          return start;
        });
        expect(ours.map((row) => row.rowNumber)).toEqual(starts);
      }),
      { numRuns: 300 },
    );
  });

  it('recognises column headers in either language, any case, with or without diacritics', () => {
    for (const header of ['job_starts', 'JOB STARTS', 'Job starts', 'Nástupy do práce', 'nastupy do prace', 'Job-starts']) expect(columnKeyOf(header), header).toBe('job_starts');
    for (const header of ['Služba', 'SLUZBA', 'service']) expect(columnKeyOf(header), header).toBe('service');
    expect(columnKeyOf('Čtvrtletí')).toBe('quarter');
    expect(columnKeyOf('Pracovní konzultanti (úvazky)')).toBe('es_fte');
    expect(columnKeyOf('Favourite colour')).toBeNull();
  });
});
