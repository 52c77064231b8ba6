import XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { wordDocument } from '../../electron/core/documents/word-document';
import { wordFigure } from '../../electron/core/documents/word-figure';
import { wordPage } from '../../electron/core/documents/word-page';
import { wordParagraphs } from '../../electron/core/documents/word-paragraphs';
import { wordTable } from '../../electron/core/documents/word-table';

// A one-pixel PNG: the picture's content does not matter, only how the document places it.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

type ZipContainer = { FullPaths: string[] };
type ZipReader = { read: (data: Buffer, options: { type: 'buffer' }) => ZipContainer; find: (container: ZipContainer, path: string) => { content: Uint8Array } | null };

function isZipReader(value: unknown): value is ZipReader {
  return typeof value === 'object' && value !== null && 'read' in value && 'find' in value && typeof value.read === 'function' && typeof value.find === 'function';
}

function part(bytes: Uint8Array, path: string): string {
  const reader: unknown = XLSX.CFB;
  if (!isZipReader(reader)) throw new Error('@e965/xlsx no longer offers its CFB reader');
  const entry = reader.find(reader.read(Buffer.from(bytes), { type: 'buffer' }), path);
  if (entry === null) throw new Error(`${path} is missing`);
  return Buffer.from(entry.content).toString('utf8');
}

describe('the Word documents the workbench writes', async () => {
  const write = wordParagraphs('cs');
  const bytes = await wordDocument({
    language: 'cs',
    title: 'Zpráva A & B <pololetí>',
    children: [
      write.title('Pololetní zpráva'),
      write.heading1('Výsledky'),
      ...wordFigure('cs', { png, width: 1600, height: 800, description: 'Počet nástupů do práce rostl každé čtvrtletí.', caption: 'Graf 1: Nástupy do práce' }),
      wordTable('cs', [{ header: 'Služba' }, { header: 'Nástupy' }], [['Pardubice', '12']]),
      write.bullet('První bod'),
    ],
  });
  const document = part(bytes, '/word/document.xml');

  it('are A4 pages with margins of 2.5 cm', () => {
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/);
  });

  it('shrink a wide picture to the text column, keeping its proportions, and give it alt text and a caption', () => {
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(document);
    const width = Number(extent?.[1]);
    const height = Number(extent?.[2]);
    // EMUs: 635 to the twip.
    expect(width).toBeLessThanOrEqual(wordPage.textWidth * 635);
    expect(width).toBeGreaterThan(wordPage.textWidth * 635 * 0.95);
    expect(width / height).toBeCloseTo(2, 2);
    expect(document).toContain('descr="Počet nástupů do práce rostl každé čtvrtletí."');
    expect(document).toMatch(/<w:pStyle w:val="Caption"\/>[\s\S]*?Graf 1: Nástupy do práce/);
  });

  it('make tables as wide as the text, with a header row that repeats on each page', () => {
    expect(document).toContain(`<w:tblW w:type="dxa" w:w="${wordPage.textWidth}"/>`);
    expect(document).toContain('<w:tblHeader/>');
  });

  it('keep a title with special characters intact in the file’s properties', () => {
    expect(part(bytes, '/docProps/core.xml')).toContain('<dc:title>Zpráva A &amp; B &lt;pololetí&gt;</dc:title>');
  });

  it('write bullets as a real Word list', () => {
    expect(document).toMatch(/<w:numPr>[\s\S]*?První bod/);
  });
});
