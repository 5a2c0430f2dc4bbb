import { expect, test } from '@playwright/test';
import { builtPages } from './pages.ts';
import { slipsOn } from './slips.ts';

// Every built page on a phone, at the two widths students use most: nothing wider than the screen,
// and the header's search and menu buttons on it. (Lighthouse's mobile run and axe miss both.)
const pages = builtPages();
const widths = [390, 320] as const;
const chunk = 16;

for (const width of widths) {
  test.describe(`${width} px phone`, () => {
    test.use({
      deviceScaleFactor: 1,
      viewport: { width, height: 800 },
      screen: { width, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    for (let i = 0; i < pages.length; i += chunk) {
      const group = pages.slice(i, i + chunk);
      test(`pages ${i + 1}–${i + group.length} of ${pages.length} fit the screen`, async ({ page }) => {
        test.setTimeout(120_000);
        const failures: string[] = [];
        for (const path of group) {
          await page.goto(path);
          const layout = await page.evaluate(() => {
            const box = (selector: string) => {
              const el = document.querySelector(selector);
              if (!el) return null;
              const r = el.getBoundingClientRect();
              return { left: r.left, right: r.right, visible: r.width > 0 && r.height > 0 };
            };
            return {
              scrollWidth: document.documentElement.scrollWidth,
              starlight: document.querySelector('.page') !== null,
              search: box('site-search button[data-open-modal]'),
              menu: box('button.sl-menu-button'),
            };
          });
          if (layout.scrollWidth > width) failures.push(`${path}: page is ${layout.scrollWidth} px wide`);
          failures.push(...(await slipsOn(page, path)));
          if (!layout.starlight) continue; // the language picker at / has no site header
          for (const [name, b] of [
            ['search button', layout.search],
            ['menu button', layout.menu],
          ] as const) {
            if (!b || !b.visible) failures.push(`${path}: no visible ${name}`);
            else if (b.left < 0 || b.right > width)
              failures.push(`${path}: ${name} at x=${Math.round(b.left)}–${Math.round(b.right)}`);
          }
        }
        expect(failures).toEqual([]);
      });
    }
  });
}
