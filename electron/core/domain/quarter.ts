import { uiLocales } from './ui-locales';
import { languages } from './languages';

/** A calendar quarter, written canonically as "2026-Q1". */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How each language's spreadsheets write a quarter, from its folder's quarterWords: a one-letter sign (Q, K, T)
 * before or after the number, or a word after an ordinal ("1. kvt. 2026", "1er trimestre 2026",
 * "1. tromjesečje 2026.").
 */
function quarterPatterns(): RegExp[] {
  const words = [...new Set(languages.flatMap((language) => uiLocales[language].language.quarterWords))];
  const letters = words.filter((word) => /^\p{L}$/u.test(word)).map(escaped).join('');
  const names = words.filter((word) => word.length > 1).map(escaped).join('|');
  return [
    new RegExp(`^(?<year>\\d{4})\\s*[-/ ]?\\s*[${letters}]\\s*(?<q>[1-4])$`, 'iu'), // 2026-Q1, 2026 K1, 2026T1, 2026/Q1
    new RegExp(`^[${letters}]\\s*(?<q>[1-4])\\s*[-/ ]?\\s*(?<year>\\d{4})$`, 'iu'), // Q1 2026, T1/2026, K1-2026
    new RegExp(`^(?<q>[1-4])\\s*[${letters}]\\s*[-/ ]?\\s*(?<year>\\d{4})$`, 'iu'), // 1Q2026, 1T 2026
    new RegExp(`^(?<q>[1-4])\\s*(?:\\.|er|re|e|ème|º|ª|o|\\.º|\\.er)?\\s*(?:${names})\\s*(?<year>\\d{4})\\.?$`, 'iu'), // 1. kvt. 2026
  ];
}

const patterns: readonly RegExp[] = quarterPatterns();

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
