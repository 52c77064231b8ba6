/** How many files File → Open recent lists. */
const kept = 8;

/** The recent files with `path` first: opened again, a file moves to the top; the oldest drop off. */
export function withRecent(recent: readonly string[], path: string): string[] {
  return [path, ...recent.filter((earlier) => earlier !== path)].slice(0, kept);
}
