import { textRules } from '../domain/text-rules';
import type { ImportIssue } from './import-issue';

/**
 * A problem at one cell. The value is quoted as the message may show it: a 1 MB cell or one holding
 * control characters is cut short and made visible, so the message stays readable and safe to print.
 */
export function cellIssue(file: string, row: number | null, column: string | null, value: string | null, code: string, params: Record<string, string | number> = {}): ImportIssue {
  return { file, row, column: column === null ? null : textRules.quoted(column, 40), value: value === null ? null : textRules.quoted(value), code, params };
}
