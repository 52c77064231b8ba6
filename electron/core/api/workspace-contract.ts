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
  /**
   * Opens another file ('open') or starts a new one ('create'), chosen in the host's own dialog. The page
   * names the purpose only: a path sent along is refused (a strict object), so no page can make the core
   * open a file the user did not pick. `supported` is false where there are no dialogs (the browser);
   * `workspace` is null then, or when the user cancels.
   */
  openDatabase: {
    input: z.strictObject({ purpose: z.enum(['open', 'create']) }),
    result: returns<{ supported: boolean; workspace: WorkspaceView | null }>(),
  },
  quitApp: { input: z.object({}), result: returns<{ supported: boolean }>() },
};
