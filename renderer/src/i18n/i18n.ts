import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import cs from '../../../resources/locales/cs.json';
import en from '../../../resources/locales/en.json';
import type { Language } from '../../../electron/core/domain/languages';

const storageKey = 'workbench.language';

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

export async function initI18n(): Promise<void> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, cs: { translation: cs } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}
