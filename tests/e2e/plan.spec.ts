import { expect, test } from '@playwright/test';
import kk from '../../content/i18n/kk.json' with { type: 'json' };
import { locales } from '../../src/config/locales.ts';
import { courseLessons } from './pages.ts';
import { pdfLayout } from './pdf-outline.ts';
import { expectAccessible, watchErrors } from './teaching.ts';

const PROGRESS_KEY = 'zan-uyirmesi:progress:v1';

test('a teacher makes a plan link; a student opening it sees the plan with their own progress', async ({
  page,
  browser,
}) => {
  const problems = await watchErrors(page);
  const lessons = courseLessons('kk');
  const [a, b, c] = [lessons[2], lessons[0], lessons[1]];
  if (!a || !b || !c) throw new Error('the course needs three lessons for this test');
  await page.goto('/kk/lessons/plan/');
  await expect(page.locator('[data-plan-view]')).toBeHidden();
  await page.getByLabel(/Үйірменің атауы/).fill('8 «Б» құқық үйірмесі');
  for (const l of [b, c, a]) await page.locator(`#plan-include-${l.lesson}`).check();
  await page.locator(`#plan-date-${b.lesson}`).fill('2026-09-01');
  // Lesson a moves to the top: two clicks on its "up" button.
  const up = page.locator(`li[data-lesson="${a.lesson}"] [data-plan-move="-1"]`);
  await up.click();
  await up.click();
  await page.locator('[data-plan-make]').click();
  const link = await page.locator('[data-plan-link]').inputValue();
  expect(link).toContain(new URL(page.url()).origin + '/kk/lessons/plan/#');
  await expect(page.locator('[data-plan-qr] svg')).toBeVisible();
  // Her own screen previews what students will see; it does not say a teacher sent it to her.
  await expect(page.locator('[data-plan-view] [data-plan-intro]')).toHaveText(kk['plan.preview']);
  await expect(page.locator('[data-plan-view]')).not.toContainText(kk['plan.intro']);
  await expect(page.locator(`#plan-include-${a.lesson}`)).toBeVisible();

  // A student's device: its own progress, passed on one lesson and tried on another.
  const student = await browser.newPage();
  await student.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    PROGRESS_KEY,
    JSON.stringify({
      [`lessons/${a.slug}`]: { score: 7, total: 7, at: '2026-09-02T10:00:00Z' },
      [`lessons/${b.slug}`]: { score: 1, total: 7, at: '2026-09-02T10:00:00Z' },
    }),
  ] as const);
  await student.goto(link);
  await expect(student.locator('[data-plan-view]')).toBeVisible();
  // The lesson's date in the site's own Kazakh month names (1 September: the ninth month), never "2026 M09".
  await expect(student.locator('[data-plan-view]')).toContainText(`1 ${locales.kk.date.months[8] ?? 'missing month'}`);
  await expect(student.locator('[data-plan-title]')).toContainText('8 «Б» құқық үйірмесі');
  const items = student.locator('[data-plan-list] > li');
  expect(await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-lesson'))))).toEqual([
    a.lesson,
    b.lesson,
    c.lesson,
  ]);
  await expect(items.nth(0).locator('[data-state]')).toHaveAttribute('data-state', 'passed');
  await expect(items.nth(1).locator('[data-state]')).toHaveAttribute('data-state', 'tried');
  await expect(items.nth(2).locator('[data-state]')).toHaveAttribute('data-state', 'none');
  await expect(items.nth(1)).toContainText('2026');
  await expect(student.locator('[data-plan-problems]')).toBeHidden();
  await expect(student.locator('[data-plan-view] [data-plan-intro]')).toHaveText(kk['plan.intro']);
  // The student's plan comes first; the builder is folded away under it, one click from making their own.
  const builder = student.locator('[data-plan-builder-box]');
  expect(await builder.evaluate((b) => (b as HTMLDetailsElement).open)).toBe(false);
  await expect(student.locator('[data-plan-include]').first()).toBeHidden();
  expect(
    await student
      .locator('[data-plan-view]')
      .evaluate((v) => Boolean(v.compareDocumentPosition(document.querySelector('[data-plan-builder-box]') ?? v) & 4)),
  ).toBe(true);
  await student.locator('[data-plan-edit]').click();
  await expect(student.locator(`#plan-include-${a.lesson}`)).toBeVisible();
  await expect(student.locator(`#plan-include-${a.lesson}`)).toBeChecked();
  await student.close();
  expect(problems).toEqual([]);
});

test('a tampered link shows a clear message and keeps what is valid', async ({ page }) => {
  const problems = await watchErrors(page);
  const lessons = courseLessons('ru');
  const first = lessons[0];
  const unknown = Math.max(...lessons.map((l) => l.lesson)) + 100;
  await page.goto(`/ru/lessons/plan/#v=1&c=Club&l=${first?.lesson}:2026-02-31,${unknown},%%%,${first?.lesson}`);
  await expect(page.locator('[data-plan-view]')).toBeVisible();
  await expect(page.locator('[data-plan-list] > li')).toHaveCount(1);
  const box = page.locator('[data-plan-problems]');
  await expect(box).toBeVisible();
  await expect(box).toContainText(String(unknown));
  await expect(box).toContainText('2026-02-31');
  await expect(box.locator('li')).toHaveCount(4);

  // Nothing valid at all: still a page, with a message instead of an empty plan.
  await page.goto('/ru/lessons/plan/#l=abc');
  await page.reload();
  await expect(page.locator('[data-plan-list] > li')).toHaveCount(0);
  await expect(page.locator('[data-plan-problems] li')).toHaveCount(2);
  expect(problems).toEqual([]);
});

test('the plan page is axe-clean in both themes, with a plan and its messages shown, and as a builder', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const first = courseLessons('kk')[0];
  await expectAccessible(page, `/kk/lessons/plan/#v=1&c=Club&l=${first?.lesson}:2026-09-01,999`, async (p) => {
    await expect(p.locator('[data-plan-problems]')).toBeVisible();
  });
  // The builder as a teacher first sees it: open, under its own disclosure heading.
  await expectAccessible(page, '/kk/lessons/plan/');
});

test('the printed schedule of a whole-course plan is one A4 page with its QR code', async ({ page }) => {
  const lessons = courseLessons('ru');
  const list = lessons.map((l, i) => `${l.lesson}:2026-09-${String(1 + i).padStart(2, '0')}`).join(',');
  await page.goto(`/ru/lessons/plan/#v=1&c=${encodeURIComponent('Кружок 8 «Б»')}&l=${list}`);
  await expect(page.locator('[data-plan-list] > li')).toHaveCount(lessons.length);
  await expect(page.locator('[data-plan-print-qr] svg')).toHaveCount(1);
  const layout = pdfLayout(await page.pdf({ outline: true, tagged: true, preferCSSPageSize: true }));
  expect(layout.pages).toBe(1);
});

test("the plan builder uses the site's buttons and fields, with room between each checkbox and its label", async ({
  page,
}) => {
  await page.goto('/ru/lessons/plan/');
  // Chromium's own grey button: ButtonFace background, a 2 px outset border, no rounding.
  const native = await page.evaluate(() => {
    const probe = document.createElement('button');
    document.body.append(probe);
    const s = getComputedStyle(probe);
    const look = { background: s.backgroundColor, radius: s.borderTopLeftRadius, border: s.borderTopStyle };
    probe.remove();
    return look;
  });
  const buttons = await page.locator('.club-plan button:visible').evaluateAll((els) =>
    els.map((e) => {
      const s = getComputedStyle(e);
      return {
        text: e.textContent?.trim(),
        background: s.backgroundColor,
        radius: s.borderTopLeftRadius,
        border: s.borderTopStyle,
        height: e.getBoundingClientRect().height,
      };
    }),
  );
  expect(buttons.length).toBeGreaterThan(2);
  for (const b of buttons) {
    expect(b, `«${b.text}» is styled, not the browser's grey button`).not.toMatchObject(native);
    expect(b.radius, `«${b.text}»`).not.toBe(native.radius);
    expect(b.height, `«${b.text}» is a 44 px touch target`).toBeGreaterThanOrEqual(44);
  }
  const gaps = await page.locator('.club-plan__pick').evaluateAll((picks) =>
    picks.map((p) => {
      const box = p.querySelector('input')?.getBoundingClientRect() ?? new DOMRect();
      const label = p.querySelector('label')?.getBoundingClientRect() ?? new DOMRect();
      return label.left - box.right;
    }),
  );
  expect(gaps.length).toBeGreaterThan(0);
  for (const gap of gaps) expect(gap, 'checkbox and label are not pressed together').toBeGreaterThanOrEqual(6);
});
