import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/config/locales.ts';
import { formatDate } from '../../src/lib/format-date.ts';

describe('one date formatter for server and browser', () => {
  it('names every month of every language with the site’s own names', () => {
    for (const locale of localeCodes) {
      locales[locale].date.months.forEach((month, i) => {
        const text = formatDate(new Date(Date.UTC(2026, i, 15)), locale, 'UTC');
        expect(text).toContain(month);
        expect(text).toContain('2026');
        expect(text).toContain('15');
        // Never the runtime's fallback form ("2026 M12 4") or an abbreviation that doubles a full stop.
        expect(text).not.toMatch(/M\d|\.$/);
      });
    }
  });

  it('writes each language’s order of day, month and year', () => {
    const day = new Date('2026-12-04T12:00:00Z');
    expect(formatDate(day, 'kk', 'UTC')).toBe('2026 жылғы 4 желтоқсан');
    expect(formatDate(day, 'ru', 'UTC')).toBe('4 декабря 2026 года');
    expect(formatDate(day, 'en', 'UTC')).toBe('4 December 2026');
  });

  it('reads the day in the time zone asked for', () => {
    // 20:00 UTC on 30 November is already 1 December in Almaty (UTC+5).
    const moment = new Date('2026-11-30T20:00:00Z');
    expect(formatDate(moment, 'en', 'UTC')).toBe('30 November 2026');
    expect(formatDate(moment, 'en', 'Asia/Almaty')).toBe('1 December 2026');
  });

  it('falls back to the source language for an unknown locale and refuses an invalid date', () => {
    expect(formatDate(new Date('2026-01-02T00:00:00Z'), 'xx', 'UTC')).toBe('2 января 2026 года');
    expect(() => formatDate(new Date('nope'), 'kk')).toThrow(/invalid date/);
  });
});
