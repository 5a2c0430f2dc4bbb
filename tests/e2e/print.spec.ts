import { expect, test, type Page } from '@playwright/test';
import { builtPages, courseLessons, locales } from './pages.ts';
import { pageDrawingSegments } from './pdf-outline.ts';

/**
 * Paper is not a screen: every built page, as the print stylesheet lays it out, prints no screen-only UI
 * (buttons, the offline footer, search, theme and language pickers), no closed disclosure (its text cannot
 * be opened on paper) and no empty box (a bordered or filled element with nothing in it). Lessons have
 * their QR code before any print starts. The DOM under `print` media is checked on every page (one load
 * each); real PDFs are printed for one page of every kind and for every lesson of one locale.
 */

/** Printable width of A4 less the 15 mm margins (180 mm) in CSS px. */
const A4_CONTENT = { width: 680, height: 1000 };

/** Screen-only UI: none of it may show on paper. Quiz tick boxes are a worksheet and print on purpose. */
const SCREEN_ONLY = [
  'button',
  'select',
  'textarea',
  'input:not([type="radio"]):not([type="checkbox"])',
  'site-search',
  'starlight-theme-select',
  'starlight-lang-select',
  '.offline-line',
  '.offline-status',
  '[data-no-print]',
].join(', ');

/** What the print layout of the current page shows that paper should not: one line per problem. */
function printProblems(page: Page): Promise<string[]> {
  return page.evaluate((screenOnly) => {
    const describe = (el: Element) => {
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `<${el.tagName.toLowerCase()}${cls}>${text ? ` «${text}»` : ''}`;
    };
    const shown = (el: Element) =>
      el.getClientRects().length > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const problems: string[] = [];
    for (const el of document.querySelectorAll(screenOnly)) {
      if (shown(el)) problems.push(`screen-only UI printed: ${describe(el)}`);
    }
    for (const el of document.querySelectorAll('details:not([open])')) {
      if (shown(el))
        problems.push(`closed disclosure printed (its content cannot be opened on paper): ${describe(el)}`);
    }
    const content = 'img, svg, canvas, video, picture, input, iframe, object';
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      const sides = ['Top', 'Right', 'Bottom', 'Left'].filter((side) => {
        const s = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
        return (
          parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && s !== 'none' && s !== 'hidden'
        );
      });
      const filled =
        !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(style.backgroundColor) || style.backgroundImage !== 'none';
      // A box: filled, or bordered on at least three sides (one line above or beside text is a rule).
      if (!filled && sides.length < 3) continue;
      if (el === document.body || el === document.documentElement) continue;
      // A box left blank on purpose, for a pen (the review sheet's mark, comment and signature fields).
      if (el.closest('[data-write-in]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width < 12 || box.height < 12 || !shown(el)) continue;
      if (el.matches(content) || el.querySelector(content)) continue;
      if ((el as HTMLElement).innerText.trim() !== '') continue;
      problems.push(`empty box printed: ${describe(el)} (${Math.round(box.width)}×${Math.round(box.height)})`);
    }
    return problems;
  }, SCREEN_ONLY);
}

/** The lesson pages of every locale, from the content (never a pinned list). */
const lessonPaths = new Set(locales.flatMap((l) => courseLessons(l).map((c) => `/${l}/lessons/${c.slug}/`)));
const pages = builtPages();
const chunk = Math.ceil(pages.length / 6);

test.describe('every page in print', () => {
  // Print layout only: the offline packs are tested in offline*.spec.ts.
  test.use({ serviceWorkers: 'block', viewport: A4_CONTENT });
  for (let i = 0; i < pages.length; i += chunk) {
    const group = pages.slice(i, i + chunk);
    test(`no screen-only UI, closed disclosure or empty box; lessons have their QR code — pages ${i + 1}–${i + group.length} of ${pages.length}`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ media: 'print' });
      const failures: string[] = [];
      for (const path of group) {
        await page.goto(path);
        if (lessonPaths.has(path)) {
          // Drawn after load without any print event: the first print, Ctrl+P included, has it.
          const qr = page.locator('.lesson-print-card [data-qr] svg path[stroke]');
          try {
            await qr.first().waitFor({ state: 'attached', timeout: 5000 });
          } catch {
            failures.push(`${path}: no QR code on the page before printing`);
          }
        }
        failures.push(...(await printProblems(page)).map((p) => `${path}: ${p}`));
      }
      expect(failures).toEqual([]);
    });
  }
});

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
      // No print event is sent: the code is drawn once the page is loaded, before the reader prints.
      const qr = page.locator('.lesson-print-card [data-qr] svg path[stroke]');
      await expect(qr, `${path}: QR code drawn before printing`).toHaveCount(1, { timeout: 5000 });
      const first = pageDrawingSegments(await page.pdf({ preferCSSPageSize: true }));
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
