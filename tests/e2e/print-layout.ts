import type { Locator, Page } from '@playwright/test';

/**
 * Paper is not a screen: the print stylesheet's layout of a page shows no screen-only UI (buttons, the offline
 * footer, search, theme and language pickers), no closed disclosure (its text cannot be opened on paper) and no
 * empty box (a bordered or filled element with nothing in it). Used by the every-page gate (every built page,
 * under `print` media) and by print.spec.ts (real PDFs).
 */

/** Printable width of A4 less the 15 mm margins (180 mm) in CSS px. */
export const A4_CONTENT = { width: 680, height: 1000 };

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
export function printProblems(page: Page): Promise<string[]> {
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

/**
 * What a print started with Ctrl+P gets on a page served from another address than its build's: sends
 * `beforeprint` (what the browser sends before laying the print out) until `codes` are drawn, as the page fetches
 * the drawing code when first idle (or 2 s after load). Resolves to whether they were within `timeout`.
 */
export async function drawnForPrint(page: Page, codes: Locator, timeout = 15_000): Promise<boolean> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    if ((await codes.count()) > 0) return true;
    await page.waitForTimeout(100);
  }
  return false;
}
