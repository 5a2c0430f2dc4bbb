import type { DateNames } from '../config/locales.ts';
import { format } from './format-template.ts';

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
 * A day written with one language's names. It imports no language table, so a browser script that is handed its
 * page's names (the quiz, the club plan) does not download every language's (src/lib/format-date.ts looks them up by locale).
 */
export function formatDay(date: Date, names: DateNames, timeZone?: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatDay: invalid date');
  const { year, month, day } = dayParts(date, timeZone);
  return format(names.pattern, { year, month: names.months[month - 1] ?? '', day });
}
