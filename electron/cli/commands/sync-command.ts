import { syncOnce } from '../../core/sync/sync-once';
import { parseCommandArgs } from '../parse-command-args';
import { withDatabaseAsync } from '../with-database';

const usage = 'Usage: npm run cli -- sync <db>';

export async function syncCommand(args: string[]): Promise<string> {
  const { positionals } = parseCommandArgs(args, {}, ['<db>'], usage);
  return withDatabaseAsync(positionals[0] ?? '', { command: 'sync', writes: true }, async (db, path) => {
    const { waiting } = await syncOnce(db, path);
    // Changes to a document the server now gives this device to read only (a ballot of a round closed meanwhile) stay here.
    return waiting === 0 ? 'Up to date: all changes shared.' : `Up to date with the server; ${String(waiting)} changes made here were not taken (the server gives this device those records to read only).`;
  });
}
