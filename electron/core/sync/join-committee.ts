import type Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { UserError } from '../api/user-error';
import { readCommittee } from '../committee/read-committee';
import { openWorkbenchDatabase } from '../db/open-workbench-database';
import { nowIso } from '../domain/now-iso';
import { anonymousStamp } from '../feedback/anonymous-stamp';
import { deviceSyncs } from './device-syncs';
import { inviteCode } from './invite-code';
import { inviteToken } from './invite-token';
import { saveSharing } from './save-sharing';
import { sharingSecrets } from './sharing-secrets';
import { syncOnce } from './sync-once';

/**
 * Joins a shared committee on this device with an invite: a new database is made, the committee's records
 * (what the invite's role may read) are fetched from the server into it, and the device works as the
 * invited member. If anything fails, nothing is left behind: no file, no key.
 */
export async function joinCommittee(databasePath: string, code: string, waitMs?: number): Promise<Database.Database> {
  const invite = inviteCode.decode(code);
  const claims = inviteToken.claimsOf(invite.token);
  if (claims === null || claims.role === 'drop_box' || claims.memberId === null || claims.deviceId === null) throw new UserError('sync_invite_unreadable', {}, 'invite');
  if (Date.parse(claims.expiresAt) <= Date.now()) throw new UserError('sync_invite_expired', {}, 'invite');
  const { role, memberId, deviceId } = claims;
  if (existsSync(databasePath)) throw new UserError('db_exists', { path: databasePath });
  let db: Database.Database | null = null;
  try {
    db = openWorkbenchDatabase(databasePath);
    const opened = db;
    sharingSecrets.write(databasePath, { committeeKey: null, token: invite.token, dropBoxToken: invite.dropBox });
    opened.transaction(() => {
      saveSharing(opened, { committeeId: claims.committeeId, serverUrl: invite.server, deviceId, memberId, role });
      // Working as the invited member from the start (the member's record arrives with the committee's).
      opened.prepare("INSERT INTO preference (key, value, updated_at) VALUES ('current_member_id', ?, ?)").run(memberId, anonymousStamp(nowIso()));
    }).immediate();
    deviceSyncs.attach(opened);
    await syncOnce(opened, databasePath, waitMs);
    // The server had nothing of the committee yet: its coordinator has not sent the records.
    if (readCommittee(opened) === null) throw new UserError('sync_nothing_yet');
    return opened;
  } catch (error) {
    db?.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
    sharingSecrets.remove(databasePath);
    throw error;
  }
}
