import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { nowIso } from '../domain/now-iso';
import { deviceSyncs } from './device-syncs';

/**
 * Revokes a device (or an invite not used yet, which is the same: the invite names its device). The
 * server refuses it from then on and puts it out if it is connected; what it already holds stays on it.
 */
export function revokeDevice(db: Database.Database, deviceId: string): void {
  const engine = deviceSyncs.of(db);
  if (engine === null) throw new UserError('sync_not_shared');
  if (deviceId === engine.sharing.deviceId) throw new UserError('sync_revoke_self', {}, 'deviceId');
  engine.changeAccess((invites, revoked) => {
    if (!invites.has(deviceId)) throw new UserError('sync_device_unknown', { device: deviceId }, 'deviceId');
    if (!revoked.has(deviceId)) revoked.set(deviceId, nowIso());
  });
}
