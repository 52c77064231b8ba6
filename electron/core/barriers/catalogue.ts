import { z } from 'zod';
import catalogueJson from '../../../resources/catalogue/barriers.json';
import { barrierGroups, barrierLevels, cfirDomains } from '../domain/barrier-terms';
import { languages, type Language } from '../domain/languages';
import { byLanguage, valueAt } from '../locales/by-language';
import { localeContent } from '../locales/locale-content';

const text = z.record(z.enum(languages), z.string().min(1));

const catalogueSchema = z.object({
  version: z.string().min(1),
  // A citation is as published (in English); its short name is in the reader's language.
  sources: z.array(z.object({ id: z.string().min(1), citation: z.string().min(1), short: text })).min(1),
  groups: z.array(z.object({ id: z.enum(barrierGroups), name: text })),
  entries: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        kind: z.enum(['barrier', 'facilitator']),
        group: z.enum(barrierGroups),
        /** The country an entry is about alone (ISO 3166 code), such as a Czech ministry's guidance. */
        country: z.string().regex(/^[A-Z]{2}$/).optional(),
        name: text,
        description: text,
        levels: z.array(z.enum(barrierLevels)).min(1),
        cfir: z.enum(cfirDomains),
        sources: z.array(z.string().min(1)).min(1),
        mitigations: z.array(text).min(1),
      }),
    )
    .min(1),
});

export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueEntry = Catalogue['entries'][number];

type NeutralEntry = { id: string; [field: string]: unknown };

/** The catalogue file's facts (ids, groups, levels, sources) with each language's words put in. */
function withTexts(json: typeof catalogueJson): unknown {
  const words = (language: Language) => localeContent[language].catalogue;
  return {
    ...json,
    sources: json.sources.map((source) => ({ ...source, short: byLanguage(words, ['sources', source.id]) })),
    groups: json.groups.map((group) => ({ ...group, name: byLanguage(words, ['groups', group.id]) })),
    entries: json.entries.map((entry: NeutralEntry) => {
      const english = valueAt(words('en'), ['entries', entry.id, 'mitigations']);
      const count = Array.isArray(english) ? english.length : 0;
      return {
        ...entry,
        name: byLanguage(words, ['entries', entry.id, 'name']),
        description: byLanguage(words, ['entries', entry.id, 'description']),
        mitigations: Array.from({ length: count }, (_unused, index) => byLanguage(words, ['entries', entry.id, 'mitigations', index])),
      };
    }),
  };
}

/**
 * The catalogue of barriers and facilitators is data with a version: its facts in
 * resources/catalogue/barriers.json, its words in each language folder (catalogue.json). A new release can
 * add entries, and the register refers to them by id, so the committee's own records are never rewritten.
 * It is checked once, when first used.
 */
let checked: Catalogue | null = null;

export function catalogue(): Catalogue {
  if (checked === null) {
    const parsed = catalogueSchema.parse(withTexts(catalogueJson));
    const sourceIds = new Set(parsed.sources.map((source) => source.id));
    for (const entry of parsed.entries) {
      const unknown = entry.sources.find((id) => !sourceIds.has(id));
      if (unknown !== undefined) throw new Error(`catalogue entry ${entry.id} cites unknown source ${unknown}`);
    }
    checked = parsed;
  }
  return checked;
}

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return catalogue().entries.find((entry) => entry.id === id);
}
