import type { Language } from '../core/domain/languages';
import { uiLocales } from '../core/domain/ui-locales';
import { valueAt } from '../core/locales/by-language';

function lookUp(catalogue: unknown, key: string): string | undefined {
  const text = valueAt(catalogue, key.split('.'));
  return typeof text === 'string' ? text : undefined;
}

/**
 * The same messages the UI shows (through i18next), for the front doors without React: the CLI prints
 * them. Uses i18next's `{{name}}` placeholders so one catalogue serves both.
 */
export function translate(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = lookUp(uiLocales[language].ui, key) ?? lookUp(uiLocales.en.ui, key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => String(params[name] ?? ''));
}
