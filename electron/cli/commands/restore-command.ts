import { resolve } from 'node:path';
import { assertWritableLocation } from '../../core/db/assert-writable-location';
import { openWorkbenchDatabase } from '../../core/db/open-workbench-database';
import { probeDatabaseFile } from '../../core/db/probe-database-file';
import { takeWriteLock } from '../../core/db/take-write-lock';
import { openCheckedBackup } from '../../core/backup/open-checked-backup';
import { restoreBackup } from '../../core/backup/restore-backup';
import { UserError } from '../../core/api/user-error';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';

const usage = 'Usage: npm run cli -- restore <db> --from <file>';

/**
 * The same restore as the app's: the backup passes every check before anything is touched, the file's
 * write lock is taken (a program that has the file open refuses the restore), the current state is backed
 * up, and opening the restored file afterwards upgrades a backup from an earlier version.
 */
export async function restoreCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(args, { from: { type: 'string' } }, ['<db>'], usage);
  if (values.from === undefined) throw new CliFailure(`--from is required.\n${usage}`, 2);
  const target = resolve(positionals[0] ?? '');
  const from = resolve(values.from);
  if (from === target) throw new CliFailure('The backup and the database are the same file.', 2);
  assertWritableLocation(target);
  const lock = takeWriteLock(target, { program: 'cli', command: 'restore' });
  try {
    const source = openCheckedBackup(from);
    try {
      const kind = probeDatabaseFile(target).kind;
      if (kind !== 'workbench' && kind !== 'missing') throw new UserError('db_not_workbench', { path: target });
      const live = kind === 'workbench' ? openWorkbenchDatabase(target) : null;
      let safety;
      try {
        safety = await restoreBackup(target, source, live);
      } catch (error) {
        if (live?.open === true) live.close();
        throw error;
      }
      // Reopening applies any migrations a backup from an earlier version needs, with their own backup first.
      openWorkbenchDatabase(target).close();
      return `Restored ${from} into ${target}.${safety === null ? '' : ` The state before the restore was backed up to ${safety.path}.`}`;
    } finally {
      source.db.close();
    }
  } finally {
    lock.release();
  }
}
