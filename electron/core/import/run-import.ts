import type { ApiContext } from '../api/api-context';
import { actor } from '../api/actor';
import { quarterOfDate } from '../domain/quarter';
import { todayIso } from '../domain/today-iso';
import { decodeUploads } from './decode-uploads';
import { importFiles } from './import-files';

export function runImport(context: ApiContext, files: Parameters<typeof decodeUploads>[0], dryRun: boolean) {
  const result = importFiles(context.workspace.db(), decodeUploads(files), { dryRun, actor: actor(context), currentQuarter: quarterOfDate(todayIso()) });
  return { stored: result.stored, files: result.files };
}
