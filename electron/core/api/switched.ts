import type { ApiContext } from './api-context';
import { workspaceView, type WorkspaceView } from './workspace-view';

/** After the front door switched files: tells the host (the desktop app reopens that file next time), then answers with the new view. */
export function switched(context: ApiContext): WorkspaceView {
  context.host.databaseChanged?.(context.workspace.path);
  return workspaceView(context);
}
