import Database from 'better-sqlite3';
import { languages } from '../../../electron/core/domain/languages';
import { localeContent } from '../../../electron/core/locales/locale-content';

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node !== null && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

/**
 * Every text the committee wrote into its file (notes, decisions, names…), of the barrier catalogue and
 * of the IPS-25 scale in every language (its items' own names): words the workbench shows but did not write, so plain
 * language cannot reword them.
 */
export function committeeTexts(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
    const texts = tables.flatMap((table) => {
      const name = String(table);
      const columns = db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(name) as { name: string; type: string }[];
      return columns
        .filter((column) => column.type.toUpperCase() === 'TEXT')
        .flatMap((column) => db.prepare(`SELECT "${column.name}" FROM "${name}" WHERE typeof("${column.name}") = 'text'`).pluck().all().map(String));
    });
    // Ids, dates and codes are not words; a sentence is, and so is every name of the catalogue and the scale
    // (a source's short name, "ESCF-planen", is short).
    const own = texts.filter((text) => text.length >= 10 && /\s/.test(text));
    const published = languages.flatMap((language) => [...strings(localeContent[language].catalogue), ...strings(localeContent[language].scale)]).filter((text) => text.length >= 5);
    return [...new Set([...own, ...published])];
  } finally {
    db.close();
  }
}
