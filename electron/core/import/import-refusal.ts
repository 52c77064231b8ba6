import type { TextEncoding } from '../domain/text-encodings';

/**
 * A file refused as a whole while it is read (an encoding that cannot be told, a workbook beyond the
 * limits): `code` names a message under `importIssues.`; `encoding` is set for a text file so that the
 * preview can still offer the choice of encoding.
 */
export class ImportRefusal extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly encoding: { used: TextEncoding | null; detected: TextEncoding | null } | null;

  constructor(code: string, params: Record<string, string | number> = {}, encoding: ImportRefusal['encoding'] = null) {
    super(code);
    this.name = 'ImportRefusal';
    this.code = code;
    this.params = params;
    this.encoding = encoding;
  }
}
