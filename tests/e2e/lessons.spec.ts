import { expect, test } from '@playwright/test';
import en from '../../content/i18n/en.json' with { type: 'json' };

const lesson = '/en/lessons/cyberbullying/';

test('a quiz can be answered by keyboard only, shows score and explanations, and progress survives a reload', async ({
  page,
}) => {
  await page.goto(lesson);
  const quiz = page.locator('form[data-quiz]');
  const questions = quiz.locator('fieldset');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(4);

  // Focus the first option of the first question, then walk the quiz with the keyboard.
  await questions.first().locator('input').first().focus();
  for (let i = 0; i < count; i++) {
    const first = questions.nth(i).locator('input').first();
    await expect(first).toBeFocused();
    // Radio groups take Space to select; checkbox questions too.
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    // Tab leaves a radio group (or walks through a checkbox group) to the next question.
    const inputs = await questions.nth(i).locator('input').count();
    const isCheckbox = (await first.getAttribute('type')) === 'checkbox';
    const tabs = isCheckbox ? inputs : 1;
    for (let t = 0; t < tabs; t++) await page.keyboard.press('Tab');
  }
  // After the last question, focus is on the check button.
  await expect(quiz.locator('button[type="submit"]')).toBeFocused();
  await page.keyboard.press('Enter');

  const score = quiz.locator('.quiz__score');
  await expect(score).toContainText(new RegExp(`of ${count} right`));
  for (let i = 0; i < count; i++) {
    await expect(questions.nth(i).locator('.quiz__feedback')).toBeVisible();
    await expect(questions.nth(i).locator('.quiz__explanation')).not.toBeEmpty();
  }

  await page.goto('/en/lessons/');
  await expect(page.locator('.lesson-index__progress')).toHaveText(/^1 of \d+ lessons done$/);
  await page.reload();
  await expect(page.locator('.lesson-index__progress')).toHaveText(/^1 of \d+ lessons done$/);
  await expect(page.locator('li[data-lesson-id="lessons/cyberbullying"]')).toHaveAttribute('data-done', 'true');

  await page.getByRole('button', { name: en['progress.reset'] }).click();
  await expect(page.locator('.lesson-index__progress')).toHaveText(/^0 of \d+ lessons done$/);
});

test('an unanswered quiz asks for answers instead of scoring', async ({ page }) => {
  await page.goto(lesson);
  await page.locator('form[data-quiz] button[type="submit"]').click();
  await expect(page.locator('.quiz__score')).toHaveText(en['quiz.unanswered']);
});

test('the print stylesheet hides navigation and search and shows the QR card', async ({ page }) => {
  await page.goto(lesson);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('site-search')).toBeHidden();
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  await expect(page.locator('.quiz__actions')).toBeHidden();
  await expect(page.locator('.lesson-print-card')).toBeVisible();
  await expect(page.locator('.lesson-print-card svg')).toBeVisible();
  await expect(page.locator('.lesson-print-card')).toContainText('/en/l/7/');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('header.header')).toBeVisible();
  await expect(page.locator('.lesson-print-card')).toBeHidden();
});

for (const locale of ['kk', 'ru', 'en']) {
  test(`the short link /${locale}/l/7/ lands on lesson 7`, async ({ page }) => {
    await page.goto(`/${locale}/l/7/`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/lessons/cyberbullying/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  });
}

test('the lessons index filters by topic', async ({ page }) => {
  await page.goto('/en/lessons/');
  const items = page.locator('li[data-lesson-id]');
  const all = await items.count();
  expect(all).toBe(13);
  await page.locator('[data-topic-filter]').selectOption('online');
  await expect(page.locator('li[data-lesson-id]:visible')).toHaveCount(2);
  await expect(page.locator('li[data-lesson-id="lessons/cyberbullying"]')).toBeVisible();
  await page.locator('[data-topic-filter]').selectOption('');
  await expect(page.locator('li[data-lesson-id]:visible')).toHaveCount(all);
});

test('a key term shows its definition on keyboard focus and links to the glossary', async ({ page }) => {
  await page.goto(lesson);
  const term = page.locator('.sl-markdown-content .key-term').first();
  const link = term.locator('a');
  await expect(link).toHaveAttribute('href', /\/en\/glossary\/#[a-z-]+$/);
  await expect(term.locator('[role="tooltip"]')).toBeHidden();
  await link.focus();
  await expect(term.locator('[role="tooltip"]')).toBeVisible();
});

test('a heading link copies the section address for a teacher', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(lesson);
  const anchor = page.locator('.sl-markdown-content a.sl-anchor-link').first();
  const href = await anchor.getAttribute('href');
  await anchor.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-copy-announcer]')).toHaveText(en['copyLink.copied']);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(`${lesson}${href}`, page.url()).href);
});
