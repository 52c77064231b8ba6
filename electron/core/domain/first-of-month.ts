import type { Language } from './languages';

/**
 * A date Intl has written, with the first of the month as French writes it, an ordinal ("1er décembre",
 * "1er déc. 2026"), which Intl does not do; other languages and days are left as they are.
 */
export function firstOfMonth(language: Language, written: string, day: number): string {
  return language === 'fr' && day === 1 ? written.replace(/^1(?=\s)/, '1er') : written;
}
