import { isLocale, locales, defaultLocale } from '../config/locales.ts';

/** The parts of a calendar day, read in a time zone, with only the numbers Intl gives in every browser. */
function dayParts(date: Date, timeZone: string | undefined): { year: number; month: number; day: number } {
  if (timeZone === undefined) return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  // Numeric parts of 'en-US' are present in every ICU build, unlike month names in Kazakh.
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(date)
    .reduce<Record<string, number>>(
      (acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }),
      {},
    );
  return { year: parts.year ?? NaN, month: parts.month ?? NaN, day: parts.day ?? NaN };
}

/**
 * A day as readers of `locale` write it ("2026 жылғы 4 желтоқсан", "4 декабря 2026 года", "4 December 2026"),
 * the same on the server and in the browser, whatever date data the runtime carries. `timeZone` reads the day in
 * that zone (registry days in 'UTC', git dates in 'Asia/Almaty'); without it, the reader's own clock.
 */
export function formatDate(date: Date, locale: string, timeZone?: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`formatDate: invalid date for locale ${locale}`);
  const names = locales[isLocale(locale) ? locale : defaultLocale].date;
  const { year, month, day } = dayParts(date, timeZone);
  const values: Record<string, string> = { year: String(year), month: names.months[month - 1] ?? '', day: String(day) };
  return names.pattern.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}
