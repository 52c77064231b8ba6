import { z } from 'zod';
import { returns } from '../api/returns';
import type { WorkspaceView } from '../api/workspace-view';
import type { Invite } from './create-invite';
import type { DeviceEntry } from './list-devices';
import type { Conflict } from './merge-conflicts';
import type { ChangeEntry } from '../audit/described-change';
import { memberSyncRoles } from '../domain/member-sync-roles';
import type { Sharing } from './sharing';

/** How sharing stands for the open file: what the top bar and Settings → Sharing show. */
export type SharingStatus =
  | { shared: false; mayShare: boolean }
  | {
      shared: true;
      role: Sharing['role'];
      server: string;
      deviceId: string;
      /** Whether this device may invite and revoke (it holds the committee's key). */
      coordinates: boolean;
      state: 'connecting' | 'connected' | 'offline' | 'refused' | 'failed';
      /** Why the server refused this device (revoked, expired, …), when it did. */
      reason: string | null;
      /** Records changed here that the server does not have yet. */
      waiting: number;
      /** Records changed on two devices at once, not yet looked at. */
      conflicts: number;
      /** Grows with every change received, so the screen knows to read again. */
      received: number;
      lastSyncedAt: string | null;
      /** Rounds whose dots this device's member cast after the round had been closed elsewhere: not counted. */
      lateBallots: { roundId: string; title: string }[];
    };

/**
 * Sharing the committee through a sync server: sharing it, inviting members' devices, the devices and
 * revoking one, joining with an invite, and the changes made on two devices at once.
 */
export const sharingContract = {
  sharingStatus: { input: z.strictObject({}), result: returns<SharingStatus>() },
  shareCommittee: { input: z.strictObject({ server: z.string().trim().min(1).max(500) }), result: returns<SharingStatus>() },
  createInvite: { input: z.strictObject({ memberId: z.uuid(), role: z.enum(memberSyncRoles).optional(), days: z.number().int().min(1).max(365) }), result: returns<Invite>() },
  listDevices: { input: z.strictObject({}), result: returns<{ devices: DeviceEntry[]; serverAnswered: boolean }>() },
  revokeDevice: { input: z.strictObject({ deviceId: z.uuid() }), result: returns<{ devices: DeviceEntry[]; serverAnswered: boolean }>() },
  joinCommittee: { input: z.strictObject({ invite: z.string().trim().min(1).max(12_000) }), result: returns<WorkspaceView>() },
  /** The invite link the member clicked to start the app, once (for the first start to fill in); null if none. */
  takeInviteLink: { input: z.strictObject({}), result: returns<{ invite: string | null }>() },
  listConflicts: { input: z.strictObject({}), result: returns<{ conflict: Conflict; entry: ChangeEntry }[]>() },
  markConflictsSeen: { input: z.strictObject({}), result: returns<SharingStatus>() },
  markLateBallotsSeen: { input: z.strictObject({}), result: returns<SharingStatus>() },
};
