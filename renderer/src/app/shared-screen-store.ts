import { create } from 'zustand';

type SharedScreenState = {
  /** The meeting runs on the shared screen: the shell shows nothing but the meeting (no top bar, no navigation). */
  active: boolean;
  setActive: (active: boolean) => void;
};

export const useSharedScreenStore = create<SharedScreenState>((set) => ({
  active: false,
  setActive: (active) => set({ active }),
}));
