import { shareCommittee } from '../../core/sync/share-committee';
import { syncOnce } from '../../core/sync/sync-once';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';
import { withDatabaseAsync } from '../with-database';

const usage = 'Usage: npm run cli -- share <db> --server <wss://address>';

export async function shareCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(args, { server: { type: 'string' } }, ['<db>'], usage);
  if (values.server === undefined) throw new CliFailure(`--server is required.\n${usage}`, 2);
  const server = values.server;
  return withDatabaseAsync(positionals[0] ?? '', { command: 'share', writes: true }, async (db, path) => {
    await shareCommittee(db, path, server);
    await syncOnce(db, path);
    return `Shared the committee through ${server}. Invite members with: npm run cli -- invite ${path} --member <id>`;
  });
}
