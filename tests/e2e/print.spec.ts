import { expect, test } from '@playwright/test';
import { printProblems } from './print-layout.ts';
import { builtPages, courseLessons, locales } from './pages.ts';
import { pageDrawingSegments } from './pdf-outline.ts';

/**
 * Paper is not a screen: every built page, as the print stylesheet lays it out, prints no screen-only UI
 * (buttons, the offline footer, search, theme and language pickers), no closed disclosure (its text cannot
 * be opened on paper) and no empty box (a bordered or filled element with nothing in it). Lessons have
 * their QR code in the first print once the page has been idle. The DOM under `print` media is checked on every
 * page by the every-page gate (every-page.spec.ts, in the same load as its other checks); here real PDFs are
 * printed for one page of every kind and for every lesson of one locale.
 */

/** The lesson pages of every locale, from the content (never a pinned list). */
const lessonPaths = new Set(locales.flatMap((l) => courseLessons(l).map((c) => `/${l}/lessons/${c.slug}/`)));
const pages = builtPages();

/**
 * One page of each kind that is not a lesson (the lessons are printed below), derived from the build: the
 * Russian page first met for each section and depth (home, section indexes, pages, projector slides),
 * the pages outside the locales (language and short-link pickers), and the course's printed documents.
 */
function onePagePerKind(): string[] {
  const seen = new Map<string, string>();
  for (const path of pages) {
    if (lessonPaths.has(path)) continue;
    const parts = path.split('/').filter(Boolean);
    const inLocale = (locales as readonly string[]).includes(parts[0] ?? '');
    if (inLocale && parts[0] !== 'ru') continue;
    const key = inLocale ? `${parts[1] ?? ''}:${parts.length}` : `/${parts.length}`;
    // The booklet and the answer key are printed whole in booklet.spec.ts; the club plan is a kind of its own.
    if (/\/lessons\/(booklet|answer-key)\/$/.test(path)) continue;
    if (/\/lessons\/plan\/$/.test(path)) seen.set(path, path);
    else if (!seen.has(key)) seen.set(key, path);
  }
  return [...new Set(seen.values())];
}

test('a page of every kind prints to an A4 PDF with no screen-only UI or empty box', async ({ page }) => {
  test.setTimeout(120_000);
  const failures: string[] = [];
  const sample = onePagePerKind();
  for (const path of sample) {
    await page.goto(path);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString(), path).toBe('%PDF-');
    // What page.pdf printed is the print layout checked here.
    await page.emulateMedia({ media: 'print' });
    failures.push(...(await printProblems(page)).map((p) => `${path}: ${p}`));
    await page.emulateMedia({ media: 'screen' });
  }
  console.log(`printed ${sample.length} pages, one of each kind: ${sample.join(' ')}`);
  expect(failures).toEqual([]);
});

for (const locale of ['ru'] as const) {
  test(`${locale}: the first print of every lesson has its QR code`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const lesson of courseLessons(locale)) {
      const path = `/${locale}/lessons/${lesson.slug}/`;
      await page.goto(path);
      // Nothing is drawn at load: printing draws the code, from the library fetched when the page was first idle.
      const qr = page.locator('.lesson-print-card [data-qr] svg path[stroke]');
      await expect(qr).toHaveCount(0);
      let first: number[] = [];
      await expect
        .poll(
          async () => {
            first = pageDrawingSegments(await page.pdf({ preferCSSPageSize: true }));
            return qr.count();
          },
          { message: `${path}: QR code drawn by the print`, timeout: 15_000 },
        )
        .toBe(1);
      // The QR code is the card's drawing at the end of the handout, hundreds of segments.
      const modules = ((await qr.getAttribute('d')) ?? '').match(/h/g)?.length ?? 0;
      expect(modules, `${path}: the QR code has modules`).toBeGreaterThan(50);
      // The same print without the code: what the code adds to the print is the code's drawing (summed over
      // the pages, as the handout may reflow without it).
      await qr.evaluate((p) => p.closest('svg')?.remove());
      const without = pageDrawingSegments(await page.pdf({ preferCSSPageSize: true }));
      const sum = (pages: number[]) => pages.reduce((a, b) => a + b, 0);
      expect(sum(first) - sum(without), `${path}: the first print draws the QR code`).toBeGreaterThan(modules / 2);
    }
  });
}
