import { readFileSync, rmSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { quarterOfDate } from '../../core/domain/quarter';
import { todayIso } from '../../core/domain/today-iso';
import { reviewerKinds, scaleVersions } from '../../core/domain/fidelity-terms';
import { textEncodings, type TextEncoding } from '../../core/domain/text-encodings';
import { serviceNameKey } from '../../core/domain/service-name-key';
import { currentMember } from '../../core/committee/current-member';
import { importFiles } from '../../core/import/import-files';
import type { ImportIssue } from '../../core/import/import-issue';
import { importLimits, type ImportFile } from '../../core/import/plan-import';
import { readImportTable } from '../../core/import/read-import-table';
import { readFidelityFile } from '../../core/fidelity/read-fidelity-file';
import { saveReview } from '../../core/fidelity/save-review';
import { UserError } from '../../core/api/user-error';
import { CliFailure } from '../cli-failure';
import { formatIssue } from '../format-issue';
import { withDatabaseAsync } from '../with-database';
import { createBackup } from '../../core/backup/create-backup';
import { stopPoint } from '../../core/testing/stop-point';

const usage =
  `Usage: npm run cli -- import <db> <file>... [--dry-run] [--encoding ${textEncodings.join('|')}]\n` +
  '       a fidelity file (columns item, score, note) also needs --service "<name>" --date YYYY-MM-DD [--scale us2008|us_manual|uk] [--reviewer-kind internal|external|peer] [--reviewers "<names>"]';

function readFile(path: string, encoding: TextEncoding | undefined): ImportFile {
  const absolute = resolve(path);
  let size: number;
  try {
    size = statSync(absolute).size;
  } catch {
    throw new CliFailure(`${absolute} does not exist. Check the file name.`, 1);
  }
  // A file over the limit is refused before it is read: reading it whole first would not help anybody.
  if (size > importLimits.maxBytes) {
    const issue = { file: basename(absolute), row: null, column: null, value: null, code: 'file_too_large', params: { limitMb: importLimits.maxBytes / 1024 / 1024 } };
    throw new CliFailure(`  error: ${formatIssue(issue)}\nNothing was stored: 1 error(s). Correct the file(s) and import again.`, 1);
  }
  return { fileName: basename(absolute), bytes: new Uint8Array(readFileSync(absolute)), options: encoding === undefined ? {} : { encoding } };
}

function isFidelityFile(file: ImportFile): boolean {
  if (file.bytes.length === 0 || file.bytes.length > importLimits.maxBytes) return false;
  try {
    return readImportTable(file.bytes, {}, () => null).kind === 'fidelity';
  } catch {
    return false;
  }
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        encoding: { type: 'string' },
        service: { type: 'string' },
        date: { type: 'string' },
        scale: { type: 'string', default: 'us2008' },
        'reviewer-kind': { type: 'string', default: 'external' },
        reviewers: { type: 'string', default: '' },
      },
    });
  } catch (error) {
    throw new CliFailure(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
}

/** Quarterly figures, targets and fidelity reviews: every file is checked first, and either all are stored or none. */
export async function importCommand(args: string[]): Promise<string> {
  const { values, positionals } = parse(args);
  if (positionals.length < 2) throw new CliFailure(`Name the database and at least one file.\n${usage}`, 2);
  const [db = '', ...paths] = positionals;
  const encoding = textEncodings.find((candidate) => candidate === values.encoding);
  if (values.encoding !== undefined && encoding === undefined) throw new CliFailure(`--encoding takes ${textEncodings.join(', ')}.\n${usage}`, 2);
  const files = paths.map((path) => readFile(path, encoding));
  const fidelity = files.filter(isFidelityFile);
  const others = files.filter((file) => !fidelity.includes(file));
  const scale = scaleVersions.find((version) => version === values.scale);
  const reviewerKind = reviewerKinds.find((kind) => kind === values['reviewer-kind']);
  if (fidelity.length > 0) {
    if (values.service === undefined || values.date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
      throw new CliFailure(`${fidelity.map((file) => file.fileName).join(', ')}: a fidelity file needs --service and --date (YYYY-MM-DD).\n${usage}`, 2);
    }
    if (scale === undefined || reviewerKind === undefined) throw new CliFailure(`--scale or --reviewer-kind has a value it does not take.\n${usage}`, 2);
    if (fidelity.length > 1) throw new CliFailure(`Import one fidelity review at a time: one service, one date.\n${usage}`, 2);
  }
  const dryRun = values['dry-run'];

  // A dry run stores nothing (its checks run in a transaction that is always rolled back), so it works while another program has the file.
  return withDatabaseAsync(db, { command: 'import', writes: !dryRun }, async (database: Database.Database, absolutePath: string) => {
    const actor = currentMember.read(database);
    const lines: string[] = [];
    const errors: ImportIssue[] = [];
    // Whether the files would change anything; a fidelity review always does.
    let changes = fidelity.length > 0;
    const run = () => {
      const result = importFiles(database, others, { dryRun: true, actor, currentQuarter: quarterOfDate(todayIso()) });
      changes ||= result.files.some((file) => !file.changesNothing && file.errors.length === 0);
      for (const file of result.files) {
        lines.push(
          `${file.fileName}: ${file.kind} file, ${String(file.rowsRead)} ${file.rowsRead === 1 ? 'row' : 'rows'} read; ${String(file.added)} added, ${String(file.replaced)} replaced, ${String(file.unchanged)} unchanged` +
            (file.servicesToCreate.length > 0 ? `; new services: ${file.servicesToCreate.join(', ')}` : ''),
        );
        for (const warning of file.warnings) lines.push(`  warning: ${formatIssue(warning)}`);
        errors.push(...file.errors);
      }
      const review = fidelity[0];
      if (review === undefined) return;
      const read = readFidelityFile(review);
      errors.push(...read.errors);
      const serviceId: unknown = database.prepare('SELECT id FROM service WHERE name_key = ?').pluck().get(serviceNameKey(values.service ?? ''));
      if (typeof serviceId !== 'string') {
        errors.push({ file: review.fileName, row: null, column: null, value: values.service ?? '', code: 'fidelity_service_unknown', params: {} });
        return;
      }
      lines.push(`${review.fileName}: fidelity review of ${values.service ?? ''} on ${values.date ?? ''}, ${String(read.scores.size)} items rated`);
      if (errors.length > 0) return;
      try {
        saveReview(
          database,
          { serviceId, reviewDate: values.date ?? '', scaleVersion: scale ?? 'us2008', reviewerKind: reviewerKind ?? 'external', reviewers: values.reviewers, recommendations: '', scores: Object.fromEntries(read.scores) },
          actor,
        );
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        errors.push({ file: review.fileName, row: null, column: null, value: null, code: error.code, params: error.params });
      }
    };
    // Everything is checked first in a transaction that is always rolled back; then, after a backup,
    // the same work runs again for real in one transaction, so the import is wholly there or not at all.
    // True when it stored the files (only ever with `store`).
    const attempt = (store: boolean): boolean => {
      try {
        database.transaction(() => {
          run();
          if (errors.length === 0 && store) {
            const stored = importFiles(database, others, { dryRun: false, actor, currentQuarter: quarterOfDate(todayIso()) });
            for (const file of stored.files) errors.push(...file.errors);
            stopPoint('import:rows-written');
          }
          if (errors.length > 0 || !store) throw new RollBack();
        }).immediate();
        return true;
      } catch (error) {
        if (!(error instanceof RollBack)) throw error;
        return false;
      }
    };
    attempt(false);
    stopPoint('import:checked');
    if (errors.length === 0 && !changes) {
      // Nothing to store is not an error: the figures are there already. No backup, no import recorded.
      lines.push(`Nothing was stored: the file(s) only repeat what is stored${dryRun ? ' (dry run)' : ''}.`);
      return lines.join('\n');
    }
    if (errors.length === 0 && !dryRun) {
      const backup = await createBackup(database, absolutePath, 'import');
      stopPoint('import:backed-up');
      lines.length = 0;
      let stored = false;
      try {
        stored = attempt(true);
      } finally {
        // An import that stores nothing after all (an error, or a failure on the way) leaves nothing behind, not even its backup.
        if (!stored) rmSync(backup.path, { force: true });
      }
      stopPoint('import:committed');
    }
    if (errors.length > 0) {
      throw new CliFailure([...lines, ...errors.map((error) => `  error: ${formatIssue(error)}`), `Nothing was stored: ${String(errors.length)} error(s). Correct the file(s) and import again.`].join('\n'), 1);
    }
    lines.push(dryRun ? 'Dry run: nothing was stored; the import would succeed.' : `Stored ${String(files.length)} file(s).`);
    return lines.join('\n');
  });
}

/** Thrown inside the transaction to undo what the checks wrote; never leaves this module. */
class RollBack extends Error {}
