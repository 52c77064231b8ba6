import { uiLocales } from './ui-locales';
import type { Language } from './languages';

/**
 * The BCP 47 tag of a language as its folder names it (language.json), for Intl formatting on screen and
 * in documents and for Word's w:lang. English is British because the committees are European and write
 * dates as "3 March 2026".
 */
export function localeTag(language: Language): string {
  return uiLocales[language].language.locale;
}
