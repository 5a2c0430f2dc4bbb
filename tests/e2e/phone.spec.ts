import { expect, test } from '@playwright/test';
import { builtPages } from './pages.ts';
import { slipsOn } from './slips.ts';

// Every built page on a phone, at the two widths students use most: nothing wider than the screen,
// the header's search and menu buttons on it, and no header or menu text cut short with an ellipsis
// ("Шымкент: қоға…", a theme menu reading "Авто…"). (Lighthouse's mobile run and axe miss all three.)
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
          // The theme and language menus live in the phone's menu: open it to measure them.
          await page.locator('button.sl-menu-button').click();
          await expect(page.locator('.mobile-preferences select').first()).toBeVisible();
          for (const cut of await page.evaluate(truncatedHeaderText)) failures.push(`${path}: ${cut}`);
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

/** Texts in the header and the phone menu's preferences cut short: an ellipsis with hidden text, or a select
 *  whose chosen option is wider than the box it is shown in. Runs in the page. */
function truncatedHeaderText(): string[] {
  const cut: string[] = [];
  const canvas = document.createElement('canvas').getContext('2d');
  const visible = (el: Element) => el.getClientRects().length > 0;
  for (const el of document.querySelectorAll<HTMLElement>('header *, .mobile-preferences *')) {
    if (!visible(el)) continue;
    const style = getComputedStyle(el);
    if (el instanceof HTMLSelectElement) {
      if (!canvas) continue;
      canvas.font = style.font;
      const text = el.selectedOptions[0]?.text ?? '';
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (canvas.measureText(text).width > room + 1) cut.push(`select "${text}" shown in ${Math.round(room)} px`);
    } else if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
      cut.push(`"${el.textContent?.trim()}" cut to ${el.clientWidth} of ${el.scrollWidth} px`);
    }
  }
  // A title that wraps must still fit in the header, not run under the page.
  const title = document.querySelector('.site-title')?.getBoundingClientRect();
  const header = document.querySelector('header.header')?.getBoundingClientRect();
  if (title && header && (title.top < header.top - 1 || title.bottom > header.bottom + 1)) {
    cut.push(`site title ${Math.round(title.top)}–${Math.round(title.bottom)} px outside the header`);
  }
  return cut;
}
