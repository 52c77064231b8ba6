import { rmSync } from 'node:fs';
import type { ApiContext } from '../api/api-context';
import { actor } from '../api/actor';
import { createBackup } from '../backup/create-backup';
import { quarterOfDate } from '../domain/quarter';
import { todayIso } from '../domain/today-iso';
import { applyImport } from './apply-import';
import { decodeUploads } from './decode-uploads';
import { importStamp } from './import-stamp';
import { planImport, type FilePreview, type ImportPlan } from './plan-import';
import { planInWorker } from './plan-in-worker';
import { runningImports } from './running-imports';

type Outcome = { stored: boolean; files: FilePreview[] };

const previewsOf = (plan: ImportPlan): FilePreview[] => plan.files.map((file) => file.preview);

/**
 * A preview, or an import, of files the page sent. The files are read and planned in a worker (see
 * planInWorker), so the window and every other request keep being answered meanwhile, and the page can
 * cancel by `requestId`. An import that will store something is preceded by a backup, so a wrong file
 * can always be taken back; when the import then stores nothing after all, that backup is removed again.
 */
export async function runImport(
  context: ApiContext,
  uploads: Parameters<typeof decodeUploads>[0],
  commit: boolean,
  requestId?: string,
  // For the tests: runs once the worker's plan is back, to change the records before they are stored.
  afterPlanning?: () => void,
): Promise<Outcome> {
  const db = context.workspace.db();
  const files = decodeUploads(uploads);
  const currentQuarter = quarterOfDate(todayIso());
  const signal = requestId === undefined ? undefined : runningImports.start(requestId);
  let planned: Awaited<ReturnType<typeof planInWorker>>;
  try {
    planned = await planInWorker({ databasePath: context.workspace.path, files, currentQuarter, withRecords: commit }, signal);
  } finally {
    if (requestId !== undefined && signal !== undefined) runningImports.finish(requestId, signal);
  }
  if (!commit || !planned.plan.canImport) return { stored: false, files: previewsOf(planned.plan) };
  afterPlanning?.();

  const backup = await createBackup(db, context.workspace.path, 'import');
  try {
    const outcome = db
      .transaction((): Outcome => {
        // When anything changed the records since the worker read them, the plan is made again here, under the write lock.
        const plan = planned.stamp === importStamp(db) ? planned.plan : planImport(db, files, currentQuarter);
        if (!plan.canImport) return { stored: false, files: previewsOf(plan) };
        applyImport(db, plan, actor(context));
        return { stored: true, files: previewsOf(plan) };
      })
      .immediate();
    if (!outcome.stored) rmSync(backup.path, { force: true });
    return outcome;
  } catch (error) {
    rmSync(backup.path, { force: true });
    throw error;
  }
}
