import i18next from 'i18next';
import type { ImportIssue } from '../../../../electron/core/import/import-issue';

/** "row 7, job_starts: "12a" is not a whole number", in the UI language; the CLI says the same in English. */
export function describeIssue(issue: ImportIssue): string {
  const place = [issue.row === null ? null : i18next.t('importIssues.row', { row: issue.row }), issue.column].filter((part) => part !== null && part !== '').join(', ');
  const params = { ...issue.params, value: issue.value ?? '' };
  // Checks the core makes while storing speak through the general error messages, as in the CLI.
  const message = i18next.t(`importIssues.${issue.code}`, { ...params, defaultValue: i18next.t(`errors.${issue.code}`, params) });
  return place === '' ? message : `${place}: ${message}`;
}
