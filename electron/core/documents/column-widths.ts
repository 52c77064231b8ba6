import { textWidth } from './text-width';
import type { WordText } from './word-runs';

type Piece = { text: string; bold: boolean };

/** The cell's lines (as typed or generated) and, within each, its runs with their weight. */
function linesOf(text: WordText, boldByDefault: boolean): Piece[][] {
  const runs: readonly { text: string; style?: string }[] = typeof text === 'string' ? [{ text }] : text;
  const lines: Piece[][] = [[]];
  for (const run of runs) {
    run.text.split(/\r?\n/).forEach((part, index) => {
      if (index > 0) lines.push([]);
      lines[lines.length - 1]?.push({ text: part, bold: boldByDefault || run.style === 'bold' });
    });
  }
  return lines;
}

/**
 * The pieces a line may break between: at spaces, and after a hyphen or dash, as Word and LibreOffice break.
 * A no-break space keeps its neighbours together (a Czech "v kraji" stays one piece).
 */
function unbreakable(piece: Piece): Piece[] {
  return piece.text
    .split(/ +|(?<=[-‐–—])/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, bold: piece.bold }));
}

export type ColumnNeeds = { least: number; ideal: number };

/** What a column needs: room for its longest unbreakable word (least), and for its longest line unbroken (ideal). */
export function columnNeeds(cells: readonly WordText[], header: boolean[], halfPoints: number, padding: number): ColumnNeeds {
  let least = 0;
  let ideal = 0;
  cells.forEach((cell, index) => {
    for (const line of linesOf(cell, header[index] === true)) {
      ideal = Math.max(ideal, line.reduce((sum, piece) => sum + textWidth(piece.text, { bold: piece.bold, halfPoints }), 0));
      for (const piece of line.flatMap(unbreakable)) least = Math.max(least, textWidth(piece.text, { bold: piece.bold, halfPoints }));
    }
  });
  return { least: least + padding, ideal: ideal + padding };
}

/**
 * Column widths that follow the content: every column gets room for its longest word, so no word is ever
 * broken, and the space left goes to the columns whose text would otherwise wrap most. Null when even the
 * longest words do not fit side by side; the caller then tries a smaller type size.
 */
export function columnWidths(needs: readonly ColumnNeeds[], total: number): number[] | null {
  const least = needs.reduce((sum, need) => sum + need.least, 0);
  if (least > total) return null;
  const ideal = needs.reduce((sum, need) => sum + need.ideal, 0);
  if (ideal <= total) return needs.map((need) => Math.floor((need.ideal * total) / ideal));
  const wanting = needs.reduce((sum, need) => sum + (need.ideal - need.least), 0);
  return needs.map((need) => Math.floor(need.least + ((total - least) * (need.ideal - need.least)) / wanting));
}
