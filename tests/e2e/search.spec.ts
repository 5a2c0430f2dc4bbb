import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.locator('button[data-open-modal]').click();
  await page.locator('[data-search-input]').fill(query);
  await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
}

test('search code loads only when the reader opens search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/kk/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await search(page, 'заң');
  expect(requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
});

test('on /kk/, Kazakh typed without Kazakh letters finds the Тазалық сақшылары page', async ({ page }) => {
  await page.goto('/kk/');
  await search(page, 'Тазалык сакшылары');
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute(
    'href',
    /\/kk\/initiatives\/tazalyq-saqshylary\//,
  );
});

test('on /kk/, an inflected form finds the page that uses another form', async ({ page }) => {
  await page.goto('/kk/');
  await search(page, 'алаяқтарға');
  await expect(page.locator('[data-search-results] a[href*="/kk/lessons/cyber-safety/"]')).toHaveCount(1);
});

test('on /kk/, Kazakh typed in Latin letters finds the page that spells it in Cyrillic', async ({ page }) => {
  await page.goto('/kk/');
  // «есірткі» (drugs) appears on the page only in Cyrillic.
  await search(page, 'esirtki');
  await expect(page.locator('[data-search-results] a[href*="/kk/lessons/drugs-and-the-law/"]')).toHaveCount(1);
});

test('on /kk/, a Russian word with no Kazakh match offers the Russian page, labelled', async ({ page }) => {
  await page.goto('/kk/');
  await search(page, 'мошенничество');
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
  const other = page.locator('[data-search-other]');
  await expect(other).toBeVisible();
  const hit = other.locator('li[lang="ru"] a[href*="/ru/lessons/cyber-safety/"]');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('Русский');
});

test('results show their kind and can be filtered by kind', async ({ page }) => {
  await page.goto('/ru/');
  await search(page, 'Киберпол');
  const results = page.locator('[data-search-results] .search-result__kind');
  await expect(results.first()).not.toBeEmpty();
  await page.locator('.search-filters input[value="lesson"]').check();
  await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
  const kinds = await page.locator('[data-search-results] .search-result__kind').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  for (const kind of kinds) expect(kind).toBe('Урок');
});
