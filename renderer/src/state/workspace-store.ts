import { create } from 'zustand';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import type { Member } from '../../../electron/core/committee/committee-types';
import { call } from '../api/api-client';

type WorkspaceState = {
  workspace: WorkspaceView | null;
  members: Member[];
  /** Replaces the workspace after a call that returns it, and reloads what depends on it. */
  show: (workspace: WorkspaceView) => Promise<void>;
  refresh: () => Promise<void>;
  reloadMembers: () => Promise<void>;
};

export const useWorkspaceStore = create<WorkspaceState>((set, get) => ({
  workspace: null,
  members: [],
  show: async (workspace) => {
    set({ workspace, members: workspace.status === 'ready' ? await call('listMembers', {}) : [] });
  },
  refresh: async () => get().show(await call('getWorkspace', {})),
  reloadMembers: async () => {
    if (get().workspace?.status === 'ready') set({ members: await call('listMembers', {}) });
  },
}));
