import i18next from 'i18next';
import type { ImportIssue } from '../../../../electron/core/import/import-issue';

/** "row 7, job_starts: "12a" is not a whole number", in the UI language; the CLI says the same in English. */
export function describeIssue(issue: ImportIssue): string {
  const place = [issue.row === null ? null : i18next.t('importIssues.row', { row: issue.row }), issue.column].filter((part) => part !== null && part !== '').join(', ');
  const message = i18next.t(`importIssues.${issue.code}`, { ...issue.params, value: issue.value ?? '' });
  return place === '' ? message : `${place}: ${message}`;
}
