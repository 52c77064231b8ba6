import { z } from 'zod';
import { revokeDevice } from '../../core/sync/revoke-device';
import { syncOnce } from '../../core/sync/sync-once';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';
import { withDatabaseAsync } from '../with-database';

const usage = 'Usage: npm run cli -- revoke <db> --device <id>';

export async function revokeCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(args, { device: { type: 'string' } }, ['<db>'], usage);
  const device = z.uuid().safeParse(values.device);
  if (!device.success) throw new CliFailure(`--device is missing or invalid.\n${usage}`, 2);
  return withDatabaseAsync(positionals[0] ?? '', { command: 'revoke', writes: true }, async (db, path) => {
    revokeDevice(db, path, device.data);
    await syncOnce(db, path);
    return `Revoked device ${device.data}: the server refuses it from now on.`;
  });
}
