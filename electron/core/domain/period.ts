import { makeQuarter, quarterParts, type Quarter } from './quarter';

/** A reporting period as the committee names it; every period is a run of whole quarters. */
export type Period =
  | { kind: 'quarter'; quarter: Quarter }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'year'; year: number }
  | { kind: 'range'; from: Quarter; to: Quarter };

export function periodQuarters(period: Period): { from: Quarter; to: Quarter } {
  switch (period.kind) {
    case 'quarter':
      return { from: period.quarter, to: period.quarter };
    case 'half':
      return period.half === 1
        ? { from: makeQuarter(period.year, 1), to: makeQuarter(period.year, 2) }
        : { from: makeQuarter(period.year, 3), to: makeQuarter(period.year, 4) };
    case 'year':
      return { from: makeQuarter(period.year, 1), to: makeQuarter(period.year, 4) };
    case 'range':
      return { from: period.from, to: period.to };
  }
}

/** "2026-H1", "2026", "2026-Q3" or "2025-Q3..2026-Q2", the forms the CLI takes. */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  const half = /^(\d{4})-H([12])$/i.exec(trimmed);
  if (half?.[1] !== undefined) return { kind: 'half', year: Number(half[1]), half: half[2] === '1' ? 1 : 2 };
  if (/^\d{4}$/.test(trimmed)) return { kind: 'year', year: Number(trimmed) };
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(trimmed);
  if (quarter?.[1] !== undefined) return { kind: 'quarter', quarter: makeQuarter(Number(quarter[1]), Number(quarter[2])) };
  return null;
}

export function halfOfQuarter(quarter: string): Period {
  const { year, q } = quarterParts(quarter);
  return { kind: 'half', year, half: q <= 2 ? 1 : 2 };
}
