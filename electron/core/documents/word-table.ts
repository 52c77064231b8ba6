import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Language } from '../domain/languages';
import { columnNeeds, columnWidths } from './column-widths';
import { splitParagraphs } from './split-paragraphs';
import { wordPage } from './word-page';
import { wordRuns } from './word-runs';
import type { WordText } from './word-runs';

/** A column's header; its width follows what the column holds. */
export type WordColumn = { header: string };

const border = { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F' } as const;
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const cellMargins = { top: 30, bottom: 30, left: 100, right: 100 };
/** The cell's margins, its borders and a little room for the reader's font being wider than the estimate. */
const padding = cellMargins.left + cellMargins.right + 80;

/** Table text in 9 pt, as reports set their tables, or smaller only when the longest words of the columns would not fit side by side. */
const typeSizes = [18, 16] as const;

function cell(language: Language, text: WordText, width: number, header: boolean, halfPoints: number): TableCell {
  // Word needs a paragraph in every cell, even an empty one.
  const paragraphs = typeof text === 'string' ? (splitParagraphs(text).length === 0 ? [''] : splitParagraphs(text)) : [text];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, fill: 'E7ECF3', color: 'auto' } : undefined,
    children: paragraphs.map((part) => new Paragraph({ spacing: { before: 0, after: 20, line: 240 }, children: wordRuns(language, part, halfPoints) })),
  });
}

function layout(columns: readonly WordColumn[], rows: readonly (readonly WordText[])[]): { widths: number[]; halfPoints: number } {
  for (const halfPoints of typeSizes) {
    const needs = columns.map((column, index) => {
      const cells: WordText[] = [[{ text: column.header, style: 'bold' }], ...rows.map((row) => row[index] ?? '')];
      return columnNeeds(cells, cells.map((_, row) => row === 0), halfPoints, padding);
    });
    const widths = columnWidths(needs, wordPage.textWidth);
    if (widths !== null) return { widths, halfPoints };
  }
  // Not even the smallest type fits every word: share the width evenly; the document test reports such a table.
  const smallest = typeSizes[typeSizes.length - 1] ?? 16;
  return { widths: columns.map(() => Math.floor(wordPage.textWidth / columns.length)), halfPoints: smallest };
}

/**
 * A full-width table with borders. Columns are as wide as their content needs, so no word is broken across
 * lines in Word or in LibreOffice without Calibri. The header row repeats at the top of every page the table
 * runs onto, and no row is split across pages, so each row can be read whole.
 */
export function wordTable(language: Language, columns: readonly WordColumn[], rows: readonly (readonly WordText[])[]): Table {
  const { widths, halfPoints } = layout(columns, rows);
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(language, [{ text: column.header, style: 'bold' }], widths[index] ?? 0, true, halfPoints)) });
  const body = rows.map((row) => new TableRow({ cantSplit: true, children: widths.map((width, index) => cell(language, row[index] ?? '', width, false, halfPoints)) }));
  return new Table({ width: { size: wordPage.textWidth, type: WidthType.DXA }, columnWidths: widths, borders, margins: cellMargins, rows: [header, ...body] });
}
