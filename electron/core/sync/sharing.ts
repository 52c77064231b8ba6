import type Database from 'better-sqlite3';
import { z } from 'zod';
import { memberSyncRoles, type MemberSyncRole } from '../domain/member-sync-roles';

const sharingRow = z.object({
  committee_id: z.string(),
  server_url: z.string(),
  device_id: z.string(),
  member_id: z.string().nullable(),
  role: z.enum(memberSyncRoles),
  shared_at: z.string(),
  last_synced_at: z.string().nullable(),
});

/** This device's place in a shared committee. */
export type Sharing = {
  committeeId: string;
  serverUrl: string;
  deviceId: string;
  memberId: string | null;
  role: MemberSyncRole;
  sharedAt: string;
  lastSyncedAt: string | null;
};

/** How this device shares its committee, or null when it does not. */
export function readSharing(db: Database.Database): Sharing | null {
  const found = db.prepare('SELECT * FROM sync_sharing WHERE only = 1').get();
  if (found === undefined) return null;
  const row = sharingRow.parse(found);
  return {
    committeeId: row.committee_id,
    serverUrl: row.server_url,
    deviceId: row.device_id,
    memberId: row.member_id,
    role: row.role,
    sharedAt: row.shared_at,
    lastSyncedAt: row.last_synced_at,
  };
}
