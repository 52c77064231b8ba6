import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertWritableLocation } from '../../core/db/assert-writable-location';
import { backupTo } from '../../core/backup/create-backup';
import { UserError } from '../../core/api/user-error';
import { CliFailure } from '../cli-failure';
import { openForCommand } from '../open-for-command';
import { parseCommandArgs } from '../parse-command-args';

const usage = 'Usage: npm run cli -- backup <db> --out <file>';

export async function backupCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } }, ['<db>'], usage);
  if (values.out === undefined) throw new CliFailure(`--out is required.\n${usage}`, 2);
  const source = resolve(positionals[0] ?? '');
  const out = resolve(values.out);
  if (existsSync(out)) throw new UserError('db_exists', { path: out });
  assertWritableLocation(out);
  // SQLite's online backup only reads the file, so a backup can be made while another program works on it.
  const { db, close } = openForCommand(source, { command: 'backup', writes: false });
  try {
    await backupTo(db, out);
  } finally {
    close();
  }
  return `Backed up ${source} to ${out}; the copy passed SQLite's integrity check.`;
}
