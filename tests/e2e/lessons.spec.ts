import { expect, test, type Page } from '@playwright/test';
import en from '../../content/i18n/en.json' with { type: 'json' };
import { locales, localeCodes } from '../../src/config/locales.ts';
import { courseLessons } from './pages.ts';

const lesson = '/en/lessons/cyberbullying/';
const cyberbullying = courseLessons('en').find((l) => l.slug === 'cyberbullying');

/**
 * Answers every question of the quiz on the page: right when `right`, else the first wrong choice;
 * `only` overrides the picks of one question (index → options).
 */
async function answerAll(
  page: Page,
  right: boolean,
  only?: { question: number; picks: (correct: number[]) => number[] },
) {
  const questions = page.locator('form[data-quiz] fieldset');
  for (let i = 0; i < (await questions.count()); i++) {
    const q = questions.nth(i);
    const correct = ((await q.getAttribute('data-correct')) ?? '').split(',').map(Number);
    const inputs = q.locator('input');
    const n = await inputs.count();
    const wrong = [Array.from({ length: n }, (_, k) => k).find((k) => !correct.includes(k)) ?? 0];
    const picks = only?.question === i ? only.picks(correct) : right ? correct : wrong;
    for (const k of picks) await inputs.nth(k).check();
  }
  await page.locator('form[data-quiz] button[type="submit"]').click();
}

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

  // Progress is honest: a lesson counts as passed only at the pass mark, whatever was attempted.
  await page.goto('/en/lessons/');
  const item = page.locator('li[data-lesson-id="lessons/cyberbullying"]');
  const passed = await page.evaluate(() => {
    const all = JSON.parse(localStorage.getItem('zan-uyirmesi:progress:v1') ?? '{}');
    const r = all['lessons/cyberbullying'];
    return r.score * 100 >= r.total * 70;
  });
  await expect(page.locator('.lesson-index__progress')).toHaveText(
    new RegExp(`^${passed ? 1 : 0} of \\d+ lessons passed$`),
  );
  await expect(item).toHaveAttribute('data-done', String(passed));
  await page.reload();
  await expect(item).toHaveAttribute('data-done', String(passed));
});

test('a failed attempt is never shown as done; a passed one is, with its score', async ({ page }) => {
  await page.goto(lesson);
  await answerAll(page, false);
  await expect(page.locator('.quiz__score')).toContainText(en['quiz.notPassed'].split(':')[0] ?? '');
  await page.goto('/en/lessons/');
  const mark = page.locator('li[data-lesson-id="lessons/cyberbullying"] .lesson-index__done');
  await expect(mark).toHaveAttribute('data-state', 'tried');
  await expect(mark).not.toContainText('✓');
  await expect(mark).toContainText(/last score 0\/\d+/);
  await expect(page.locator('.lesson-index__progress')).toHaveText(/^0 of \d+ lessons passed$/);
  await expect(page.locator('.lesson-index__rule')).toContainText('70%');

  await page.goto(lesson);
  await answerAll(page, true);
  await page.goto('/en/lessons/');
  await expect(mark).toHaveAttribute('data-state', 'passed');
  await expect(mark).toContainText('✓');
  await expect(page.locator('.lesson-index__progress')).toHaveText(/^1 of \d+ lessons passed$/);
});

test('a wrong multi-select answer reveals the correct options the student missed', async ({ page }) => {
  await page.goto(lesson);
  const multi = page.locator('form[data-quiz] fieldset').filter({ has: page.locator('input[type="checkbox"]') });
  test.skip((await multi.count()) === 0, 'this lesson has no multi-select question');
  const q = multi.first();
  const index = await q.evaluate((el) =>
    [...(el.parentElement?.querySelectorAll('fieldset') ?? [])].indexOf(el as HTMLFieldSetElement),
  );
  const correct = ((await q.getAttribute('data-correct')) ?? '').split(',').map(Number);
  // Only the first correct option of the multi-select question: a partial answer, so the others are missed.
  await answerAll(page, true, { question: index, picks: (c) => c.slice(0, 1) });
  await expect(q).toHaveAttribute('data-result', 'wrong');
  for (const k of correct.slice(1)) {
    const option = q.locator('.quiz__option').nth(k);
    await expect(option).toHaveAttribute('data-mark', 'missed');
    await expect(option).toContainText(en['quiz.markMissed']);
  }
  await expect(q.locator('.quiz__option').nth(correct[0] ?? 0)).toHaveAttribute('data-mark', 'right');
  await expect(q.locator('.quiz__verdict')).toContainText(en['quiz.seeMarked']);
});

test('revisiting a lesson shows the last answers and score, and "Try again" clears them', async ({ page }) => {
  await page.goto(lesson);
  await answerAll(page, true);
  await page.reload();
  const last = page.locator('.quiz__last');
  await expect(last).toBeVisible();
  await expect(last).toContainText(/Your last result .*: (\d+) of \1\./);
  const checked = page.locator('form[data-quiz] input:checked');
  expect(await checked.count()).toBeGreaterThan(0);
  await expect(page.locator('form[data-quiz] fieldset').first()).toHaveAttribute('data-result', 'correct');
  await page.getByRole('button', { name: en['quiz.reset'] }).click();
  await expect(checked).toHaveCount(0);
  await expect(last).toBeHidden();
});

test('clearing results asks first and can be undone, even after a reload', async ({ page }) => {
  await page.goto(lesson);
  await answerAll(page, true);
  await page.goto('/en/lessons/');
  const progress = page.locator('.lesson-index__progress');
  await expect(progress).toHaveText(/^1 of/);
  // Before "Reset results" is pressed, neither the question nor the undo offer is on screen: no tap can delete.
  await expect(page.getByRole('button', { name: en['progress.confirmYes'] })).toBeHidden();
  await expect(page.getByText(en['progress.confirm'])).toBeHidden();
  await expect(page.getByRole('button', { name: en['progress.undo'] })).toBeHidden();
  await page.getByRole('button', { name: en['progress.reset'] }).click();
  // Asked, not done: nothing is lost yet, and Cancel keeps it.
  await expect(page.getByText(en['progress.confirm'])).toBeVisible();
  await expect(progress).toHaveText(/^1 of/);
  await page.getByRole('button', { name: en['progress.cancel'] }).click();
  await expect(progress).toHaveText(/^1 of/);
  await page.getByRole('button', { name: en['progress.reset'] }).click();
  await page.getByRole('button', { name: en['progress.confirmYes'] }).click();
  await expect(progress).toHaveText(/^0 of/);
  // The offer to undo outlives the page: a reload (or a closed tab) still shows it.
  await page.reload();
  await expect(progress).toHaveText(/^0 of/);
  await page.getByRole('button', { name: en['progress.undo'] }).click();
  await expect(progress).toHaveText(/^1 of/);
  await page.reload();
  await expect(progress).toHaveText(/^1 of/);
  await expect(page.getByRole('button', { name: en['progress.undo'] })).toBeHidden();
});

test('practice never costs a pass: a worse retry keeps the lesson passed and shows the last attempt beside it', async ({
  page,
}) => {
  await page.goto(lesson);
  await answerAll(page, true);
  await page.getByRole('button', { name: en['quiz.reset'] }).click();
  await answerAll(page, false);
  // The new score is told, and so is the pass already earned.
  await expect(page.locator('.quiz__score')).toContainText(en['quiz.passedBefore'].split(':')[0] ?? '');
  await page.goto('/en/lessons/');
  const mark = page.locator('li[data-lesson-id="lessons/cyberbullying"] .lesson-index__done');
  await expect(mark).toHaveAttribute('data-state', 'passed');
  await expect(mark).toContainText(/✓ passed (\d+)\/\1 · last attempt 0\/\d+/);
  await expect(page.locator('.lesson-index__progress')).toHaveText(/^1 of \d+ lessons passed$/);
  // A revisit of the lesson says both too.
  await page.goto(lesson);
  await expect(page.locator('.quiz__last')).toContainText(en['quiz.passedBefore'].split(':')[0] ?? '');
});

test('dates written in the browser use the site’s own month names (Kazakh has no "M12")', async ({ page }) => {
  const kk = courseLessons('kk')[0];
  test.skip(!kk, 'no Kazakh lesson');
  await page.goto(`/kk/lessons/${kk?.slug ?? ''}/`);
  await answerAll(page, true);
  await page.reload();
  const today = await page.evaluate(() => new Date().getMonth());
  const text = (await page.locator('.quiz__last').textContent()) ?? '';
  expect(text).toContain(locales.kk.date.months[today] ?? 'missing month');
  expect(text).not.toMatch(/M\d/);
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
  // The QR code is drawn when the reader prints, for the address the page is really served from.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.lesson-print-card svg')).toBeVisible();
  const served = new URL(page.url()).origin;
  await expect(page.locator('.lesson-print-card')).toContainText(`${served}/en/l/${cyberbullying?.lesson}/`);
  await expect(page.locator('.lesson-print-card')).not.toContainText('localhost');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('header.header')).toBeVisible();
  await expect(page.locator('.lesson-print-card')).toBeHidden();
});

for (const locale of localeCodes) {
  const n = cyberbullying?.lesson;
  test(`the short link /${locale}/l/${n}/ lands on that lesson, in any letter case`, async ({ page }) => {
    await page.goto(`/${locale}/l/${n}/`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/lessons/cyberbullying/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.goto(`/${locale.toUpperCase()}/L/${n}`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/lessons/cyberbullying/$`));
  });
}

test('a short link without a language offers the lesson in every language', async ({ page }) => {
  const n = cyberbullying?.lesson;
  await page.goto(`/L/${n}/`);
  await expect(page).toHaveURL(new RegExp(`/l/${n}/$`));
  for (const locale of localeCodes) {
    await expect(page.locator(`a[href="/${locale}/lessons/cyberbullying/"]`)).toBeVisible();
  }
  await page.locator('a[href="/en/lessons/cyberbullying/"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the lessons index filters by topic', async ({ page }) => {
  await page.goto('/en/lessons/');
  const items = page.locator('li[data-lesson-id]');
  const all = await items.count();
  expect(all).toBe(courseLessons('en').length);
  await page.locator('[data-topic-filter]').selectOption('online');
  await expect(page.locator('li[data-lesson-id]:visible')).toHaveCount(
    courseLessons('en').filter((l) => l.topic === 'online').length,
  );
  await expect(page.locator('li[data-lesson-id="lessons/cyberbullying"]')).toBeVisible();
  await page.locator('[data-topic-filter]').selectOption('');
  await expect(page.locator('li[data-lesson-id]:visible')).toHaveCount(all);
});

test('a key term shows its definition on keyboard focus and links to the glossary', async ({ page }) => {
  await page.goto(lesson);
  const term = page.locator('.sl-markdown-content .key-term').first();
  const link = term.locator(':scope > a');
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

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('a tap on a key term shows its definition in place; a second tap or a tap outside closes it', async ({
    page,
  }) => {
    await page.goto(lesson);
    const term = page.locator('.sl-markdown-content .key-term').first();
    const tip = term.locator('[role="tooltip"]');
    await term.locator(':scope > a').scrollIntoViewIfNeeded();
    await term.locator(':scope > a').tap();
    await expect(tip).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${lesson}$`));
    await expect(tip.locator('a.key-term__more')).toHaveAttribute('href', /\/en\/glossary\/#/);
    await term.locator(':scope > a').tap();
    await expect(tip).toBeHidden();
    await term.locator(':scope > a').tap();
    await expect(tip).toBeVisible();
    await page.locator('h1').tap();
    await expect(tip).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${lesson}$`));
  });
});

for (const locale of localeCodes) {
  test(`${locale}: every lesson shows its short link on screen, as the printed card gives it`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const l of courseLessons(locale)) {
      await page.goto(`/${locale}/lessons/${l.slug}/`);
      const expected = `${new URL(page.url()).origin}/${locale}/l/${l.lesson}/`;
      const short = page.locator('.lesson-meta [data-short-link]');
      await expect(short, l.slug).toBeVisible();
      await expect(short, l.slug).toHaveText(expected);
      // The same address as the card printed at the end of the handout.
      await expect(page.locator('.lesson-print-card strong')).toHaveText(expected);
      await expect(short).toHaveAttribute('href', `/${locale}/l/${l.lesson}/`);
    }
  });
}
