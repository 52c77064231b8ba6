import { languages, type Language } from '../domain/languages';
import { localeContent } from '../locales/locale-content';
import { typeset } from './typeset';

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
const catalogues = new Map(languages.map((language) => [language, flatten(localeContent[language].documents, '', new Map())]));

/** A text of the Word documents in the reader's language, with i18next-style `{{name}}` placeholders filled in. */
export function documentText(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = typeset(language, catalogues.get(language)?.get(key) ?? catalogues.get('en')?.get(key) ?? key);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => String(params[name] ?? ''));
}
