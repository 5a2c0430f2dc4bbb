import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { localeCodes } from '../../src/config/locales.ts';
import { lessons } from '../helpers/content.ts';

// Odd input in the search dialog on a 360×740 phone, in every locale: a very long query is echoed once, cut
// short, and its results stay on the screen; words that are no words find nothing (not pages matching a
// fragment of them) and the dialog offers the section lists instead.

const dictionary = (locale: string) =>
  JSON.parse(readFileSync(`content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

async function search(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/`);
  await page.locator('button[data-open-modal]').click();
  await page.locator('[data-search-input]').fill(query);
  await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
}

for (const locale of localeCodes) {
  const t = dictionary(locale);

  test(`${locale}: a 300-character query is echoed once, cut short, and its first result stays on screen`, async ({
    page,
  }) => {
    // Real words from a lesson's title, repeated past 300 characters: the lesson has them all.
    const [lesson] = lessons(locale);
    if (!lesson) throw new Error(`no lessons in ${locale}`);
    const title = String(lesson.data.title).replace(/[^\p{L}\p{N}\s]/gu, ' ');
    let query = '';
    while (query.length < 300) query += `${title} `;
    query = query.replace(/\s+/g, ' ').trim();
    await search(page, locale, query);

    const said = (await page.locator('[data-search-status], [data-search-correction]').allTextContents()).join(' ');
    const start = query.slice(0, 24);
    expect(said.split(start).length - 1, said).toBe(1);
    expect(said).not.toContain(query.slice(0, 80));
    expect(said).toContain('…');
    const first = page.locator('[data-search-results] .search-result__title').first();
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    expect(box, 'first result').not.toBeNull();
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
  });

  test(`${locale}: gibberish finds nothing and the dialog offers the section lists`, async ({ page }) => {
    // Three queries, each checked against three languages' vocabularies.
    test.setTimeout(120_000);
    for (const query of ['qwzxqwzx', 'фывапролдж', 'zxqvbnmzxq']) {
      await search(page, locale, query);
      await expect(page.locator('[data-search-results] > li'), query).toHaveCount(0);
      await expect(page.locator('[data-search-other-results] > li'), query).toHaveCount(0);
      const zero = (t['pagefind.zero_results'] ?? '').replace('[SEARCH_TERM]', `«${query}»`);
      await expect(page.locator('[data-search-status]'), query).toHaveText(zero);
      const suggestions = page.locator('[data-search-suggestions]');
      await expect(suggestions).toBeVisible();
      await expect(suggestions).toContainText(t['search.suggestions'] ?? '(no key)');
      for (const section of ['lessons', 'initiatives', 'glossary']) {
        await expect(suggestions.locator(`a[href="/${locale}/${section}/"]`)).toBeVisible();
      }
    }
  });
}

test('after gibberish, a real word finds its page and the suggestions go away', async ({ page }) => {
  // The first word of a lesson's title: a word the site has.
  const locale = localeCodes[0] ?? 'kk';
  await search(page, locale, 'qwzxqwzx');
  await expect(page.locator('[data-search-suggestions]')).toBeVisible();
  const [lesson] = lessons(locale);
  const word = String(lesson?.data.title ?? '').split(/\s+/)[0] ?? '';
  await page.locator('[data-search-input]').fill(word);
  await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  await expect(page.locator('[data-search-suggestions]')).toBeHidden();
});
