import { create } from 'zustand';
import type { SharingStatus } from '../../../electron/core/sync/sharing-contract';
import { call } from '../api/api-client';

type SharingState = {
  status: SharingStatus | null;
  /** Asks the core again (the top bar does so every few seconds while a shared committee is open). */
  refresh: () => Promise<void>;
  set: (status: SharingStatus) => void;
};

/** How sharing stands, for the top bar and Settings → Sharing alike. */
export const useSharingStore = create<SharingState>((set) => ({
  status: null,
  refresh: async () => set({ status: await call('sharingStatus', {}) }),
  set: (status) => set({ status }),
}));
