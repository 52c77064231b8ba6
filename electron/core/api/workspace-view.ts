import type { Committee } from '../committee/committee-types';
import { currentMember } from '../committee/current-member';
import { readCommittee } from '../committee/read-committee';
import type { ApiContext } from './api-context';
import type { WorkspaceStatus } from './workspace';

export type WorkspaceView = WorkspaceStatus & {
  host: 'desktop' | 'web';
  committee: Committee | null;
  currentMemberId: string | null;
};

export function workspaceView({ workspace, host }: ApiContext): WorkspaceView {
  const status = workspace.status();
  if (status.status !== 'ready') return { ...status, host: host.kind, committee: null, currentMemberId: null };
  const db = workspace.db();
  return { ...status, host: host.kind, committee: readCommittee(db), currentMemberId: currentMember.read(db) };
}
