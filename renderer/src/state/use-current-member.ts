import type { Member } from '../../../electron/core/committee/committee-types';
import { useWorkspaceStore } from './workspace-store';

/** The member chosen in "working as", whose role decides what is offered first (not what may be read). */
export function useCurrentMember(): Member | null {
  return useWorkspaceStore((state) => state.members.find((member) => member.id === state.workspace?.currentMemberId) ?? null);
}
