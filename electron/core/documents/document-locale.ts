import type { Language } from '../domain/languages';
import { localeTag } from '../domain/locale-tag';

/** The BCP 47 tag both Intl formatting and Word's w:lang use: the language folder's own (da-DK, fr-FR…). */
export function documentLocale(language: Language): string {
  return localeTag(language);
}
