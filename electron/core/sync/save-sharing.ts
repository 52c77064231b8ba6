import type Database from 'better-sqlite3';
import { nowIso } from '../domain/now-iso';
import type { Sharing } from './sharing';

/** Writes this device's place in the shared committee (sync_sharing's one row), inside the caller's transaction. */
export function saveSharing(db: Database.Database, sharing: Omit<Sharing, 'sharedAt' | 'lastSyncedAt'>): void {
  db.prepare('INSERT INTO sync_sharing (only, committee_id, server_url, device_id, member_id, role, shared_at) VALUES (1, ?, ?, ?, ?, ?, ?)').run(
    sharing.committeeId,
    sharing.serverUrl,
    sharing.deviceId,
    sharing.memberId,
    sharing.role,
    nowIso(),
  );
}
