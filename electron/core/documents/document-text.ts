import cs from '../../../resources/locales/documents/cs.json';
import en from '../../../resources/locales/documents/en.json';
import type { Language } from '../domain/languages';

function flatten(node: unknown, prefix: string, into: Map<string, string>): Map<string, string> {
  if (node === null || typeof node !== 'object') return into;
  for (const [name, value] of Object.entries(node)) {
    const key = prefix === '' ? name : `${prefix}.${name}`;
    if (typeof value === 'string') into.set(key, value);
    else flatten(value, key, into);
  }
  return into;
}

// The documents have their own catalogue, apart from the UI's, because a Word file is read away from the app:
// its wording is complete sentences, not button labels.
const catalogues: Record<Language, Map<string, string>> = {
  en: flatten(en, '', new Map()),
  cs: flatten(cs, '', new Map()),
};

/**
 * Czech typesetting keeps a one-letter preposition or conjunction (v, s, k, z, a, i, o, u) on the line of the
 * word after it. The catalogue's own sentences are tied here, once for every document; the values filled in
 * are either tied already (other texts of the catalogue, Intl's lists) or the committee's own words.
 */
function tie(language: Language, text: string): string {
  return language === 'cs' ? text.replace(/(?<=^|[\s(„])([kvszaiouKVSZAIOU]) +/g, '$1\u00a0') : text;
}

/** A text of the Word documents in the reader's language, with i18next-style `{{name}}` placeholders filled in. */
export function documentText(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = tie(language, catalogues[language].get(key) ?? catalogues.en.get(key) ?? key);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => String(params[name] ?? ''));
}
