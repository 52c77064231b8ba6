import { uiLocales } from './ui-locales';

export type Language = keyof typeof uiLocales;

function isLanguage(code: string): code is Language {
  return Object.hasOwn(uiLocales, code);
}

/** The languages of the screens and the documents, in the order the language lists show them. */
export const languages: readonly Language[] = Object.keys(uiLocales).filter(isLanguage);

/** The language a code names, if the workbench has it ("da", "fr"…); locale tags such as "fr-CA" give "fr". */
export function languageOf(code: string | null | undefined): Language | null {
  const primary = (code ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : null;
}
