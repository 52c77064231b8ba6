import type { Quarter } from '../domain/quarter';
import type { ImportFile, ImportPlan } from './plan-import';

/**
 * What the import worker is asked: the files, and the database to plan them against (read only).
 * `withRecords`: whether the plan comes back with the records to store (an import), or only with the
 * previews (a preview, which saves handing a large file's rows back across threads).
 */
export type WorkerRequest = { databasePath: string; files: ImportFile[]; currentQuarter: Quarter; withRecords: boolean };

/** What it answers: the plan, with the stamp of the records it was made against (see importStamp). */
export type WorkerAnswer = { ok: true; plan: ImportPlan; stamp: number } | { ok: false; message: string };
