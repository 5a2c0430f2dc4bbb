import { isLocale, locales, defaultLocale } from '../config/locales.ts';
import { formatDay } from './format-day.ts';

/**
 * A day as readers of `locale` write it ("2026 жылғы 4 желтоқсан", "4 декабря 2026 года", "4 December 2026"),
 * the same on the server and in the browser, whatever date data the runtime carries. `timeZone` reads the day in
 * that zone (registry days in 'UTC', git dates in 'Asia/Almaty'); without it, the reader's own clock.
 */
export function formatDate(date: Date, locale: string, timeZone?: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`formatDate: invalid date for locale ${locale}`);
  return formatDay(date, locales[isLocale(locale) ? locale : defaultLocale].date, timeZone);
}
