/**
 * One CSV cell as the workbench writes it. A cell that a spreadsheet would run as a formula (=, +, -, @,
 * or a tab or carriage return first) gets a leading apostrophe, so opening a file the workbench wrote
 * can never run =HYPERLINK(…) or similar; cells with separators, quotes or line breaks are quoted.
 */
export function csvCell(value: string, delimiter: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
