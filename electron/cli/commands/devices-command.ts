import { listDevices } from '../../core/sync/list-devices';
import { parseCommandArgs } from '../parse-command-args';
import { withDatabaseAsync } from '../with-database';

const usage = 'Usage: npm run cli -- devices <db>';

export async function devicesCommand(args: string[]): Promise<string> {
  const { positionals } = parseCommandArgs(args, {}, ['<db>'], usage);
  return withDatabaseAsync(positionals[0] ?? '', { command: 'devices', writes: false }, async (db, path) => {
    const { devices, serverAnswered } = await listDevices(db, path);
    const lines = devices.map((device) =>
      [device.deviceId, device.memberName, device.role, device.revokedAt === null ? `valid until ${device.expiresAt.slice(0, 10)}` : `revoked ${device.revokedAt.slice(0, 10)}`, device.lastSeenOn === null ? 'never seen' : `last seen ${device.lastSeenOn}`, device.thisDevice ? '(this device)' : ''].join('\t').trimEnd(),
    );
    if (!serverAnswered) lines.push('The server did not answer: when each device was last seen is not known now.');
    return lines.join('\n');
  });
}
