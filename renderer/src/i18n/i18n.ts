import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageOf, languages, type Language } from '../../../electron/core/domain/languages';
import { uiLocales } from '../../../electron/core/domain/ui-locales';

const storageKey = 'workbench.language';
const plainKey = 'workbench.plainLanguage';

function initialLanguage(): Language {
  return languageOf(localStorage.getItem(storageKey)) ?? navigator.languages.map(languageOf).find((found) => found !== null) ?? 'en';
}

export function currentLanguage(): Language {
  return languageOf(i18next.language) ?? 'en';
}

export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(storageKey, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function plainLanguage(): boolean {
  return i18next.options.defaultNS === 'plain';
}

/**
 * Plain language replaces jargon (engagement rate, FTE, fidelity…) with everyday words on every screen:
 * the "plain" texts are looked up first, and everything they do not reword comes from the normal ones.
 * It is each person's own setting, kept in this browser or window.
 */
export async function setPlainLanguage(on: boolean): Promise<void> {
  localStorage.setItem(plainKey, on ? 'yes' : 'no');
  i18next.setDefaultNamespace(on ? 'plain' : 'translation');
  // Changing to the same language makes every component render again with the new texts.
  await i18next.changeLanguage(i18next.language);
}

export async function initI18n(): Promise<void> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(languages.map((code) => [code, { translation: uiLocales[code].ui, plain: uiLocales[code].plain }])),
    ns: ['translation', 'plain'],
    defaultNS: localStorage.getItem(plainKey) === 'yes' ? 'plain' : 'translation',
    fallbackNS: 'translation',
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}
