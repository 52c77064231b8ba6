/** better-sqlite3 returns rows as `unknown`; this reads them field by field without trusting their type. */
export function rowFields(row: unknown): Map<string, unknown> {
  const entries: [string, unknown][] = row !== null && typeof row === 'object' ? Object.entries(row) : [];
  return new Map(entries);
}

export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A NOT NULL text column; '' if the row somehow lacks it. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
