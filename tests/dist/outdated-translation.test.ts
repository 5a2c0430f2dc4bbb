import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import { translationStatus } from '../../src/lib/translation-status.ts';
import { readPageFiles } from '../../src/server/translation-sources.ts';

// A translation whose Russian source changed after it says so on the page itself, exactly where the
// translation report (npm run i18n:status, /<locale>/contribute/translations/) calls it outdated.
const rows = translationStatus(readPageFiles('content/docs', process.cwd())).filter((row) => !row.draft);
const translated = rows.flatMap((row) =>
  localeCodes
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => ({ path: row.slug ? `/${locale}/${row.slug}/` : `/${locale}/`, row, locale }))
    .filter(({ path }) => existsSync(`dist${path}index.html`)),
);

describe('outdated translations carry a notice', () => {
  it('has translated pages to check', () => {
    expect(translated.length).toBeGreaterThan(0);
  });

  it.each(translated.map((t) => [t.path, t] as const))('%s', (path, { row, locale }) => {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const notice = /<aside class="translation-outdated[^"]*"[^>]*data-translation-outdated[\s\S]*?<\/aside>/.exec(html);
    if (row.cells[locale].state === 'outdated') {
      expect(notice, 'notice on an outdated translation').not.toBeNull();
      const source = row.slug ? `/${defaultLocale}/${row.slug}/` : `/${defaultLocale}/`;
      expect(notice?.[0], 'links the source page').toContain(`href="${source}"`);
    } else {
      expect(notice, `no notice on a translation that is ${row.cells[locale].state}`).toBeNull();
    }
  });
});
