import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import cs from '../../../resources/locales/cs.json';
import en from '../../../resources/locales/en.json';
import csPlain from '../../../resources/locales/cs.plain.json';
import enPlain from '../../../resources/locales/en.plain.json';
import type { Language } from '../../../electron/core/domain/languages';

const storageKey = 'workbench.language';
const plainKey = 'workbench.plainLanguage';

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'en' || saved === 'cs') return saved;
  return navigator.language.toLowerCase().startsWith('cs') ? 'cs' : 'en';
}

export function currentLanguage(): Language {
  return i18next.language === 'cs' ? 'cs' : 'en';
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
    resources: { en: { translation: en, plain: enPlain }, cs: { translation: cs, plain: csPlain } },
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
