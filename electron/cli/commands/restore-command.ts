import { resolve } from 'node:path';
import { openWorkbenchDatabase } from '../../core/db/open-workbench-database';
import { probeDatabaseFile } from '../../core/db/probe-database-file';
import { assertRestorable, restoreBackup } from '../../core/backup/restore-backup';
import { UserError } from '../../core/api/user-error';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';

const usage = 'Usage: npm run cli -- restore <db> --from <file>';

export async function restoreCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(args, { from: { type: 'string' } }, ['<db>'], usage);
  if (values.from === undefined) throw new CliFailure(`--from is required.\n${usage}`, 2);
  const target = resolve(positionals[0] ?? '');
  const from = resolve(values.from);
  if (from === target) throw new CliFailure('The backup and the database are the same file.', 2);
  assertRestorable(from);
  const live = probeDatabaseFile(target).kind === 'workbench' ? openWorkbenchDatabase(target) : null;
  if (live === null && probeDatabaseFile(target).kind !== 'missing') throw new UserError('db_not_workbench', { path: target });
  const safety = await restoreBackup(target, from, live);
  // Reopening applies any migrations a backup from an older version needs.
  openWorkbenchDatabase(target).close();
  return `Restored ${from} into ${target}.${safety === null ? '' : ` The state before the restore was backed up to ${safety.path}.`}`;
}
