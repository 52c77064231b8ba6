import { resolve } from 'node:path';
import { readCommittee } from '../../core/committee/read-committee';
import { joinCommittee } from '../../core/sync/join-committee';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';

const usage = 'Usage: npm run cli -- join <new-db> --invite <code or link>';

export async function joinCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(args, { invite: { type: 'string' } }, ['<new-db>'], usage);
  if (values.invite === undefined) throw new CliFailure(`--invite is required.\n${usage}`, 2);
  const path = resolve(positionals[0] ?? '');
  const db = await joinCommittee(path, values.invite);
  try {
    return `Joined ${readCommittee(db)?.name ?? ''}: ${path} holds the committee, shared through the server.`;
  } finally {
    db.close();
  }
}
