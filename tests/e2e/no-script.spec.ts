import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { localeCodes } from '../../src/config/locales.ts';
import { lessons } from '../helpers/content.ts';

// With JavaScript turned off, nothing may fail silently: the quiz lets a student check herself, search and the
// offline-packs page say that they need JavaScript, and the theme follows the system. Expected words come from
// content/i18n and the lessons' own quiz data.

const dictionary = (locale: string) =>
  JSON.parse(readFileSync(`content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;

interface Question {
  question: string;
  options: string[];
  correct: number[];
  explanation: string;
}
const quizOf = (locale: string) => {
  const lesson = lessons(locale).find((l) => Array.isArray(l.data.quiz));
  if (!lesson) throw new Error(`no lesson with a quiz in ${locale}`);
  return { path: lesson.path, quiz: lesson.data.quiz as Question[] };
};

/** Relative luminance of a computed `rgb()` colour. */
async function backgroundLuminance(page: Page): Promise<number> {
  const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of localeCodes) {
    const t = dictionary(locale);

    test(`${locale}: the quiz reveals each answer instead of a "check" button that reloads the page`, async ({
      page,
    }) => {
      const { path, quiz } = quizOf(locale);
      await page.goto(path);
      const form = page.locator('form[data-quiz]');
      // Playwright's getByText skips <noscript>: the notice is found by its class, its words from content/i18n.
      await expect(form.locator('.quiz__noscript')).toBeVisible();
      await expect(form.locator('.quiz__noscript')).toHaveText(t['quiz.noScript'] ?? '(no key)');
      await expect(form.getByRole('button', { name: t['quiz.check'] })).toBeHidden();
      await expect(form.locator('button[type="submit"]')).toBeHidden();
      const reveals = form.locator('details.quiz__reveal');
      await expect(reveals).toHaveCount(quiz.length);
      for (const [i, q] of quiz.entries()) {
        const reveal = reveals.nth(i);
        await expect(reveal.locator('summary')).toHaveText(t['quiz.showAnswer'] ?? '(no key)');
        await reveal.locator('summary').click();
        for (const c of q.correct) await expect(reveal).toContainText(q.options[c] ?? '(no option)');
        await expect(reveal).toContainText(q.explanation.trim().slice(0, 40));
      }
      expect(page.url()).not.toContain('?');
    });

    test(`${locale}: search says it needs JavaScript and links the section lists`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page.locator('site-search button[data-open-modal]').click();
      const notice = page.locator('#site-search-noscript');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(t['search.noScript'] ?? '(no key)');
      for (const section of ['lessons', 'initiatives', 'glossary']) {
        await expect(notice.locator(`a[href="/${locale}/${section}/"]`)).toBeVisible();
      }
    });

    test(`${locale}: the offline-packs page says saving needs JavaScript and does not blame the network`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/offline-packs/`);
      await expect(page.locator('.offline-packs__noscript')).toBeVisible();
      await expect(page.locator('.offline-packs__noscript')).toHaveText(t['packs.noScript'] ?? '(no key)');
      for (const key of ['packs.sizesUnknown', 'packs.storageUnknown']) {
        await expect(page.getByText(t[key] ?? '(no key)').first(), key).toBeHidden();
      }
      // No buttons that cannot work.
      await expect(page.locator('[data-offline-packs] button').first()).toBeHidden();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`the theme follows a system that prefers ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${localeCodes[0] ?? 'kk'}/`);
      const luminance = await backgroundLuminance(page);
      if (scheme === 'light') expect(luminance).toBeGreaterThan(0.8);
      else expect(luminance).toBeLessThan(0.1);
      // The theme menu needs the script: it is not offered.
      await expect(page.locator('starlight-theme-select').first()).toBeHidden();
    });
  }
});

test('with JavaScript, the quiz has its buttons and no answers to peek at', async ({ page }) => {
  const locale = localeCodes[0] ?? 'kk';
  const { path } = quizOf(locale);
  await page.goto(path);
  const form = page.locator('form[data-quiz]');
  await expect(form.getByRole('button', { name: dictionary(locale)['quiz.check'] })).toBeVisible();
  await expect(form.locator('details.quiz__reveal')).toHaveCount(0);
  await expect(page.locator('#site-search-noscript')).toHaveCount(0);
  await page.locator('site-search button[data-open-modal]').click();
  await expect(page.locator('site-search dialog')).toBeVisible();
});
