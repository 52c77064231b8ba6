import { z } from 'zod';
import { languages } from '../domain/languages';
import { textEncodings } from '../domain/text-encodings';
import { requiredText } from '../api/required-text';
import { returns } from '../api/returns';
import { columnMappingSchema } from './column-mapping-schema';
import type { ImportRecord } from './list-imports';
import type { FilePreview } from './plan-import';

// Base64 of at most 20 MB; the import itself states the limit in words, this only keeps absurd input out.
const importFile = z.object({
  fileName: requiredText(260),
  contentBase64: z.string().max(28_000_000),
  options: z
    .object({
      encoding: z.enum(textEncodings).optional(),
      sheet: z.string().max(100).optional(),
      headerRow: z.int().min(1).max(1_048_576).optional(),
      mapping: columnMappingSchema.optional(),
    })
    .default({}),
});

// The page's own name for a preview or import it may want to cancel.
const requestId = z.string().regex(/^[\w-]{1,64}$/);

/** Importing quarterly figures and targets from spreadsheets, taking an import back, and the templates. */
export const importContract = {
  previewImport: { input: z.object({ files: z.array(importFile).min(1).max(20), requestId: requestId.optional() }), result: returns<{ stored: boolean; files: FilePreview[] }>() },
  commitImport: { input: z.object({ files: z.array(importFile).min(1).max(20), requestId: requestId.optional() }), result: returns<{ stored: boolean; files: FilePreview[] }>() },
  cancelImport: { input: z.object({ requestId }), result: returns<{ cancelled: boolean }>() },
  listImports: { input: z.object({}), result: returns<ImportRecord[]>() },
  undoLastImport: { input: z.object({}), result: returns<{ fileNames: string[] }>() },
  getImportTemplate: {
    input: z.object({ kind: z.enum(['quarterly', 'targets']), format: z.enum(['csv', 'xlsx']), language: z.enum(languages) }),
    result: returns<{ fileName: string; mimeType: string; contentBase64: string }>(),
  },
};
