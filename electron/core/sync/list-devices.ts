import type Database from 'better-sqlite3';
import { z } from 'zod';
import { UserError } from '../api/user-error';
import { rowFields, text } from '../db/row-fields';
import { deviceSyncs } from './device-syncs';
import { serverAddress } from './server-address';
import { sharingSecrets } from './sharing-secrets';
import { accessInvite, type AccessInvite } from './access-invite';

const seenList = z.object({ devices: z.array(z.object({ deviceId: z.string(), seenOn: z.string() })) });

export type DeviceEntry = AccessInvite & { deviceId: string; memberName: string; revokedAt: string | null; lastSeenOn: string | null; thisDevice: boolean };

/** When the server last saw each device (the day), or null when it cannot be asked now. */
async function lastSeen(server: string, committeeId: string, token: string): Promise<Map<string, string> | null> {
  try {
    const response = await fetch(`${serverAddress(server).web}/committees/${committeeId}/devices`, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
    const parsed = seenList.safeParse(await response.json());
    return parsed.success ? new Map(parsed.data.devices.map((device) => [device.deviceId, device.seenOn])) : null;
  } catch {
    return null;
  }
}

/** The devices invited to the committee, newest first, with when the server last saw each. */
export async function listDevices(db: Database.Database, databasePath: string): Promise<{ devices: DeviceEntry[]; serverAnswered: boolean }> {
  const engine = deviceSyncs.of(db);
  if (engine === null) throw new UserError('sync_not_shared');
  const access = engine.doc(`${engine.sharing.committeeId}/access`);
  const secrets = sharingSecrets.read(databasePath);
  const seen = secrets === null ? null : await lastSeen(engine.sharing.serverUrl, engine.sharing.committeeId, secrets.token);
  const revoked = access.getMap('revoked');
  const names = new Map(db.prepare('SELECT id, name FROM member').all().map((row) => rowFields(row)).map((row) => [text(row.get('id')), text(row.get('name'))]));
  const devices: DeviceEntry[] = [];
  for (const [deviceId, value] of access.getMap('invites').entries()) {
    const entry = accessInvite.safeParse(value);
    if (!entry.success) continue;
    const revokedAt = revoked.get(deviceId);
    devices.push({
      deviceId,
      ...entry.data,
      memberName: names.get(entry.data.memberId) ?? '',
      revokedAt: typeof revokedAt === 'string' ? revokedAt : null,
      lastSeenOn: seen?.get(deviceId) ?? null,
      thisDevice: deviceId === engine.sharing.deviceId,
    });
  }
  devices.sort((a, b) => b.invitedAt.localeCompare(a.invitedAt));
  return { devices, serverAnswered: seen !== null };
}
