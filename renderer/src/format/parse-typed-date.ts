export type TypedDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

const isoForm = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Day first, as every language of the workbench writes dates: 24/11/2026, 24. 11. 2026, 24.11.2026, 24. 11. 2026.
const dayFirstForm = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\.?$/;

function isoOf(year: number, month: number, day: number): TypedDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/02/2026 rolls over into March: a date that does not exist is not a date.
  if (year < 1900 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { kind: 'invalid' };
  return { kind: 'date', iso: date.toISOString().slice(0, 10) };
}

/** What someone typed into a date field, in the workbench's day-first form or as YYYY-MM-DD. */
export function parseTypedDate(text: string): TypedDate {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  const iso = isoForm.exec(typed);
  if (iso !== null) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = dayFirstForm.exec(typed);
  if (dayFirst !== null) return isoOf(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return { kind: 'invalid' };
}
