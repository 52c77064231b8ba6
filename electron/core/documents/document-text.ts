import cs from '../../../resources/locales/documents/cs.json';
import en from '../../../resources/locales/documents/en.json';
import type { Language } from '../domain/languages';
import { czechTies } from './czech-ties';

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

/** The catalogue's own Czech sentences keep their one-letter words on the line of the next word (see czech-ties). */
function tie(language: Language, text: string): string {
  return language === 'cs' ? czechTies(text) : text;
}

/** A text of the Word documents in the reader's language, with i18next-style `{{name}}` placeholders filled in. */
export function documentText(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = tie(language, catalogues[language].get(key) ?? catalogues.en.get(key) ?? key);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => String(params[name] ?? ''));
}
