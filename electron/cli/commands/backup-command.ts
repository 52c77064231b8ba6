import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openWorkbenchDatabase } from '../../core/db/open-workbench-database';
import { probeDatabaseFile } from '../../core/db/probe-database-file';
import { assertWritableLocation } from '../../core/db/assert-writable-location';
import { backupTo } from '../../core/backup/create-backup';
import { UserError } from '../../core/api/user-error';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';

const usage = 'Usage: npm run cli -- backup <db> --out <file>';

export async function backupCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } }, ['<db>'], usage);
  if (values.out === undefined) throw new CliFailure(`--out is required.\n${usage}`, 2);
  const source = resolve(positionals[0] ?? '');
  const out = resolve(values.out);
  if (existsSync(out)) throw new UserError('db_exists', { path: out });
  assertWritableLocation(out);
  if (probeDatabaseFile(source).kind !== 'workbench') throw new UserError('db_missing', { path: source });
  const db = openWorkbenchDatabase(source);
  try {
    await backupTo(db, out);
  } finally {
    db.close();
  }
  return `Backed up ${source} to ${out}; the copy passed SQLite's integrity check.`;
}
