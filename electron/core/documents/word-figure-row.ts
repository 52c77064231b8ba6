import { BorderStyle, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Language } from '../domain/languages';
import { wordFigure, type WordFigureContent } from './word-figure';
import { wordPage } from './word-page';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

/**
 * Pictures side by side, each with its alt text and caption, in a table without borders: two charts that
 * belong together take the height of one. The row is never split across pages.
 */
export function wordFigureRow(language: Language, figures: readonly WordFigureContent[]): Table {
  const cellWidth = Math.floor(wordPage.textWidth / Math.max(1, figures.length));
  // Twips to pixels at 96 to the inch, less the cell's margins.
  const maxWidth = Math.floor(((cellWidth - 200) * 96) / 1440);
  return new Table({
    width: { size: wordPage.textWidth, type: WidthType.DXA },
    columnWidths: figures.map(() => cellWidth),
    borders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: figures.map((figure) => new TableCell({ width: { size: cellWidth, type: WidthType.DXA }, borders, children: wordFigure(language, figure, maxWidth) })),
      }),
    ],
  });
}
