import { apiSlice } from '../api/api-slice';
import type { ApiContext } from '../api/api-context';
import { workspaceView } from '../api/workspace-view';
import { stringOrNull } from '../db/row-fields';
import { currentMember } from '../committee/current-member';
import { readCommittee } from '../committee/read-committee';
import { createInvite } from './create-invite';
import { describeConflicts } from './describe-conflicts';
import { deviceSyncs } from './device-syncs';
import { joinCommittee } from './join-committee';
import { listDevices } from './list-devices';
import { liveLinks } from './live-links';
import { lateBallots } from './late-ballots';
import { mergeConflicts } from './merge-conflicts';
import { revokeDevice } from './revoke-device';
import { shareCommittee } from './share-committee';
import { sharingContract, type SharingStatus } from './sharing-contract';
import { sharingSecrets } from './sharing-secrets';
import { syncRoleOfMember } from './sync-role-of-member';

function status({ workspace }: ApiContext): SharingStatus {
  const db = workspace.db();
  const engine = deviceSyncs.of(db);
  if (engine === null) {
    const memberId = currentMember.read(db);
    const role = memberId === null ? null : db.prepare('SELECT role FROM member WHERE id = ?').pluck().get(memberId);
    return { shared: false, mayShare: typeof role === 'string' && syncRoleOfMember(role) === 'coordinator' };
  }
  const link = liveLinks.for(db, workspace.path);
  const { state, reason } = link?.status() ?? { state: 'offline' as const, reason: null };
  const sharing = engine.sharing;
  return {
    shared: true,
    role: sharing.role,
    server: sharing.serverUrl,
    deviceId: sharing.deviceId,
    coordinates: sharingSecrets.read(workspace.path)?.committeeKey != null,
    state,
    reason,
    waiting: engine.waitingChanges(),
    conflicts: mergeConflicts.unseen(db),
    received: engine.receivedChanges,
    lastSyncedAt: stringOrNull(db.prepare('SELECT last_synced_at FROM sync_sharing').pluck().get()),
    lateBallots: lateBallots.list(db),
  };
}

export const sharingApi = apiSlice(sharingContract, {
  sharingStatus: (context) => status(context),
  shareCommittee: async (context, input) => {
    await shareCommittee(context.workspace.db(), context.workspace.path, input.server);
    return status(context);
  },
  createInvite: (context, input) => createInvite(context.workspace.db(), context.workspace.path, input),
  listDevices: (context) => listDevices(context.workspace.db(), context.workspace.path),
  revokeDevice: (context, input) => {
    revokeDevice(context.workspace.db(), context.workspace.path, input.deviceId);
    return listDevices(context.workspace.db(), context.workspace.path);
  },
  joinCommittee: async (context, input) => {
    const db = await joinCommittee(context.workspace.path, input.invite);
    const joined = readCommittee(db) !== null;
    db.close();
    // Opened as any file is, with its lock; the standing connection starts with the first status asked.
    if (joined) context.workspace.open(context.workspace.path);
    return workspaceView(context);
  },
  takeInviteLink: (context) => ({ invite: context.host.takeInviteLink?.() ?? null }),
  listConflicts: (context) => describeConflicts(context.workspace.db(), mergeConflicts.list(context.workspace.db())),
  markLateBallotsSeen: (context) => {
    lateBallots.clear(context.workspace.db());
    return status(context);
  },
  markConflictsSeen: (context) => {
    mergeConflicts.markSeen(context.workspace.db());
    return status(context);
  },
});
