import { expect, test } from '@playwright/test';
import { courseLessons } from './pages.ts';

// Service workers are per browser context: this file's tests share nothing with the others. (On here: the
// configuration blocks them for the specs that are not about offline use.)
test.use({ serviceWorkers: 'allow' });
test('once Kazakh is saved, the plan link, projector mode and the booklet open offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  const lessons = courseLessons('kk');
  const [first, second] = lessons;
  if (!first || !second) throw new Error('the course needs two lessons for this test');
  await page.goto('/kk/');
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'kk', { timeout: 60_000 });
  await context.setOffline(true);

  await page.goto(`/kk/lessons/plan/#v=1&c=Club&l=${second.lesson}:2026-09-01,${first.lesson}`);
  await expect(page.locator('[data-plan-list] > li')).toHaveCount(2);
  await expect(page.locator('[data-plan-problems]')).toBeHidden();

  await page.goto(`/kk/lessons/${first.slug}/present/`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#3$/);

  await page.goto('/kk/lessons/booklet/');
  await expect(page.locator('article.booklet-lesson')).toHaveCount(lessons.length);
  // The QR codes are drawn offline too, as they come into view: the library comes from the saved pack.
  const lastCode = page.locator('.booklet-lesson__qr').last();
  await lastCode.scrollIntoViewIfNeeded();
  await expect(lastCode.locator('svg')).toHaveCount(1);
});
