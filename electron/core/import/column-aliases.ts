import { columnKeys, type ColumnKey } from '../domain/column-keys';
import { languages } from '../domain/languages';
import { uiLocales } from '../domain/ui-locales';

/** Header text compared loosely: case, diacritics, punctuation and spacing do not matter. */
export function normaliseHeader(text: string): string {
  return text
    // Letters that do not decompose into a base letter and a mark (Danish æ ø, Croatian đ, French œ).
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/[œŒ]/g, 'oe')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function isColumnKey(value: string): value is ColumnKey {
  return (columnKeys as readonly string[]).includes(value);
}

/**
 * The canonical keys, every language's column names and measure labels, and the headings each language folder
 * lists for its country's spreadsheets (language.json, importSynonyms).
 */
function build(): Map<string, ColumnKey> {
  const table = new Map<string, ColumnKey>();
  for (const key of columnKeys) {
    table.set(normaliseHeader(key), key);
    for (const catalogue of languages.map((language) => uiLocales[language].ui)) {
      if (key === 'service' || key === 'quarter' || key === 'year' || key === 'item' || key === 'score' || key === 'note') table.set(normaliseHeader(catalogue.columns[key]), key);
      else {
        table.set(normaliseHeader(catalogue.measures[key].label), key);
        table.set(normaliseHeader(catalogue.measures[key].short), key);
      }
    }
  }
  for (const language of languages) {
    for (const [text, key] of Object.entries(uiLocales[language].language.importSynonyms)) if (isColumnKey(key)) table.set(normaliseHeader(text), key);
  }
  return table;
}

const known = build();

/** The column a header names, in any of the workbench's languages or as a canonical key; null when unknown. */
export function columnKeyOf(header: string | number): ColumnKey | null {
  return typeof header === 'string' ? (known.get(normaliseHeader(header)) ?? null) : null;
}
