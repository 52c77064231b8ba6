import { quarterEnd } from '../domain/quarter-end';
import { makeQuarter, quarterOfDate, quarterParts, quartersBetween, type Quarter } from '../domain/quarter';
import type { ReportPeriod } from './report-data';

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A real calendar day written YYYY-MM-DD; anything else makes an empty period rather than an error. */
function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(utc(text).getTime()) && utc(text).toISOString().startsWith(text);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const moved = utc(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return iso(moved);
}

function quarterStart(quarter: string): string {
  const { year, q } = quarterParts(quarter);
  return `${String(year)}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The quarters lying wholly inside [from, to]: a report never shows part of a quarter as if it were whole. */
function quartersWithin(from: string, to: string): Quarter[] {
  if (!isDay(from) || !isDay(to) || from > to) return [];
  return quartersBetween(quarterOfDate(from), quarterOfDate(to)).filter((quarter) => quarterStart(quarter) >= from && quarterEnd(quarter) <= to);
}

/**
 * The period just before, of the same length: whole months shift by months (so H1 2026 compares with
 * H2 2025, whose day count differs), anything else by days.
 */
function previousOf(from: string, to: string): { from: string; to: string } {
  if (!isDay(from) || !isDay(to) || from > to) return { from, to };
  const start = utc(from);
  const dayAfter = utc(addDays(to, 1));
  if (start.getUTCDate() === 1 && dayAfter.getUTCDate() === 1) {
    const months = (dayAfter.getUTCFullYear() - start.getUTCFullYear()) * 12 + dayAfter.getUTCMonth() - start.getUTCMonth();
    return { from: iso(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - months, 1))), to: addDays(from, -1) };
  }
  const days = Math.round((dayAfter.getTime() - start.getTime()) / 86_400_000);
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

/**
 * How a committee's request for "from … to" becomes quarters of figures, a period to compare with, a target
 * year, and the day the report describes: the end of the period, or today while the period still runs.
 */
export function reportPeriod(from: string, to: string, today: string): ReportPeriod {
  const previous = previousOf(from, to);
  const year = Number((isDay(to) ? to : isDay(today) ? today : new Date().toISOString()).slice(0, 4));
  const endedQuarters = isDay(to) ? [1, 2, 3, 4].filter((q) => quarterEnd(makeQuarter(year, q)) <= to).length : 0;
  const quarters = quartersWithin(from, to);
  return {
    from,
    to,
    today,
    asOf: isDay(today) && today < to ? today : to,
    quarters,
    lastQuarter: quarters[quarters.length - 1] ?? (endedQuarters === 0 ? makeQuarter(year - 1, 4) : makeQuarter(year, endedQuarters)),
    previous: { ...previous, quarters: quartersWithin(previous.from, previous.to) },
    targetYear: year,
  };
}
