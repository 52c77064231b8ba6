import i18next from 'i18next';
import { currentLanguage } from '../i18n/i18n';
import { localeTag } from '../../../electron/core/domain/locale-tag';
import { firstOfMonth } from '../../../electron/core/domain/first-of-month';

/** A calendar date stored as YYYY-MM-DD, shown in the reader's convention (25 Nov 2026 / 25. 11. 2026). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  const written = new Intl.DateTimeFormat(localeTag(currentLanguage()), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
  return firstOfMonth(currentLanguage(), written, day);
}

/** A calendar date in figures, as the date fields show and take it (24/11/2026 / 24. 11. 2026). */
export function formatDateNumeric(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  return new Intl.DateTimeFormat(localeTag(currentLanguage()), { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeTag(currentLanguage()), { maximumFractionDigits }).format(value);
}

export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A rate as a percentage in the reader's convention (41 % in Czech, 41% in English); null is "no data". */
export function formatRate(value: number | null, noData: string): string {
  if (value === null) return noData;
  return new Intl.NumberFormat(localeTag(currentLanguage()), { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** 2026-Q3 as "Q3 2026" / "3. čtvrtletí 2026": one notation, as in the documents; "short" may abbreviate where a language has a usual short form. */
export function formatQuarter(quarter: string, form: 'long' | 'short' = 'long'): string {
  return i18next.t(form === 'long' ? 'quarters.long' : 'quarters.short', { q: quarter.slice(6, 7), year: quarter.slice(0, 4) });
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(localeTag(currentLanguage()), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
