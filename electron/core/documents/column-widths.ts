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

/**
 * What a column needs: room for its longest unbreakable word (least), for its longest line unbroken (ideal),
 * and how much text its cells hold on average (typical), which is what makes its rows tall when it is narrow.
 */
export type ColumnNeeds = { least: number; ideal: number; typical: number };

export function columnNeeds(cells: readonly WordText[], header: boolean[], halfPoints: number, padding: number): ColumnNeeds {
  let least = 0;
  let ideal = 0;
  let total = 0;
  cells.forEach((cell, index) => {
    for (const line of linesOf(cell, header[index] === true)) {
      const width = line.reduce((sum, piece) => sum + textWidth(piece.text, { bold: piece.bold, halfPoints }), 0);
      ideal = Math.max(ideal, width);
      total += width;
      for (const piece of line.flatMap(unbreakable)) least = Math.max(least, textWidth(piece.text, { bold: piece.bold, halfPoints }));
    }
  });
  return { least: least + padding, ideal: ideal + padding, typical: total / Math.max(1, cells.length) + padding };
}

/**
 * Column widths that follow the content: every column gets room for its longest word, so no word is ever
 * broken, and the space left is shared in proportion to how much text each column typically holds (a row is
 * as tall as its fullest cell, so that keeps rows short), never beyond what a column can use unbroken. Null
 * when even the longest words do not fit side by side; the caller then tries a smaller type size.
 */
export function columnWidths(needs: readonly ColumnNeeds[], total: number): number[] | null {
  const least = needs.reduce((sum, need) => sum + need.least, 0);
  if (least > total) return null;
  const ideal = needs.reduce((sum, need) => sum + need.ideal, 0);
  if (ideal <= total) return needs.map((need) => Math.floor((need.ideal * total) / ideal));
  const widths = needs.map((need) => need.least);
  // Hand out the rest in shares by typical text; a column that reaches its ideal width drops out and its share goes round again.
  let left = total - least;
  let open = needs.map((need, index) => ({ need, index })).filter(({ need }) => need.ideal > need.least);
  while (left > 1 && open.length > 0) {
    const weight = open.reduce((sum, { need }) => sum + need.typical, 0);
    let given = 0;
    for (const { need, index } of open) {
      const share = Math.min((left * need.typical) / weight, need.ideal - (widths[index] ?? 0));
      widths[index] = (widths[index] ?? 0) + share;
      given += share;
    }
    left -= given;
    open = open.filter(({ need, index }) => need.ideal - (widths[index] ?? 0) > 1);
    if (given < 1) break;
  }
  return widths.map(Math.floor);
}
