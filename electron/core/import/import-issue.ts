/**
 * A problem found in an import file, placed as the user sees it in their spreadsheet. `code` names a
 * message under `importIssues.` in the locale files.
 */
export type ImportIssue = {
  file: string;
  row: number | null;
  column: string | null;
  value: string | null;
  code: string;
  params: Record<string, string | number>;
};
