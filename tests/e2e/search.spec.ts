import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.locator('button[data-open-modal]').click();
  await page.locator('[data-search-input]').fill(query);
  await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
}

test.describe('without the service worker', () => {
  // The offline pack legitimately downloads Pagefind's files after load; page.on('request') would not see
  // those fetches anyway. With the worker blocked, every request the page makes is the page's own.
  test.use({ serviceWorkers: 'block' });

  test('search code loads only when the reader opens search', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/kk/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search/'))).toEqual([]);
    await search(page, 'заң');
    expect(requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
  });
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
  await expect(page.locator('[data-search-results] > li > a[href*="/kk/lessons/cyber-safety/"]')).toHaveCount(1);
});

test('on /kk/, a question in everyday Kazakh finds its page, not a "correction" of a verb form', async ({ page }) => {
  await page.goto('/kk/');
  // «if the police stop (me)»: a conditional verb; the lesson says «тоқтатуы», «тоқтатты».
  await search(page, 'полиция тоқтатса');
  await expect(page.locator('[data-search-correction]')).toBeHidden();
  await expect(page.locator('[data-search-results] > li > a').first()).toHaveAttribute(
    'href',
    /\/kk\/lessons\/police-encounters\//,
  );
  // «helping the police»: the verbal noun; the page says «көмектесетін».
  await page.goto('/kk/');
  await search(page, 'полицияға көмектесу');
  await expect(
    page.locator('[data-search-results] > li > a[href*="/kk/initiatives/public-police-assistant/"]'),
  ).toHaveCount(1);
});

test('on /kk/, Kazakh typed in Latin letters finds the page that spells it in Cyrillic', async ({ page }) => {
  await page.goto('/kk/');
  // «есірткі» (drugs) appears on the page only in Cyrillic.
  await search(page, 'esirtki');
  await expect(page.locator('[data-search-results] > li > a[href*="/kk/lessons/drugs-and-the-law/"]')).toHaveCount(1);
});

test('on /kk/, a Russian word with no Kazakh match offers the Russian page, labelled', async ({ page }) => {
  await page.goto('/kk/');
  await search(page, 'мошенничество');
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
  const other = page.locator('[data-search-other]');
  await expect(other).toBeVisible();
  const hit = other.locator('li[lang="ru"] > a[href*="/ru/lessons/cyber-safety/"]');
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

const results = (page: Page) => page.locator('[data-search-results] > li > a');

test.describe('typos', () => {
  for (const [locale, typed, expected] of [
    ['kk', 'есрткі', 'lessons/drugs-and-the-law'],
    ['ru', 'кибербулинг', 'lessons/cyberbullying'],
    ['en', 'corupption', 'lessons/anti-corruption'],
    // Pagefind answers this one with pages for the prefix «на», some of which say «наркотических» elsewhere.
    ['ru', 'наркотки', 'lessons/drugs-and-the-law'],
  ] as const) {
    test(`on /${locale}/, «${typed}» is corrected, with a way back to what was typed`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await search(page, typed);
      await expect(page.locator('[data-search-correction]')).toBeVisible();
      await expect(page.locator(`[data-search-results] a[href*="/${locale}/${expected}/"]`).first()).toBeVisible();
      await page.locator('[data-search-exact]').click();
      await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done');
      await expect(page.locator('[data-search-correction]')).toBeHidden();
    });
  }

  test('a word that is in the index is never corrected, and the vocabulary loads only for a correction', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/kk/');
    await search(page, 'есірткі');
    await expect(page.locator('[data-search-correction]')).toBeHidden();
    expect(requested.filter((p) => p.startsWith('/search/vocab-'))).toEqual([]);
  });
});

test.describe('Kazakh in Latin letters, every alphabet', () => {
  for (const [alphabet, typed, expected] of [
    ['informal', 'jemqorlyq', 'lessons/anti-corruption'],
    ['2017', "Tazalyq saqs'ylary", 'initiatives/tazalyq-saqshylary'],
    ['2018', 'bala quqyǵy', 'lessons/rights-of-the-child'],
    ['2021', 'esırtkı', 'lessons/drugs-and-the-law'],
  ] as const) {
    test(`${alphabet}: «${typed}»`, async ({ page }) => {
      await page.goto('/kk/');
      await search(page, typed);
      await expect(page.locator(`[data-search-results] a[href*="/kk/${expected}/"]`).first()).toBeVisible();
    });
  }
});

test('words that no page has together: pages ranked by the words they match', async ({ page }) => {
  await page.goto('/en/');
  // Each word is on its own lesson page; together they are on at most one page.
  await search(page, 'graffiti cyberbullying');
  await expect(page.locator('site-search')).toHaveAttribute('data-search-partial', 'true');
  await expect(page.locator('[data-search-status]')).toContainText('No page has all the words');
  await expect(page.locator('[data-search-results] > li > a[href*="/en/lessons/public-order/"]')).toHaveCount(1);
  await expect(page.locator('[data-search-results] > li > a[href*="/en/lessons/cyberbullying/"]')).toHaveCount(1);
});

test('Kazakh excerpts show the page’s own letters, with the match marked', async ({ page }) => {
  await page.goto('/kk/');
  await search(page, 'есіртки');
  const excerpts = page.locator('[data-search-results] .search-result__excerpt');
  await expect(excerpts.first()).toBeVisible();
  const html = (await excerpts.evaluateAll((els) => els.map((e) => e.innerHTML))).join(' ');
  expect(html).toContain('<mark>');
  expect(html).not.toMatch(/есирткинин|⁂|localhost/);
});

test('Enter opens the first result', async ({ page }) => {
  await page.goto('/ru/');
  await search(page, 'коррупция');
  const href = (await results(page).first().getAttribute('href')) ?? '';
  await page.locator('[data-search-input]').press('Enter');
  await page.waitForURL((url) => url.pathname === new URL(href, url).pathname);
});

test('Back closes search instead of leaving the page; the query is kept on reopen', async ({ page }) => {
  await page.goto('/ru/about/');
  await search(page, 'закон');
  await page.goBack();
  await expect(page.locator('site-search dialog')).not.toBeVisible();
  await expect(page).toHaveURL(/\/ru\/about\/$/);
  await page.locator('button[data-open-modal]').click();
  await expect(page.locator('[data-search-input]')).toHaveValue('закон');
  // Kept across pages of the session too.
  await page.goto('/ru/');
  await page.locator('button[data-open-modal]').click();
  await expect(page.locator('[data-search-input]')).toHaveValue('закон');
});

test('"Show more" loads further results; results open at their best section', async ({ page }) => {
  await page.goto('/ru/');
  await search(page, 'закон');
  const before = await results(page).count();
  expect(before).toBeGreaterThan(0);
  await page.locator('[data-search-more]').click();
  await expect.poll(() => results(page).count()).toBeGreaterThan(before);
  await expect(page.locator('.search-result__sections a[href*="#"]').first()).toBeVisible();
  const anchored = await results(page).evaluateAll((as) => as.filter((a) => (a as HTMLAnchorElement).hash).length);
  expect(anchored).toBeGreaterThan(0);
});

test('pages for editors are not among the results for content words', async ({ page }) => {
  await page.goto('/ru/');
  await search(page, 'закон');
  await page.locator('[data-search-more]').click();
  const hrefs = await results(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.filter((h) => h.includes('/contribute/'))).toEqual([]);
});

test('questions in people’s own words and help words find their pages (issue #23)', async ({ page }) => {
  test.setTimeout(120_000);
  const cases: [locale: string, query: string, path: string][] = [
    // The issue's own examples: a whole question, an everyday word the pages do not use, and asking for contacts.
    ['kk', 'мені интернетте сыныптастарым қорлап жатыр не істеуім керек', '/kk/lessons/cyberbullying/'],
    ['ru', 'дружинник', '/ru/initiatives/public-police-assistant/'],
    ['en', 'contact prosecutor office phone', '/en/help/'],
    ['ru', 'телефон', '/ru/help/'],
    ['kk', 'кімге хабарласу', '/kk/help/'],
  ];
  for (const [locale, query, path] of cases) {
    await page.goto(`/${locale}/`);
    await search(page, query);
    const found = await page
      .locator('[data-search-results] > li > a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found.slice(0, 5), `${locale} «${query}»`).toContain(path);
  }
});
