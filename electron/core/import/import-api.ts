import { actor } from '../api/actor';
import { apiSlice } from '../api/api-slice';
import { createBackup } from '../backup/create-backup';
import { buildTemplate } from './build-template';
import { importContract } from './import-contract';
import { listImports } from './list-imports';
import { runImport } from './run-import';
import { undoLastImport } from './undo-last-import';

export const importApi = apiSlice(importContract, {
  previewImport: (context, input) => runImport(context, input.files, true),
  commitImport: async (context, input) => {
    // A backup before every import that will store something, so a wrong file can always be taken back.
    if (!runImport(context, input.files, true).files.some((file) => file.errors.length > 0)) {
      await createBackup(context.workspace.db(), context.workspace.path, 'import');
    }
    return runImport(context, input.files, false);
  },
  listImports: (context) => listImports(context.workspace.db()),
  undoLastImport: (context) => undoLastImport(context.workspace.db(), actor(context)),
  getImportTemplate: (_context, input) => {
    const template = buildTemplate(input.kind, input.format, input.language);
    return { fileName: template.fileName, mimeType: template.mimeType, contentBase64: Buffer.from(template.bytes).toString('base64') };
  },
});
