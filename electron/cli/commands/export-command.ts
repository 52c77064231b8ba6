import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportDatabase } from '../../core/export/export-database';
import { assertWritableLocation } from '../../core/db/assert-writable-location';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';
import { withDatabase } from '../with-database';

const usage = 'Usage: npm run cli -- export <db> --out <file.json>';

export function exportCommand(args: string[]): string {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } }, ['<db>'], usage);
  if (values.out === undefined) throw new CliFailure(`--out is required.\n${usage}`, 2);
  const out = resolve(values.out);
  assertWritableLocation(out);
  const data = withDatabase(positionals[0] ?? '', { command: 'export', writes: false }, exportDatabase);
  // Written aside and renamed, so an interrupted export never leaves a truncated file under the real name.
  writeFileSync(`${out}.partial`, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(`${out}.partial`, out);
  const count = Object.values(data.tables).reduce((sum, rows) => sum + rows.length, 0);
  return `Exported ${count} records from ${Object.keys(data.tables).length} tables to ${out}.`;
}
