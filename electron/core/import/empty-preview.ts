import type { FilePreview, ImportFile } from './plan-import';

/** The preview of a file before anything of it has been read. */
export function emptyPreview(file: ImportFile, sha256: string): FilePreview {
  return {
    fileName: file.fileName,
    sha256,
    sizeBytes: file.bytes.length,
    kind: 'unknown',
    format: null,
    encoding: null,
    delimiter: null,
    sheetNames: null,
    sheet: null,
    headerRow: null,
    columns: [],
    layoutKey: '',
    rowsRead: 0,
    servicesToCreate: [],
    added: 0,
    replaced: 0,
    unchanged: 0,
    addedItems: [],
    replacedItems: [],
    changesNothing: false,
    errors: [],
    warnings: [],
  };
}
