import { normaliseHeader } from '../import/column-aliases';
import type { ImportIssue } from '../import/import-issue';
import { parseCount } from '../import/parse-number';
import type { ImportTable } from '../import/read-import-table';
import type { FidelityScale } from './fidelity-scale';

export type ScoreEntry = { score: number | null; note: string };

/** An item as a file may name it: its id (services-4), its number on the scale (1–25) or its name in any of the workbench's languages. */
function itemIndex(scale: FidelityScale): Map<string, string> {
  const index = new Map<string, string>();
  scale.items.forEach((item, position) => {
    index.set(normaliseHeader(item.id), item.id);
    index.set(String(position + 1), item.id);
    for (const name of Object.values(item.name)) index.set(normaliseHeader(name), item.id);
  });
  return index;
}

/** Reads an `item, score, note` file: unknown items, scores outside 1–5 and items given twice are errors. */
export function readFidelityScores(table: ImportTable, file: string, scale: FidelityScale): { scores: Map<string, ScoreEntry>; errors: ImportIssue[] } {
  const items = itemIndex(scale);
  const scores = new Map<string, ScoreEntry>();
  const firstRow = new Map<string, number>();
  const errors: ImportIssue[] = [];
  const column = (key: string) => table.columns.find((candidate) => candidate.key === key);
  const itemColumn = column('item');
  const scoreColumn = column('score');
  const noteColumn = column('note');
  for (const row of table.dataRows) {
    const cell = (index: number | undefined) => (index === undefined ? '' : String(row.cells[index] ?? '').trim());
    const issue = (columnName: string, value: string, code: string, params: Record<string, string | number> = {}): ImportIssue => ({ file, row: row.rowNumber, column: columnName, value, code, params });
    const itemText = cell(itemColumn?.index);
    const itemId = items.get(normaliseHeader(itemText));
    if (itemId === undefined) {
      errors.push(issue('item', itemText, 'fidelity_item_unknown'));
      continue;
    }
    const first = firstRow.get(itemId);
    if (first !== undefined) {
      errors.push(issue('item', itemText, 'fidelity_item_twice', { first }));
      continue;
    }
    firstRow.set(itemId, row.rowNumber);
    const raw = scoreColumn === undefined ? '' : (row.cells[scoreColumn.index] ?? '');
    const reading = parseCount(raw);
    if (!reading.ok || (reading.value !== null && (reading.value < 1 || reading.value > 5))) {
      errors.push(issue('score', String(raw), 'fidelity_score_range'));
      continue;
    }
    scores.set(itemId, { score: reading.value, note: cell(noteColumn?.index) });
  }
  return { scores, errors };
}
