import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { quarterOfDate } from '../../core/domain/quarter';
import { todayIso } from '../../core/domain/today-iso';
import { currentMember } from '../../core/committee/current-member';
import { importFiles } from '../../core/import/import-files';
import { importLimits, type ImportFile } from '../../core/import/plan-import';
import { CliFailure } from '../cli-failure';
import { formatIssue } from '../format-issue';
import { parseCommandArgs } from '../parse-command-args';
import { withDatabase } from '../with-database';

const usage = 'Usage: npm run cli -- import <db> <file>... [--dry-run]';

function readFile(path: string): ImportFile {
  const absolute = resolve(path);
  let size: number;
  try {
    size = statSync(absolute).size;
  } catch {
    throw new CliFailure(`${absolute} does not exist. Check the file name.`, 1);
  }
  // Too large files are refused by the import itself; reading them whole first would not help anybody.
  const bytes = size > importLimits.maxBytes ? new Uint8Array(size) : new Uint8Array(readFileSync(absolute));
  return { fileName: basename(absolute), bytes, options: {} };
}

export function importCommand(args: string[]): string {
  const dryRun = args.includes('--dry-run');
  const rest = args.filter((arg) => arg !== '--dry-run');
  const unknown = rest.find((arg) => arg.startsWith('--'));
  if (unknown !== undefined) throw new CliFailure(`Unknown option ${unknown}.\n${usage}`, 2);
  if (rest.length < 2) throw new CliFailure(`Name the database and at least one file.\n${usage}`, 2);
  const [db = '', ...paths] = rest;
  parseCommandArgs([db], {}, ['<db>'], usage);
  const files = paths.map(readFile);
  return withDatabase(db, (database) => {
    const result = importFiles(database, files, { dryRun, actor: currentMember.read(database), currentQuarter: quarterOfDate(todayIso()) });
    const lines: string[] = [];
    for (const file of result.files) {
      lines.push(
        `${file.fileName}: ${file.kind} file, ${String(file.rowsRead)} rows read; ${String(file.added)} added, ${String(file.replaced)} replaced, ${String(file.unchanged)} unchanged` +
          (file.servicesToCreate.length > 0 ? `; new services: ${file.servicesToCreate.join(', ')}` : ''),
      );
      for (const warning of file.warnings) lines.push(`  warning: ${formatIssue(warning)}`);
    }
    const errors = result.files.flatMap((file) => file.errors);
    if (errors.length > 0) {
      throw new CliFailure([...lines, ...errors.map((error) => `  error: ${formatIssue(error)}`), `Nothing was stored: ${String(errors.length)} error(s). Correct the file(s) and import again.`].join('\n'), 1);
    }
    lines.push(dryRun ? 'Dry run: nothing was stored; the import would succeed.' : `Stored ${String(result.files.length)} file(s).`);
    return lines.join('\n');
  });
}
