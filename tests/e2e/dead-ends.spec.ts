import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { localeCodes } from '../../src/config/locales.ts';
import { docsPages, lessons } from '../helpers/content.ts';

// Every dead end speaks the language of the address asked for: a page that does not exist, a short link to no
// lesson, and offline both a page that is not saved and a page that does not exist. The words expected are each
// language's own 404 and offline pages (content/docs/<locale>/), never copied from the built HTML.

const dictionary = (locale: string) =>
  JSON.parse(readFileSync(`content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;
const titleOf = (locale: string, slug: string) => {
  const page = docsPages().find((p) => p.locale === locale && p.slug === slug);
  if (!page) throw new Error(`content/docs/${locale}/${slug}.mdx is missing`);
  return String(page.data.title);
};
/** The links a locale's 404 page offers, from its source. */
const notFoundLinks = (locale: string) =>
  [...readFileSync(`content/docs/${locale}/404.mdx`, 'utf8').matchAll(/\]\((\/[^)\s]+)\)/g)].map((m) => m[1] ?? '');
/** A lesson number no lesson has, from the course itself. */
const noLesson = (locale: string) => Math.max(...lessons(locale).map((l) => Number(l.data.lesson))) + 986;

async function expectNotFound(page: Page, locale: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('h1')).toHaveText(titleOf(locale, '404'));
  const links = notFoundLinks(locale);
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
  // A not-found page has no "last updated" date: there is nothing there to date.
  await expect(page.locator('body')).not.toContainText(dictionary(locale)['page.lastUpdated'] ?? '(no key)');
}

for (const locale of localeCodes) {
  test(`${locale}: an unknown page and a short link to no lesson get the ${locale} not-found page`, async ({
    page,
  }) => {
    for (const path of [`/${locale}/no-such-page/`, `/${locale}/l/${noLesson(locale)}/`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expectNotFound(page, locale);
    }
  });
}

test('an address with no language that is no page offers every language', async ({ page }) => {
  for (const path of [`/l/${noLesson('ru')}/`, '/no-such-page/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    for (const locale of localeCodes) {
      await expect(page.locator(`a[href="/${locale}/"]`), path).toBeVisible();
      await expect(page.locator('h1'), path).toContainText(titleOf(locale, '404'));
    }
  }
});

// Offline: the reader saved one language (`saved`) and reads another (`other`); the browser's own language is
// a third one, so no answer can come from it by chance.
for (const [i, saved] of localeCodes.entries()) {
  const other = localeCodes[(i + 1) % localeCodes.length] ?? saved;
  const reader = localeCodes[(i + 2) % localeCodes.length] ?? saved;
  test(`offline with only ${saved} saved: every dead end speaks the address's language (${saved}, ${other})`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ locale: reader, serviceWorkers: 'allow' });
    const page = await context.newPage();
    try {
      await page.goto(`/${saved}/`);
      await expect(page.locator('html')).toHaveAttribute('data-offline-ready', saved, { timeout: 60_000 });
      await context.setOffline(true);

      // A page of a language that is not saved: that language's "no connection" page.
      const [lesson] = lessons(other);
      if (!lesson) throw new Error(`no lessons in ${other}`);
      await page.goto(lesson.path);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator('h1')).toHaveText(titleOf(other, 'offline'));

      // No such page, in a saved language and in one that is not: "not found", not "not saved".
      for (const locale of [saved, other]) {
        for (const path of [`/${locale}/no-such-page/`, `/${locale}/l/${noLesson(locale)}/`]) {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(404);
          await expectNotFound(page, locale);
        }
      }

      // A short link without a language opens the lesson in the language that is saved.
      const [first] = lessons(saved);
      if (!first) throw new Error(`no lessons in ${saved}`);
      await page.goto(`/l/${String(first.data.lesson)}/`);
      await expect(page).toHaveURL(new RegExp(`${first.path}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', saved);
      await expect(page.locator('h1')).toHaveText(String(first.data.title));
    } finally {
      await context.close();
    }
  });
}
