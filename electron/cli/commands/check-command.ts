import { resolve } from 'node:path';
import { checkDatabase } from '../../core/db/check-database';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';

const usage = 'Usage: npm run cli -- check <db>';

export function checkCommand(args: string[]): string {
  const { positionals } = parseCommandArgs(args, {}, ['<db>'], usage);
  const result = checkDatabase(resolve(positionals[0] ?? ''));
  if (result.ok) return 'ok';
  throw new CliFailure(result.problems.join('\n'), 1);
}
