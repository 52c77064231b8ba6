import type { Language } from '../domain/languages';

const locales = { en: 'en-GB', cs: 'cs-CZ' } as const satisfies Record<Language, string>;

/**
 * The BCP 47 tag both Intl formatting and Word's w:lang use. English is British because the committees are
 * European and write dates as "3 March 2026".
 */
export function documentLocale(language: Language): (typeof locales)[Language] {
  return locales[language];
}
