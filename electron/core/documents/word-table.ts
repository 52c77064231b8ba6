import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Language } from '../domain/languages';
import { splitParagraphs } from './split-paragraphs';
import { wordPage } from './word-page';
import { wordRuns } from './word-runs';
import type { WordText } from './word-runs';

/** A column: its header and its share of the width, relative to the other columns. */
export type WordColumn = { header: string; weight: number };

const border = { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F' } as const;
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const cellMargins = { top: 60, bottom: 60, left: 100, right: 100 };

function cell(language: Language, text: WordText, width: number, header: boolean): TableCell {
  // Word needs a paragraph in every cell, even an empty one.
  const paragraphs = typeof text === 'string' ? (splitParagraphs(text).length === 0 ? [''] : splitParagraphs(text)) : [text];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, fill: 'E7ECF3', color: 'auto' } : undefined,
    children: paragraphs.map((part) => new Paragraph({ spacing: { before: 0, after: 40 }, children: wordRuns(language, part) })),
  });
}

/**
 * A full-width table with borders. Its header row repeats at the top of every page the table runs onto, and no
 * row is split across pages, so each row can be read whole.
 */
export function wordTable(language: Language, columns: readonly WordColumn[], rows: readonly (readonly WordText[])[]): Table {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => Math.floor((wordPage.textWidth * column.weight) / total));
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(language, [{ text: column.header, style: 'bold' }], widths[index] ?? 0, true)) });
  const body = rows.map((row) => new TableRow({ cantSplit: true, children: widths.map((width, index) => cell(language, row[index] ?? '', width, false)) }));
  return new Table({ width: { size: wordPage.textWidth, type: WidthType.DXA }, columnWidths: widths, borders, margins: cellMargins, rows: [header, ...body] });
}
