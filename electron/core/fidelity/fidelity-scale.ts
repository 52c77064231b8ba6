import { z } from 'zod';
import scaleJson from '../../../resources/fidelity/ips-25.json';
import { fidelityBands } from '../domain/fidelity-terms';
import { languages, type Language } from '../domain/languages';
import { byLanguage, valueAt } from '../locales/by-language';
import { localeContent } from '../locales/locale-content';

const text = z.record(z.enum(languages), z.string().min(1));
const anchors = z.object({ '1': text, '2': text, '3': text, '4': text, '5': text });

const scaleSchema = z.object({
  scale: z.string(),
  source: z.string().min(1),
  /** Where each language's wording comes from: an official translation named, or the workbench's own summary. */
  wording: text,
  versions: z.array(z.object({ id: z.enum(['us2008', 'us_manual', 'uk']), name: text })),
  bands: z.array(z.object({ id: z.enum(fidelityBands), min: z.int(), max: z.int(), name: text })),
  sections: z.array(z.object({ id: z.enum(['staffing', 'organisation', 'services']), name: text })),
  items: z
    .array(
      z.object({
        id: z.string().regex(/^(staffing|organisation|services)-\d{1,2}$/),
        section: z.enum(['staffing', 'organisation', 'services']),
        number: z.int(),
        name: text,
        definition: text,
        anchors,
        versionAnchors: z.record(z.string(), z.record(z.string(), text)).optional(),
      }),
    )
    .length(25),
});

export type FidelityScale = z.infer<typeof scaleSchema>;
export type FidelityItem = FidelityScale['items'][number];

const words = (language: Language) => localeContent[language].scale;

/** The versions a language gives its own anchors for, from the English file (every language has the same keys). */
function versionAnchors(itemId: string): Record<string, Record<string, Record<Language, string>>> | undefined {
  const english = valueAt(words('en'), ['items', itemId, 'versionAnchors']);
  if (english === null || typeof english !== 'object') return undefined;
  return Object.fromEntries(
    Object.entries(english).map(([version, scores]: [string, unknown]) => [
      version,
      Object.fromEntries(Object.keys(scores ?? {}).map((score) => [score, byLanguage(words, ['items', itemId, 'versionAnchors', version, score])])),
    ]),
  );
}

/** The scale file's facts (ids, numbers, band limits, sources) with each language's words put in. */
function withTexts(json: typeof scaleJson): unknown {
  const named = <T extends { id: string }>(list: readonly T[], group: string) => list.map((entry) => ({ ...entry, name: byLanguage(words, [group, entry.id]) }));
  return {
    ...json,
    wording: byLanguage(words, ['wording']),
    versions: named(json.versions, 'versions'),
    bands: named(json.bands, 'bands'),
    sections: named(json.sections, 'sections'),
    items: json.items.map((item) => ({
      ...item,
      name: byLanguage(words, ['items', item.id, 'name']),
      definition: byLanguage(words, ['items', item.id, 'definition']),
      anchors: Object.fromEntries(['1', '2', '3', '4', '5'].map((score) => [score, byLanguage(words, ['items', item.id, 'anchors', score])])),
      versionAnchors: versionAnchors(item.id),
    })),
  };
}

let checked: FidelityScale | null = null;

/**
 * The IPS-25 items, anchors and bands: the facts in resources/fidelity/ips-25.json, the words in each language
 * folder (ips-25.json, which also says where its wording comes from), checked when first used.
 */
export function fidelityScale(): FidelityScale {
  checked ??= scaleSchema.parse(withTexts(scaleJson));
  return checked;
}
