import { parentPort } from 'node:worker_threads';
import { importStamp } from './import-stamp';
import { planImport } from './plan-import';
import { stopPoint } from '../testing/stop-point';
import type { WorkerAnswer, WorkerRequest } from './worker-plan';
import { openSqlite } from '../db/open-sqlite';

/**
 * The import worker: reads and plans the files of a preview or import off the thread that answers the
 * window and every other request, against its own read-only connection, one request at a time.
 */
function plan(request: WorkerRequest): WorkerAnswer {
  const db = openSqlite(request.databasePath, { readonly: true, fileMustExist: true });
  // Only this thread waits here: the tests stop the reading to cancel it while the rest keeps answering.
  stopPoint('import:reading');
  try {
    // One read transaction: the stamp and the records the plan reads are the same moment's.
    const planned = db.transaction(() => ({ stamp: importStamp(db), plan: planImport(db, request.files, request.currentQuarter) })).deferred();
    if (request.withRecords) return { ok: true, ...planned };
    const previews = planned.plan.files.map((file) => ({ ...file, quarterly: [], targets: [] }));
    return { ok: true, stamp: planned.stamp, plan: { ...planned.plan, files: previews } };
  } finally {
    db.close();
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  let answer: WorkerAnswer;
  try {
    answer = plan(request);
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
