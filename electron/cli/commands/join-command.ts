import { resolve } from 'node:path';
import { readCommittee } from '../../core/committee/read-committee';
import { joinCommittee } from '../../core/sync/join-committee';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';

const usage = 'Usage: npm run cli -- join <new-db> --invite <code or link | ->   (- reads it from standard input)';

/** Standard input, whole: an invite given this way stays out of the shell's history and the list of processes. */
async function readStandardInput(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.length > 20_000) break;
  }
  return text.trim();
}

export async function joinCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(args, { invite: { type: 'string' } }, ['<new-db>'], usage);
  if (values.invite === undefined) throw new CliFailure(`--invite is required.\n${usage}`, 2);
  const path = resolve(positionals[0] ?? '');
  const invite = values.invite === '-' ? await readStandardInput() : values.invite;
  if (invite === '') throw new CliFailure(`No invite came on standard input.\n${usage}`, 2);
  const db = await joinCommittee(path, invite);
  try {
    return `Joined ${readCommittee(db)?.name ?? ''}: ${path} holds the committee, shared through the server.`;
  } finally {
    db.close();
  }
}
