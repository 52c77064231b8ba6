import { z } from 'zod';
import { languages } from '../domain/languages';
import { requiredText } from './required-text';
import { returns } from './returns';
import type { WorkspaceView } from './workspace-view';

/** The file the workbench works on, the committee set up in it, and the program itself. */
export const workspaceContract = {
  getWorkspace: { input: z.object({}), result: returns<WorkspaceView>() },
  setUpCommittee: {
    input: z.object({ name: requiredText(200), region: requiredText(200), language: z.enum(languages) }),
    result: returns<WorkspaceView>(),
  },
  createDemoCommittee: { input: z.object({ language: z.enum(languages) }), result: returns<WorkspaceView>() },
  updateCommittee: {
    input: z.object({ name: requiredText(200), region: requiredText(200), language: z.enum(languages), fidelityReviewMonths: z.int().min(1).max(60).optional() }),
    result: returns<WorkspaceView>(),
  },
  pickDatabasePath: {
    input: z.object({ purpose: z.enum(['open', 'create']) }),
    result: returns<{ supported: boolean; path: string | null }>(),
  },
  openDatabase: { input: z.object({ path: requiredText(4096) }), result: returns<WorkspaceView>() },
  newDatabase: { input: z.object({ path: requiredText(4096) }), result: returns<WorkspaceView>() },
  quitApp: { input: z.object({}), result: returns<{ supported: boolean }>() },
};
