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
  pickDatabasePath: async (context, input) => {
    const pick = context.host.pickDatabasePath;
    if (pick === undefined) return { supported: false, path: null };
    return { supported: true, path: await pick(input.purpose) };
  },
  openDatabase: (context, input) => {
    context.workspace.open(input.path);
    return switched(context);
  },
  newDatabase: (context, input) => {
    context.workspace.startNew(input.path);
    return switched(context);
  },
  quitApp: (context) => {
    if (context.host.quit === undefined) return { supported: false };
    // Answer first, then quit, so the window is not waiting on a reply that never comes.
    setTimeout(context.host.quit, 50);
    return { supported: true };
  },
});
