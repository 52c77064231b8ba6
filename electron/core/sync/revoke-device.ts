import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { nowIso } from '../domain/now-iso';
import { deviceSyncs } from './device-syncs';
import { sharingSecrets } from './sharing-secrets';
import { signDropBoxToken } from './sign-drop-box-token';

/**
 * Revokes a device (or an invite not used yet, which is the same: the invite names its device). The
 * server refuses it from then on and puts it out if it is connected; what it already holds stays on it.
 * The drop box's credential, which the device (or the invite) held too, is replaced: this device's
 * connection hands the new one to the server and to every device still in the committee, and the server
 * takes anonymous entries with the new one only.
 */
export function revokeDevice(db: Database.Database, databasePath: string, deviceId: string): void {
  const engine = deviceSyncs.of(db);
  if (engine === null) throw new UserError('sync_not_shared');
  if (deviceId === engine.sharing.deviceId) throw new UserError('sync_revoke_self', {}, 'deviceId');
  const secrets = sharingSecrets.read(databasePath);
  if (secrets?.committeeKey == null) throw new UserError('sync_coordinator_only');
  const invite = engine.doc(`${engine.sharing.committeeId}/access`).getMap('invites').get(deviceId);
  if (invite === undefined) throw new UserError('sync_device_unknown', { device: deviceId }, 'deviceId');
  // The new credential is kept before the revocation is written: if writing fails, a replaced credential
  // harms nothing; the other way round, a revoked device could go on dropping entries.
  sharingSecrets.write(databasePath, { ...secrets, dropBoxToken: signDropBoxToken(secrets.committeeKey, engine.sharing.committeeId) });
  engine.changeAccess((_invites, revoked) => {
    if (!revoked.has(deviceId)) revoked.set(deviceId, nowIso());
  });
}
