import type { Workspace } from '../core/api/workspace';
import { UserError } from '../core/api/user-error';
import { inviteCode } from '../core/sync/invite-code';

type Steps = {
  /** Asks whether to join in a new file of its own (a committee is open now); true to go on. */
  confirm: () => Promise<boolean>;
  /** The system's dialog for the new file; null when cancelled. */
  pickNewFile: () => Promise<string | null>;
  /** Keeps the invite for the first start's "Join a committee", which fills it in. */
  hold: (invite: string) => void;
  /** The new file is open now: keep it for next time. */
  remember: (path: string) => void;
  /** Shows the first start of the file now open (the window loads again). */
  show: () => void;
  /** Says why not (an invite that cannot be read, a file that cannot be made); what was open stays open. */
  refuse: (error: UserError) => void;
};

/**
 * An invite link clicked in an e-mail or a chat: the app opens on the first start's "Join a committee" with
 * the invite filled in, so that the member only presses Join. A committee open now is never joined over:
 * the shared committee gets a new file of its own, which the member names. Nothing joins without the
 * member's press, so a link someone else sent cannot change anything by being opened.
 */
export async function openInviteLink(workspace: Workspace, link: string, steps: Steps): Promise<void> {
  if (!done(steps, () => inviteCode.decode(link))) return;
  // A committee (or a file that needs repair) is open: the shared committee gets a file of its own.
  if (workspace.status().status !== 'setup') {
    if (!(await steps.confirm())) return;
    const path = await steps.pickNewFile();
    if (path === null || !done(steps, () => workspace.startNew(path))) return;
    steps.remember(path);
  }
  steps.hold(link);
  steps.show();
}

/** Runs a step; a refusal is said (steps.refuse) and ends the whole, anything else is a fault. */
function done(steps: Steps, step: () => unknown): boolean {
  try {
    step();
    return true;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    steps.refuse(error);
    return false;
  }
}
