/** How a committee cites a decision: its year and its number within the year, e.g. 2026/07. */
export function decisionLabel(year: number, number: number): string {
  return `${year}/${String(number).padStart(2, '0')}`;
}
