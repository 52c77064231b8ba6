import type { ImportIssue } from '../import/import-issue';
import type { ImportFile } from '../import/plan-import';
import { importLimits } from '../import/plan-import';
import { readImportTable } from '../import/read-import-table';
import { fidelityScale } from './fidelity-scale';
import { readFidelityScores, type ScoreEntry } from './read-fidelity-scores';

function fileIssue(file: string, code: string): ImportIssue {
  return { file, row: null, column: null, value: null, code, params: {} };
}

/** A CSV or XLSX with `item, score, note` columns, read into scores for the review form or the CLI. */
export function readFidelityFile(file: ImportFile): { scores: Map<string, ScoreEntry>; errors: ImportIssue[] } {
  if (file.bytes.length === 0) return { scores: new Map(), errors: [fileIssue(file.fileName, 'file_empty')] };
  if (file.bytes.length > importLimits.maxBytes) return { scores: new Map(), errors: [fileIssue(file.fileName, 'file_too_large')] };
  let table;
  try {
    table = readImportTable(file.bytes, file.options, () => null);
  } catch {
    return { scores: new Map(), errors: [fileIssue(file.fileName, 'file_unreadable')] };
  }
  if (table.kind !== 'fidelity') return { scores: new Map(), errors: [fileIssue(file.fileName, 'fidelity_columns_missing')] };
  return readFidelityScores(table, file.fileName, fidelityScale());
}
