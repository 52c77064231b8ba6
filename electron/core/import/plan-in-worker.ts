import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UserError } from '../api/user-error';
import type { Quarter } from '../domain/quarter';
import { emptyPreview } from './empty-preview';
import type { ImportFile, ImportPlan } from './plan-import';
import type { WorkerAnswer, WorkerRequest } from './worker-plan';

/**
 * The heap a worker may grow to. A hostile file is refused by the limits long before this; the cap is
 * the last guard, so that a file nobody thought of fails alone instead of taking the program with it.
 */
const maxHeapMb = 1536;

function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } };
  // In the desktop app the core is bundled into main.cjs, and the build puts the worker beside it.
  if (typeof __filename === 'string' && __filename.endsWith('.cjs')) return new Worker(join(dirname(__filename), 'import-worker.cjs'), options);
  // Run from source (the browser mode, the command line, the tests, all through tsx): the worker is
  // TypeScript too, loaded through tsx's API, since Node 20 does not pass loaders on to a worker. The
  // API is found from the working directory, which npm sets to the project's folder for every script.
  const worker = new URL('./import-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`, { ...options, eval: true });
}

// One worker is kept once it has answered, so the next preview does not wait for a new one to load.
let idle: Worker | null = null;

function takeWorker(): Worker {
  const worker = idle ?? startWorker();
  idle = null;
  worker.ref();
  return worker;
}

function giveBack(worker: Worker): void {
  if (idle !== null) {
    void worker.terminate();
    return;
  }
  // An idle worker never keeps the program from ending.
  worker.unref();
  idle = worker;
}

function tooComplex(files: readonly ImportFile[]): ImportPlan {
  return {
    canImport: false,
    files: files.map((file) => ({
      preview: { ...emptyPreview(file, ''), errors: [{ file: file.fileName, row: null, column: null, value: null, code: 'file_too_complex', params: {} }] },
      mapping: null,
      quarterly: [],
      targets: [],
    })),
  };
}

/**
 * Reads and plans an import in a worker thread, against the database file read only, so the thread
 * that answers the window keeps answering. `signal` cancels it: the worker is stopped at once and the
 * promise rejects with "import_cancelled". Without `withRecords` the plan holds the previews only. The stamp says which state of the records the plan is for
 * (null when the file was too much for the worker and nothing was planned).
 */
export function planInWorker(
  request: { databasePath: string; files: readonly ImportFile[]; currentQuarter: Quarter; withRecords: boolean },
  signal?: AbortSignal,
): Promise<{ plan: ImportPlan; stamp: number | null }> {
  if (signal?.aborted === true) return Promise.reject(new UserError('import_cancelled'));
  // Copies, handed over rather than cloned: the caller's bytes stay usable for the import that follows.
  const copies = request.files.map((file) => ({ ...file, bytes: file.bytes.slice() }));
  const sent: WorkerRequest = { ...request, files: copies };
  const worker = takeWorker();
  return new Promise((resolve, reject) => {
    const onMessage = (answer: WorkerAnswer) => {
      settle(() => (answer.ok ? resolve({ plan: answer.plan, stamp: answer.stamp }) : reject(new Error(`the import worker failed: ${answer.message}`))), answer.ok);
    };
    const onError = (error: Error & { code?: string }) => {
      settle(() => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve({ plan: tooComplex(request.files), stamp: null }) : reject(error)), false);
    };
    const onExit = (code: number) => settle(() => reject(new Error(`the import worker stopped (exit code ${String(code)}) without answering`)), false);
    const cancel = () => settle(() => reject(new UserError('import_cancelled')), false);
    function settle(outcome: () => void, keep: boolean): void {
      signal?.removeEventListener('abort', cancel);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) giveBack(worker);
      else void worker.terminate();
      outcome();
    }
    signal?.addEventListener('abort', cancel);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(sent, copies.map((file) => file.bytes.buffer));
  });
}
