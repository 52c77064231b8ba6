/** A calendar quarter, written canonically as "2026-Q1". */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const patterns: readonly RegExp[] = [
  /^(?<year>\d{4})\s*[-/ ]?\s*Q\s*(?<q>[1-4])$/i, // 2026-Q1, 2026 Q1, 2026Q1, 2026/Q1
  /^Q\s*(?<q>[1-4])\s*[-/ ]?\s*(?<year>\d{4})$/i, // Q1 2026, Q1/2026, Q1-2026
  /^(?<q>[1-4])\s*Q\s*[-/ ]?\s*(?<year>\d{4})$/i, // 1Q2026, 1Q 2026
];

// The callers pass a four-digit year and 1-4, which is exactly the shape the type names.
export function makeQuarter(year: number, q: number): Quarter {
  return `${year}-Q${q}` as Quarter;
}

/** Reads the ways spreadsheets write a quarter; null when the text is not one. */
export function parseQuarter(text: string): Quarter | null {
  const trimmed = text.trim();
  for (const pattern of patterns) {
    const groups = pattern.exec(trimmed)?.groups;
    if (groups?.year === undefined || groups.q === undefined) continue;
    const year = Number(groups.year);
    if (year < 2000 || year > 2100) return null;
    return makeQuarter(year, Number(groups.q));
  }
  return null;
}

export function quarterParts(quarter: string): { year: number; q: number } {
  return { year: Number(quarter.slice(0, 4)), q: Number(quarter.slice(6, 7)) };
}

/** Quarters counted from year 0, so that distances and order are plain arithmetic. */
export function quarterIndex(quarter: string): number {
  const { year, q } = quarterParts(quarter);
  return year * 4 + q - 1;
}

export function quarterFromIndex(index: number): Quarter {
  return makeQuarter(Math.floor(index / 4), (index % 4) + 1);
}

export function addQuarters(quarter: string, count: number): Quarter {
  return quarterFromIndex(quarterIndex(quarter) + count);
}

export function quarterOfDate(isoDate: string): Quarter {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return makeQuarter(year, Math.floor((month - 1) / 3) + 1);
}

export function quartersBetween(from: string, to: string): Quarter[] {
  const result: Quarter[] = [];
  for (let index = quarterIndex(from); index <= quarterIndex(to); index += 1) result.push(quarterFromIndex(index));
  return result;
}
