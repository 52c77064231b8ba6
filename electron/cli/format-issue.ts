import type { ImportIssue } from '../core/import/import-issue';
import { translate } from '../shared/translate';

/** `file.csv, row 7, job_starts: "12a" is not a whole number`, as the import preview says it. */
export function formatIssue(issue: ImportIssue): string {
  const place = [issue.file, issue.row === null ? null : translate('en', 'importIssues.row', { row: issue.row }), issue.column].filter((part) => part !== null && part !== '').join(', ');
  const params = { ...issue.params, value: issue.value ?? '' };
  // Checks the core makes while storing (a review that exists already) speak through the general error messages.
  const message = translate('en', `importIssues.${issue.code}`, params);
  return `${place}: ${message === `importIssues.${issue.code}` ? translate('en', `errors.${issue.code}`, params) : message}`;
}
