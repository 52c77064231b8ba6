import type Database from 'better-sqlite3';
import type { Quarter } from '../domain/quarter';
import { applyImport } from './apply-import';
import { planImport, type FilePreview, type ImportFile } from './plan-import';

export type ImportResult = { stored: boolean; files: FilePreview[]; batchIds: string[] };

/**
 * Previews (dryRun) or stores a set of files. Planning and storing run in one transaction: a file with
 * an error stores nothing, from it or from any other file given with it.
 */
export function importFiles(db: Database.Database, files: readonly ImportFile[], options: { dryRun: boolean; actor: string | null; currentQuarter: Quarter }): ImportResult {
  return db.transaction((): ImportResult => {
    const plan = planImport(db, files, options.currentQuarter);
    const previews = plan.files.map((file) => file.preview);
    if (options.dryRun || !plan.canImport) return { stored: false, files: previews, batchIds: [] };
    return { stored: true, files: previews, batchIds: applyImport(db, plan, options.actor) };
  }).immediate();
}
