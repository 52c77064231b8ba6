import type Database from 'better-sqlite3';
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { UserError } from '../api/user-error';
import { currentMember } from '../committee/current-member';
import { readCommittee } from '../committee/read-committee';
import { nowIso } from '../domain/now-iso';
import type { AccessInvite } from './access-invite';
import { deviceSyncs } from './device-syncs';
import type { DeviceSync } from './device-sync';
import { inviteToken } from './invite-token';
import { serverAddress } from './server-address';
import { signDropBoxToken } from './sign-drop-box-token';
import { readSharing } from './sharing';
import { saveSharing } from './save-sharing';
import { sharingSecrets } from './sharing-secrets';
import { syncRoleOfMember } from './sync-role-of-member';

const tenYears = 10 * 365 * 24 * 3600 * 1000;

/** Asks the server to keep the committee under its key, proven by an invite the key signed. */
async function register(web: string, body: object, server: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${web}/committees`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' }, signal: AbortSignal.timeout(15_000) });
  } catch {
    throw new UserError('sync_server_unreachable', { server }, 'server');
  }
  const answer: unknown = await response.json().catch(() => null);
  const code = answer !== null && typeof answer === 'object' && 'code' in answer && typeof answer.code === 'string' ? answer.code : '';
  if (response.ok) return;
  throw new UserError(code.startsWith('sync_') ? code : 'sync_server_unreachable', { server }, 'server');
}

/**
 * Shares the committee from this (the coordinator's) device: a key pair for the committee is made here
 * and its private half never leaves the device; the server registers the public half; every record is put
 * into the shared documents, to be sent on the first exchange.
 */
export async function shareCommittee(db: Database.Database, databasePath: string, typedServer: string): Promise<DeviceSync> {
  if (readSharing(db) !== null) throw new UserError('sync_already_shared');
  const committee = readCommittee(db);
  if (committee === null) throw new UserError('no_committee');
  const memberId = currentMember.read(db);
  const role = memberId === null ? null : db.prepare('SELECT role FROM member WHERE id = ?').pluck().get(memberId);
  if (memberId === null || typeof role !== 'string' || syncRoleOfMember(role) !== 'coordinator') throw new UserError('sync_coordinator_only');
  const { socket, web } = serverAddress(typedServer);
  // A key made by an attempt that failed after the server registered it is used again, so trying again works.
  const earlier = sharingSecrets.read(databasePath);
  const privateKey = earlier?.committeeKey == null ? generateKeyPairSync('ed25519').privateKey : createPrivateKey(earlier.committeeKey);
  const committeeKey = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  const deviceId = randomUUID();
  const expiresAt = new Date(Date.now() + tenYears).toISOString();
  const token = inviteToken.sign(committeeKey, { committeeId: committee.id, role: 'coordinator', memberId, deviceId, expiresAt });
  const dropBoxToken = signDropBoxToken(committeeKey, committee.id);
  await register(web, { committeeId: committee.id, publicKey, token }, typedServer);
  sharingSecrets.write(databasePath, { committeeKey, token, dropBoxToken });
  try {
    db.transaction(() => {
      saveSharing(db, { committeeId: committee.id, serverUrl: socket, deviceId, memberId, role: 'coordinator' });
    }).immediate();
    const engine = deviceSyncs.attach(db);
    if (engine === null) throw new UserError('sync_already_shared');
    engine.snapshot();
    engine.changeAccess((invites) => invites.set(deviceId, { memberId, role: 'coordinator', expiresAt, invitedAt: nowIso() } satisfies AccessInvite));
    return engine;
  } catch (error) {
    // Not shared after all: the file is as it was (the key stays for the next attempt).
    deviceSyncs.detach(db);
    db.transaction(() => {
      for (const table of ['sync_sharing', 'sync_update', 'sync_outbox']) db.prepare(`DELETE FROM ${table}`).run();
    }).immediate();
    throw error;
  }
}
