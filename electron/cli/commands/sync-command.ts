import { syncOnce } from '../../core/sync/sync-once';
import { parseCommandArgs } from '../parse-command-args';
import { withDatabaseAsync } from '../with-database';

const usage = 'Usage: npm run cli -- sync <db>';

export async function syncCommand(args: string[]): Promise<string> {
  const { positionals } = parseCommandArgs(args, {}, ['<db>'], usage);
  return withDatabaseAsync(positionals[0] ?? '', { command: 'sync', writes: true }, async (db, path) => {
    await syncOnce(db, path);
    return 'Up to date: all changes shared.';
  });
}
