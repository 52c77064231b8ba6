import { create } from 'zustand';
import type { Catalogue, CatalogueEntry } from '../../../electron/core/barriers/catalogue';
import type { RegisterEntry } from '../../../electron/core/barriers/register-entry';
import { call } from '../api/api-client';
import { currentLanguage } from '../i18n/i18n';

type CatalogueState = { catalogue: Catalogue | null; load: () => Promise<Catalogue> };

/** The barrier catalogue ships with the app and does not change while it runs: fetched once. */
export const useCatalogueStore = create<CatalogueState>((set, get) => ({
  catalogue: null,
  load: async () => {
    const known = get().catalogue;
    if (known !== null) return known;
    const loaded = await call('getCatalogue', {});
    set({ catalogue: loaded });
    return loaded;
  },
}));

export function catalogueEntryOf(catalogue: Catalogue | null, id: string | null): CatalogueEntry | undefined {
  return id === null ? undefined : catalogue?.entries.find((entry) => entry.id === id);
}

/** A register barrier's name in the reader's language: the catalogue's current text, else the stored one. */
export function barrierName(catalogue: Catalogue | null, entry: Pick<RegisterEntry, 'catalogueId' | 'name'>): string {
  return catalogueEntryOf(catalogue, entry.catalogueId)?.name[currentLanguage()] ?? entry.name;
}

export function groupName(catalogue: Catalogue | null, group: string): string {
  return catalogue?.groups.find((candidate) => candidate.id === group)?.name[currentLanguage()] ?? group;
}
