import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFile } from '../../electron/core/import/plan-import';
import type { ImportOptions } from '../../electron/core/import/read-import-table';

export function fixturePath(name: string): string {
  return join('tests', 'fixtures', name);
}

export function fixture(name: string, options: ImportOptions = {}): ImportFile {
  return { fileName: name, bytes: new Uint8Array(readFileSync(fixturePath(name))), options };
}

export function textFile(fileName: string, text: string, options: ImportOptions = {}): ImportFile {
  return { fileName, bytes: new TextEncoder().encode(text), options };
}
