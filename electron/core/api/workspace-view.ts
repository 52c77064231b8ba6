import { backupFolder } from '../backup/backup-folder';
import type { Committee } from '../committee/committee-types';
import { currentMember } from '../committee/current-member';
import { readCommittee } from '../committee/read-committee';
import type { ApiContext } from './api-context';
import type { WorkspaceStatus } from './workspace';

export type WorkspaceView = WorkspaceStatus & {
  host: 'desktop' | 'web';
  /** Where the file's backups are kept, shown as text: the page never sends a path back. */
  backupFolder: string;
  /** Where the program writes its log (no personal data in it), to send when something goes wrong; null if it has none. */
  logFolder: string | null;
  committee: Committee | null;
  currentMemberId: string | null;
};

export function workspaceView({ workspace, host }: ApiContext): WorkspaceView {
  const status = workspace.status();
  const shared = { host: host.kind, backupFolder: backupFolder(status.path), logFolder: host.logFolder ?? null };
  if (status.status !== 'ready') return { ...status, ...shared, committee: null, currentMemberId: null };
  const db = workspace.db();
  return { ...status, ...shared, committee: readCommittee(db), currentMemberId: currentMember.read(db) };
}
