import { createCommittee } from '../committee/create-committee';
import { createDemoCommittee } from '../committee/create-demo-committee';
import { updateCommittee } from '../committee/update-committee';
import { actor } from './actor';
import { apiSlice } from './api-slice';
import { switched } from './switched';
import { workspaceContract } from './workspace-contract';
import { workspaceView } from './workspace-view';

export const workspaceApi = apiSlice(workspaceContract, {
  getWorkspace: (context) => workspaceView(context),
  setUpCommittee: (context, input) => {
    const db = context.workspace.dbForSetup();
    db.transaction(() => createCommittee(db, input)).immediate();
    return switched(context);
  },
  createDemoCommittee: (context, input) => {
    createDemoCommittee(context.workspace.dbForSetup(), input.language);
    return switched(context);
  },
  updateCommittee: (context, input) => {
    updateCommittee(context.workspace.db(), input, actor(context));
    return workspaceView(context);
  },
  openDatabase: async (context, input) => {
    const pick = context.host.pickDatabasePath;
    if (pick === undefined) return { supported: false, workspace: null };
    // The path comes from the host's dialog and never travels to the page and back.
    const path = await pick(input.purpose);
    if (path === null) return { supported: true, workspace: null };
    if (input.purpose === 'open') context.workspace.open(path);
    else context.workspace.startNew(path);
    return { supported: true, workspace: switched(context) };
  },
  quitApp: (context) => {
    if (context.host.quit === undefined) return { supported: false };
    // Answer first, then quit, so the window is not waiting on a reply that never comes.
    setTimeout(context.host.quit, 50);
    return { supported: true };
  },
});
