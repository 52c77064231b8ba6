import { actor } from '../api/actor';
import { apiSlice } from '../api/api-slice';
import { buildTemplate } from './build-template';
import { importContract } from './import-contract';
import { listImports } from './list-imports';
import { runImport } from './run-import';
import { runningImports } from './running-imports';
import { undoLastImport } from './undo-last-import';

export const importApi = apiSlice(importContract, {
  previewImport: (context, input) => runImport(context, input.files, false, input.requestId),
  commitImport: (context, input) => runImport(context, input.files, true, input.requestId),
  cancelImport: (_context, input) => ({ cancelled: runningImports.cancel(input.requestId) }),
  listImports: (context) => listImports(context.workspace.db()),
  undoLastImport: (context) => undoLastImport(context.workspace.db(), actor(context)),
  getImportTemplate: (_context, input) => {
    const template = buildTemplate(input.kind, input.format, input.language);
    return { fileName: template.fileName, mimeType: template.mimeType, contentBase64: Buffer.from(template.bytes).toString('base64') };
  },
});
