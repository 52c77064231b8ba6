import { z } from 'zod';
import catalogueJson from '../../../resources/catalogue/barriers.json';
import { barrierGroups, barrierLevels, cfirDomains } from '../domain/barrier-terms';

const text = z.object({ en: z.string().min(1), cs: z.string().min(1) });

const catalogueSchema = z.object({
  version: z.string().min(1),
  sources: z.array(z.object({ id: z.string().min(1), citation: z.string().min(1), short: z.string().min(1) })).min(1),
  groups: z.array(z.object({ id: z.enum(barrierGroups), name: text })),
  entries: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        kind: z.enum(['barrier', 'facilitator']),
        group: z.enum(barrierGroups),
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

/**
 * The catalogue of barriers and facilitators is data (resources/catalogue/barriers.json) with a
 * version: a new release can add entries, and the register refers to them by id, so the committee's
 * own records are never rewritten. It is checked once, when first used.
 */
let checked: Catalogue | null = null;

export function catalogue(): Catalogue {
  if (checked === null) {
    const parsed = catalogueSchema.parse(catalogueJson);
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
