import type { Workspace } from '../core/api/workspace';
import { UserError } from '../core/api/user-error';

type Steps = {
  /** The file is open now: keep it for next time and at the top of File → Open recent. */
  remember: (path: string) => void;
  /** Shows the committee of the file opened (the window loads again and asks for it). */
  show: () => void;
  /** Says why the file was not opened; the committee that was open stays open. */
  refuse: (error: UserError) => void;
};

/**
 * A committee file the system hands to the app (a double-click, File → Open recent, a file dropped on
 * the dock icon): opened like one chosen in Settings, or refused with the same message and nothing changed.
 */
export function openFromSystem(workspace: Workspace, path: string, steps: Steps): void {
  if (path === workspace.path) {
    steps.show();
    return;
  }
  try {
    workspace.open(path);
  } catch (error) {
    if (error instanceof UserError) {
      steps.refuse(error);
      return;
    }
    throw error;
  }
  steps.remember(path);
  steps.show();
}
