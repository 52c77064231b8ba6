import cs from '../../resources/locales/cs.json';
import en from '../../resources/locales/en.json';
import type { Language } from '../core/domain/languages';

const catalogues: Record<Language, unknown> = { en, cs };

function lookUp(catalogue: unknown, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The same messages the UI shows (through i18next), for the front doors without React: the CLI prints
 * them. Uses i18next's `{{name}}` placeholders so one catalogue serves both.
 */
export function translate(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = lookUp(catalogues[language], key) ?? lookUp(catalogues.en, key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => String(params[name] ?? ''));
}
