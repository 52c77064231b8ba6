import type { RawRow } from './raw-row';

export type Delimiter = ',' | ';' | '\t';

const candidates: readonly Delimiter[] = [';', ',', '\t'];

/** Splits text into records, honouring quotes (which may hold delimiters and line breaks). */
function records(text: string, delimiter: string): RawRow[] {
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      continue;
    } else if (char === '\n' || char === '\r') {
      cells.push(cell);
      rows.push({ rowNumber: rowStart, cells });
      cells = [];
      cell = '';
      line += 1;
      rowStart = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ rowNumber: rowStart, cells });
  }
  return rows;
}

/**
 * Which separator makes the first lines most regular: a Czech file separated by semicolons has decimal
 * commas inside its values, so commas give ragged rows there and lose.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.split(/\r?\n/).slice(0, 40).join('\n');
  let best: Delimiter = ';';
  let bestScore = -1;
  for (const delimiter of candidates) {
    // Empty cells count: spreadsheets pad every line to the same number of separators.
    const widths = records(sample, delimiter)
      .map((row) => row.cells.length)
      .filter((width) => width > 1);
    const counts = new Map<number, number>();
    for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
    let modal = 0;
    let modalWidth = 0;
    for (const [width, rows] of counts) {
      if (rows > modal || (rows === modal && width > modalWidth)) {
        modal = rows;
        modalWidth = width;
      }
    }
    // More regular rows win; among equally regular readings, the one with more columns.
    const score = modal * 1000 + modalWidth;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): { rows: RawRow[]; delimiter: Delimiter } {
  return { rows: records(text, delimiter), delimiter };
}
