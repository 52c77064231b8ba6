import csLanguage from '../../../resources/locales/cs/language.json';
import csUi from '../../../resources/locales/cs/ui.json';
import csPlain from '../../../resources/locales/cs/ui.plain.json';
import daLanguage from '../../../resources/locales/da/language.json';
import daUi from '../../../resources/locales/da/ui.json';
import daPlain from '../../../resources/locales/da/ui.plain.json';
import esLanguage from '../../../resources/locales/es/language.json';
import esUi from '../../../resources/locales/es/ui.json';
import esPlain from '../../../resources/locales/es/ui.plain.json';
import frLanguage from '../../../resources/locales/fr/language.json';
import frUi from '../../../resources/locales/fr/ui.json';
import frPlain from '../../../resources/locales/fr/ui.plain.json';
import hrLanguage from '../../../resources/locales/hr/language.json';
import hrUi from '../../../resources/locales/hr/ui.json';
import hrPlain from '../../../resources/locales/hr/ui.plain.json';
import enLanguage from '../../../resources/locales/en/language.json';
import enUi from '../../../resources/locales/en/ui.json';
import enPlain from '../../../resources/locales/en/ui.plain.json';

/** What every language folder says about itself (resources/locales/<code>/language.json). */
export type LanguageFile = {
  /** The BCP 47 tag for Intl formatting and Word's w:lang. */
  locale: string;
  /** The language's own name. */
  name: string;
  /** The hunspell dictionary its texts are checked with. */
  dictionary: string;
  /** Column headings committees of that country use in their own spreadsheets, beside the UI's names. */
  importSynonyms: Record<string, string>;
  /** How its spreadsheets write a quarter: one-letter signs (Q, K, T) and words after an ordinal ("kvt.", "trimestre"). */
  quarterWords: readonly string[];
};

/**
 * The screens' texts of every language, one line per language folder: a seventh language is its folder
 * (copied from resources/locales/en) and its line here; the locales test says what the folder still lacks.
 * The first language is the one every other falls back to.
 */
export const uiLocales = {
  en: { language: enLanguage satisfies LanguageFile, ui: enUi, plain: enPlain },
  cs: { language: csLanguage satisfies LanguageFile, ui: csUi, plain: csPlain },
  da: { language: daLanguage satisfies LanguageFile, ui: daUi, plain: daPlain },
  es: { language: esLanguage satisfies LanguageFile, ui: esUi, plain: esPlain },
  fr: { language: frLanguage satisfies LanguageFile, ui: frUi, plain: frPlain },
  hr: { language: hrLanguage satisfies LanguageFile, ui: hrUi, plain: hrPlain },
};
