import type { Language } from '../domain/languages';
import { localeTag } from '../domain/locale-tag';
import { documentText } from './document-text';
import { firstOfMonth } from '../domain/first-of-month';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})/;

function noData(language: Language): string {
  return documentText(language, 'common.noData');
}

function number(language: Language, value: number | null, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return noData(language);
  return new Intl.NumberFormat(localeTag(language), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A share given as a ratio (0.77), written the way each language writes per cent ("77%", "77 %"). */
function percent(language: Language, ratio: number | null, digits = 0): string {
  if (ratio === null || !Number.isFinite(ratio)) return noData(language);
  return new Intl.NumberFormat(localeTag(language), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(ratio);
}

/**
 * A calendar date stored as YYYY-MM-DD, written out ("3 March 2026", "3. března 2026") with no-break spaces. The date is read and
 * written in UTC so that no time zone can move it to the day before; text that is not such a date is shown as
 * it is rather than lost.
 */
function date(language: Language, iso: string | null): string {
  if (iso === null || iso.trim() === '') return noData(language);
  const match = isoDate.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return iso;
  const value = new Date(Date.UTC(year, month - 1, day));
  if (value.getUTCMonth() !== month - 1 || value.getUTCDate() !== day) return iso;
  // No-break spaces keep a date on one line, as typesetting asks (and Czech "3. března" requires).
  const written = new Intl.DateTimeFormat(localeTag(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(value).replace(/ /g, '\u00a0');
  return firstOfMonth(language, written, day);
}

/** Numbers, shares and dates as the Word documents write them in each language; missing values say so in words. */
export const documentFormat = { number, percent, date, noData };
