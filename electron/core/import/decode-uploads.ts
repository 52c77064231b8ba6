import type { ImportFile } from './plan-import';

type UploadedFile = { fileName: string; contentBase64: string; options: ImportFile['options'] };

export function decodeUploads(files: readonly UploadedFile[]): ImportFile[] {
  return files.map((file) => ({ fileName: file.fileName, bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')), options: file.options }));
}
