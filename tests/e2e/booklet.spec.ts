import { expect, test } from '@playwright/test';
import en from '../../content/i18n/en.json' with { type: 'json' };
import kk from '../../content/i18n/kk.json' with { type: 'json' };
import ru from '../../content/i18n/ru.json' with { type: 'json' };
import { courseLessons, locales } from './pages.ts';
import { pdfLayout } from './pdf-outline.ts';
import { watchErrors } from './teaching.ts';

/**
 * A heading whose top is this close to the page's bottom edge (points) has no room for a line of its text
 * under it: it would be stranded at the foot of the page. The bottom page margin is 15–18 mm (43–51 pt).
 */
const STRANDED_BELOW = { booklet: 95, lesson: 85 };

// Chromium's outline drops the space at a heading's line breaks.
const squash = (s: string) => s.replace(/\s+/g, '');

for (const locale of locales) {
  test(`${locale}: the booklet prints every lesson on a new A4 page with no stranded heading`, async ({ page }) => {
    test.setTimeout(60_000);
    const problems = await watchErrors(page);
    const lessons = courseLessons(locale);
    await page.goto(`/${locale}/lessons/booklet/`);
    const articles = page.locator('article.booklet-lesson');
    await expect(articles).toHaveCount(lessons.length);
    expect(await articles.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-lesson'))))).toEqual(
      lessons.map((l) => l.lesson),
    );
    // Student material only; QR codes and links name the host the page came from.
    await expect(page.locator('.teacher-notes, .quiz__explanation, [data-answer]')).toHaveCount(0);
    // The print button prints once every lesson's code is drawn (none is drawn at load, far below the view).
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.codesAtPrint = String(document.querySelectorAll('.booklet-lesson__qr svg').length);
      };
    });
    await page.locator('[data-print]').click();
    await expect(page.locator('body')).toHaveAttribute('data-codes-at-print', String(lessons.length));
    const origin = new URL(page.url()).origin;
    for (const text of await page.locator('.booklet-lesson__online strong').allTextContents()) {
      expect(text.trim()).toMatch(new RegExp(`^${origin}/${locale}/l/\\d+/$`));
    }
    const titles = (await page.locator('article.booklet-lesson h2').allTextContents()).map((t) => t.trim());

    const pdf = await page.pdf({ outline: true, tagged: true, preferCSSPageSize: true });
    const layout = pdfLayout(pdf);
    console.log(`${locale} booklet: ${layout.pages} A4 pages for ${lessons.length} lessons`);
    // Cover, contents, then at least a page per lesson; a lesson is a few pages, not dozens.
    expect(layout.pages).toBeGreaterThanOrEqual(lessons.length + 2);
    expect(layout.pages).toBeLessThanOrEqual(lessons.length * 8 + 2);
    expect(layout.pageHeight).toBeCloseTo(841.9, 0);
    let previous = -1;
    for (const title of titles) {
      const start = layout.outline.find((o) => squash(o.title) === squash(title) && o.page > previous);
      expect(start, `outline entry for «${title}»`).toBeDefined();
      if (!start) continue;
      // Each lesson starts its own page: no heading of the previous lesson above it on that page.
      const above = layout.outline.filter((o) => o.page === start.page && o.y > start.y);
      expect(above, `«${title}» starts page ${start.page + 1}`).toEqual([]);
      previous = start.page;
    }
    const stranded = layout.outline.filter((o) => o.y < STRANDED_BELOW.booklet);
    expect(stranded).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('a single lesson prints with no heading stranded at the foot of a page', async ({ page }) => {
  test.setTimeout(90_000);
  for (const lesson of courseLessons('ru')) {
    await page.goto(`/ru/lessons/${lesson.slug}/`);
    // The quiz heading needs room for the first question under it, which never splits across pages:
    // measured on a second page at the printed width (A4 less 15 mm margins: 180 mm, 680 CSS px).
    const probe = await page.context().newPage();
    await probe.setViewportSize({ width: 680, height: 1000 });
    await probe.emulateMedia({ media: 'print' });
    await probe.goto(`/ru/lessons/${lesson.slug}/`);
    const quizHeading = (await probe.locator('.sl-heading-wrapper:has(+ form.quiz) h2').textContent())?.trim() ?? '';
    const firstQuestion = await probe
      .locator('.quiz__question')
      .first()
      .evaluate((e) => e.getBoundingClientRect().height);
    await probe.close();
    const layout = pdfLayout(await page.pdf({ outline: true, tagged: true, preferCSSPageSize: true }));
    const stranded = layout.outline.filter((o) => o.y < STRANDED_BELOW.lesson).map((o) => `${lesson.slug}: ${o.title}`);
    expect(stranded).toEqual([]);
    const quiz = layout.outline.find((o) => squash(o.title) === squash(quizHeading));
    expect(quiz, `${lesson.slug}: «${quizHeading}» in the PDF outline`).toBeDefined();
    // 15 mm bottom margin (42.5 pt) + the first question (px → pt) must fit under the heading's top.
    expect(
      quiz?.y ?? 0,
      `${lesson.slug}: «${quizHeading}» is followed on its page by the first question`,
    ).toBeGreaterThan(42.5 + firstQuestion * 0.75);
  }
});

test('the answer key lists every lesson with its correct answers and misconceptions, and prints', async ({ page }) => {
  const lessons = courseLessons('en');
  await page.goto('/en/lessons/answer-key/');
  await expect(page.locator('.answer-key__lesson')).toHaveCount(lessons.length);
  await expect(page.locator('.answer-key__misconceptions')).toHaveCount(lessons.length);
  expect(await page.locator('.answer-key__correct').count()).toBeGreaterThanOrEqual(lessons.length * 4);
  const layout = pdfLayout(await page.pdf({ outline: true, tagged: true, preferCSSPageSize: true }));
  expect(layout.pages).toBeGreaterThanOrEqual(lessons.length);
  expect(layout.outline.filter((o) => o.y < STRANDED_BELOW.booklet)).toEqual([]);
});

test('a print started without the button (Ctrl+P) has every lesson’s code once the page is idle', async ({ page }) => {
  const lessons = courseLessons('kk');
  await page.goto('/kk/lessons/booklet/');
  await expect(page.locator('.booklet-lesson__qr svg')).toHaveCount(0);
  // Printing sends `beforeprint`, where the codes must be drawn at once: the print is laid out right after it.
  await expect
    .poll(async () => {
      await page.pdf({ preferCSSPageSize: true });
      return page.locator('.booklet-lesson__qr svg').count();
    })
    .toBe(lessons.length);
});

test('the booklet contents number each lesson once, unclipped, and the cover reads as sentences', async ({ page }) => {
  test.setTimeout(90_000);
  const strings = { kk, ru, en };
  for (const locale of locales) {
    const t = strings[locale];
    await page.goto(`/${locale}/lessons/booklet/`);
    await page.emulateMedia({ media: 'print' });
    const entries = await page.locator('.booklet-toc li').evaluateAll((lis) =>
      lis.map((li) => {
        const marker = getComputedStyle(li, '::marker').content;
        const list = getComputedStyle(li).listStyleType;
        const box = li.getBoundingClientRect();
        const nav = li.closest('nav')?.getBoundingClientRect();
        return { text: li.textContent?.trim() ?? '', list, marker, left: box.left, navLeft: nav?.left ?? 0 };
      }),
    );
    const lessons = courseLessons(locale);
    expect(entries).toHaveLength(lessons.length);
    lessons.forEach((l, i) => {
      const entry = entries[i];
      // The entry says «Урок 10.» itself: a list number in front would number it twice, and one wider than
      // the list's indent is clipped at the page edge («0. Урок 10.»).
      expect(entry?.text, `${locale} contents entry ${i + 1}`).toMatch(
        new RegExp(`^${t['booklet.lesson'].replace('{{n}}', String(l.lesson))}\\.`),
      );
      expect(
        entry?.list === 'none' || entry.marker === 'none',
        `${locale} entry ${l.lesson} has no second number`,
      ).toBe(true);
      expect(entry?.left ?? -1, `${locale} entry ${l.lesson} starts inside the page`).toBeGreaterThanOrEqual(
        entry?.navLeft ?? 0,
      );
    });
    // «…not legal advice. Material for students…»: two sentences, a space between them.
    const cover = (await page.locator('.booklet-cover p:has(strong)').innerText()).replace(/\s+/g, ' ').trim();
    expect(cover).toBe(`${t['lesson.disclaimer']} ${t['booklet.forStudents']}`);
  }
});
