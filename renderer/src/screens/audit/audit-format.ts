import { currentLanguage } from '../../i18n/i18n';
import { localeTag } from '../../../../electron/core/domain/locale-tag';


/** The local day of a moment as YYYY-MM-DD, so a list can be grouped by the days its reader lives in. */
export function localDay(iso: string): string {
  const moment = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** A day as a heading: "Thursday 14 May 2026" / "čtvrtek 14. května 2026". */
export function dayHeading(day: string): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(localeTag(currentLanguage()), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(year, month - 1, date));
}

/** The time of day of a moment, in the reader's convention. */
export function timeOfDay(iso: string): string {
  return new Intl.DateTimeFormat(localeTag(currentLanguage()), { timeStyle: 'short' }).format(new Date(iso));
}
