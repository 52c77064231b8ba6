import csCatalogue from '../../../resources/locales/cs/catalogue.json';
import csDemo from '../../../resources/locales/cs/demo.json';
import csDocuments from '../../../resources/locales/cs/documents.json';
import csScale from '../../../resources/locales/cs/ips-25.json';
import daCatalogue from '../../../resources/locales/da/catalogue.json';
import daDemo from '../../../resources/locales/da/demo.json';
import daDocuments from '../../../resources/locales/da/documents.json';
import daScale from '../../../resources/locales/da/ips-25.json';
import esCatalogue from '../../../resources/locales/es/catalogue.json';
import esDemo from '../../../resources/locales/es/demo.json';
import esDocuments from '../../../resources/locales/es/documents.json';
import esScale from '../../../resources/locales/es/ips-25.json';
import frCatalogue from '../../../resources/locales/fr/catalogue.json';
import frDemo from '../../../resources/locales/fr/demo.json';
import frDocuments from '../../../resources/locales/fr/documents.json';
import frScale from '../../../resources/locales/fr/ips-25.json';
import hrCatalogue from '../../../resources/locales/hr/catalogue.json';
import hrDemo from '../../../resources/locales/hr/demo.json';
import hrDocuments from '../../../resources/locales/hr/documents.json';
import hrScale from '../../../resources/locales/hr/ips-25.json';
import enCatalogue from '../../../resources/locales/en/catalogue.json';
import enDemo from '../../../resources/locales/en/demo.json';
import enDocuments from '../../../resources/locales/en/documents.json';
import enScale from '../../../resources/locales/en/ips-25.json';
import type { Language } from '../domain/languages';

/** The demo committee's words, shaped like the English file: every language has the same keys (the locales test). */
export type DemoTexts = typeof enDemo;

export type LocaleContent = {
  /** The Word documents' sentences. */
  documents: unknown;
  /** Names, descriptions and mitigations of the barrier catalogue, by entry id. */
  catalogue: unknown;
  /** The IPS-25 scale's names, definitions and anchors, by item id. */
  scale: unknown;
  demo: DemoTexts;
};

/**
 * What the core reads from each language folder besides the screens' texts (those are in domain/ui-locales):
 * one line per language. TypeScript refuses a language of `languages` that has no line here.
 */
export const localeContent: Record<Language, LocaleContent> = {
  en: { documents: enDocuments, catalogue: enCatalogue, scale: enScale, demo: enDemo },
  cs: { documents: csDocuments, catalogue: csCatalogue, scale: csScale, demo: csDemo },
  da: { documents: daDocuments, catalogue: daCatalogue, scale: daScale, demo: daDemo },
  es: { documents: esDocuments, catalogue: esCatalogue, scale: esScale, demo: esDemo },
  fr: { documents: frDocuments, catalogue: frCatalogue, scale: frScale, demo: frDemo },
  hr: { documents: hrDocuments, catalogue: hrCatalogue, scale: hrScale, demo: hrDemo },
};
