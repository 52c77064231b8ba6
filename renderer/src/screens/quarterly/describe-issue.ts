import i18next from 'i18next';
import type { ImportIssue } from '../../../../electron/core/import/import-issue';
import { isMeasure } from '../../../../electron/core/domain/measures';
import { labelled } from '../../format/punctuation';

/** "row 7, job_starts: "12a" is not a whole number", in the UI language; the CLI says the same in English. */
export function describeIssue(issue: ImportIssue): string {
  // A measure's column is named by its label in the reader's language; the CLI keeps the canonical key.
  const column = issue.column !== null && isMeasure(issue.column) ? i18next.t(`measures.${issue.column}.label`) : issue.column;
  const place = [issue.row === null ? null : i18next.t('importIssues.row', { row: issue.row }), column].filter((part) => part !== null && part !== '').join(', ');
  const params = { ...issue.params, value: issue.value ?? '' };
  // Checks the core makes while storing speak through the general error messages, as in the CLI.
  const message = i18next.t(`importIssues.${issue.code}`, { ...params, defaultValue: i18next.t(`errors.${issue.code}`, params) });
  return place === '' ? message : labelled(place, message);
}
