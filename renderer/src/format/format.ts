import { currentLanguage } from '../i18n/i18n';

const localeOf = { en: 'en-GB', cs: 'cs-CZ' } as const;

/** A calendar date stored as YYYY-MM-DD, shown in the reader's convention (25 Nov 2026 / 25. 11. 2026). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  return new Intl.DateTimeFormat(localeOf[currentLanguage()], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf[currentLanguage()], { maximumFractionDigits }).format(value);
}

export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
