import { create } from 'zustand';
import type { FidelityScale } from '../../../electron/core/fidelity/fidelity-scale';
import { call } from '../api/api-client';

type FidelityState = { scale: FidelityScale | null; load: () => Promise<FidelityScale> };

/** The IPS-25 items and anchors ship with the app and do not change while it runs: fetched once. */
export const useFidelityStore = create<FidelityState>((set, get) => ({
  scale: null,
  load: async () => {
    const known = get().scale;
    if (known !== null) return known;
    const loaded = await call('getFidelityScale', {});
    set({ scale: loaded });
    return loaded;
  },
}));
