// The Kiwix files (npm run zim) served by Debian's kiwix-serve: in each language, the main page, a lesson and its
// quiz, the glossary and search work, the offline-packs page is a note, no service worker is registered, and no
// request leaves the ZIM. Expectations come from the content (titles, glossary ids), not from the files.
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { expect, test, type Page } from '@playwright/test';
import { lessons, locales } from '../helpers/content.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { zimFileName } from '../../src/lib/zim-files.ts';

const dir = process.env.ZIM_DIR ?? 'dist-zim';
const terms = yaml.load(readFileSync('content/glossary/terms.yaml', 'utf8')) as { id: string }[];

/**
 * Records every request the page makes that is not this ZIM's own (kiwix-serve serves it under /<name>/), every
 * console error (a CSP violation, a missing file) and every uncaught exception.
 */
function watch(page: Page, book: string, baseURL: string | undefined): string[] {
  const problems: string[] = [];
  const server = new URL(baseURL ?? 'http://127.0.0.1/');
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.host !== server.host || !url.pathname.startsWith(`/${book}/`)) problems.push(`request: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  return problems;
}

for (const locale of locales) {
  const book = zimFileName(locale).replace(/\.zim$/, '');
  const lesson = lessons(locale)[0];
  if (!lesson) throw new Error(`no lesson in content/docs/${locale}/lessons`);
  const slug = lesson.slug.replace(/^lessons\//, '');

  test.describe(`${locale} ZIM`, () => {
    test('the file exists, and the offline-packs page links to it under /zim/', () => {
      expect(existsSync(`${dir}/${zimFileName(locale)}`), `${dir}/${zimFileName(locale)}: run npm run zim`).toBe(true);
      const packsPage = readFileSync(`dist/${locale}/offline-packs/index.html`, 'utf8');
      const linked = [...packsPage.matchAll(/href="\/zim\/([^"]+)"/g)].map((m) => m[1]);
      expect(linked.sort()).toEqual(locales.map(zimFileName).sort());
    });

    test('main page, a lesson with its quiz, the glossary: no request leaves the ZIM, no error, no service worker', async ({
      page,
      baseURL,
    }) => {
      const problems = watch(page, book, baseURL);
      await page.goto(`/${book}/`);
      await expect(page).toHaveURL(new RegExp(`/${book}/${locale}/index\\.html$`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);

      // A lesson from the course list of the main page's sidebar, followed as a reader would.
      await page.goto(`/${book}/${locale}/lessons/index.html`);
      await page.locator(`main a[href$="lessons/${slug}/index.html"]`).first().click();
      await expect(page.locator('h1')).toHaveText(String(lesson.data.title));

      // The quiz answers: every question gets a verdict and the score is shown.
      const quiz = page.locator('form[data-quiz]');
      const questions = quiz.locator('fieldset');
      const count = await questions.count();
      expect(count).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < count; i++) await questions.nth(i).locator('input').first().check();
      await quiz.locator('button[type="submit"]').click();
      await expect(quiz.locator('.quiz__score')).toBeVisible();
      for (let i = 0; i < count; i++) await expect(questions.nth(i)).toHaveAttribute('data-result', /.+/);

      // A key term leads to its entry in the glossary, inside the ZIM.
      const termLink = page.locator('main a[href*="glossary/index.html#"]').first();
      const id = decodeURIComponent((await termLink.getAttribute('href'))?.split('#')[1] ?? '');
      await page.goto(new URL(`${locale}/glossary/index.html`, `http://x/${book}/`).pathname);
      for (const term of terms) await expect(page.locator(`[id="${term.id}"]`)).toHaveCount(1);
      expect(terms.some((t) => t.id === id)).toBe(true);

      // Pages read from the ZIM register no service worker.
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => navigator.serviceWorker?.getRegistrations().then((r) => r.length) ?? 0)).toBe(0);
      expect(problems).toEqual([]);
    });

    test('search finds the lesson and its result opens inside the ZIM, with no error', async ({ page, baseURL }) => {
      const problems = watch(page, book, baseURL);
      await page.goto(`/${book}/${locale}/index.html`);
      await page.locator('button[data-open-modal]').click();
      await page.locator('[data-search-input]').fill(String(lesson.data.title));
      await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
      const result = page.locator(`[data-search-results] a[href*="/lessons/${slug}/"]`).first();
      await expect(result).toHaveAttribute('href', new RegExp(`/${book}/${locale}/lessons/${slug}/index\\.html`));
      const href = (await result.getAttribute('href')) ?? '';
      await result.click();
      await expect(page, `search result ${href}`).toHaveURL(
        new RegExp(`/${book}/${locale}/lessons/${slug}/index\\.html`),
      );
      await expect(page.locator('h1')).toHaveText(String(lesson.data.title));
      expect(problems).toEqual([]);
    });

    test('the offline-packs page is a note: nothing to save in Kiwix', async ({ page }) => {
      await page.goto(`/${book}/${locale}/offline-packs/index.html`);
      await expect(page.locator('[data-zim-note]')).toHaveText(ui(locale, 'zim.packsNote'));
      await expect(page.locator('[data-offline-packs]')).toHaveCount(0);
    });
  });
}
