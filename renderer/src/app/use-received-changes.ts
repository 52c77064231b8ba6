import { useEffect, useState } from 'react';
import { useSharingStore } from '../state/sharing-store';
import { useWorkspaceStore } from '../state/workspace-store';

/** Whether someone is typing or choosing in a form now: a screen is not read again under their hands. */
function editing(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement;
}

/**
 * Changes received from other devices: the screen shown is read again when they arrive (its key changes),
 * unless the user is in the middle of a form; then `pending` is true until they choose to see them.
 */
export function useReceivedChanges(): { revision: number; pending: boolean; show: () => void } {
  const received = useSharingStore((state) => (state.status?.shared === true ? state.status.received : 0));
  const refreshWorkspace = useWorkspaceStore((state) => state.refresh);
  const [revision, setRevision] = useState(received);
  const pending = received !== revision;
  // The workspace (committee, members) first, so that the screen read again starts from the new values.
  const show = () => {
    void refreshWorkspace().finally(() => setRevision(received));
  };
  useEffect(() => {
    if (received !== revision && !editing()) show();
    // Only a new count of received changes is a reason to read again.
  }, [received]);
  return { revision, pending, show };
}
