import { expect, type Page } from '@playwright/test';
import { slipsOn } from './slips.ts';

// A page on a phone, at the two widths students use most: nothing wider than the screen, the header's search and
// menu buttons on it, and no header or menu text cut short with an ellipsis ("Шымкент: қоға…", a theme menu
// reading "Авто…"). Lighthouse's mobile run and axe miss all three. Run by the every-page gate on the load its
// other checks use (the layout is CSS on the width, which a resize re-applies as a load at that width would).
export const phoneWidths = [390, 320] as const;

/**
 * The loaded page as a touch phone of each width shows it: Chromium's mobile viewport and touch emulation set
 * through the DevTools protocol (what Playwright's isMobile and hasTouch set for a whole context), then undone.
 */
export async function onPhone(page: Page, path: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const failures: string[] = [];
  try {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    for (const width of phoneWidths) {
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width,
        height: 800,
        deviceScaleFactor: 1,
        mobile: true,
        screenWidth: width,
        screenHeight: 800,
      });
      failures.push(...(await phoneProblems(page, path, width)));
    }
  } finally {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
  }
  return failures;
}

/** What does not fit a phone of this width on the loaded page; leaves the phone menu closed again. */
async function phoneProblems(page: Page, path: string, width: number): Promise<string[]> {
  const failures: string[] = [];
  const at = `${path} (${width} px)`;
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
  if (layout.scrollWidth > width) failures.push(`${at}: page is ${layout.scrollWidth} px wide`);
  failures.push(...(await slipsOn(page, at)));
  if (!layout.starlight) return failures; // the language picker at / has no site header
  // The theme and language menus live in the phone's menu: open it to measure them, then close it.
  await page.locator('button.sl-menu-button').click();
  await expect(page.locator('.mobile-preferences select').first()).toBeVisible();
  for (const cut of await page.evaluate(truncatedHeaderText)) failures.push(`${at}: ${cut}`);
  // The menu is a popover: Escape closes it, as it would for a reader.
  await page.keyboard.press('Escape');
  await expect(page.locator('.mobile-preferences select').first()).toBeHidden();
  for (const [name, b] of [
    ['search button', layout.search],
    ['menu button', layout.menu],
  ] as const) {
    if (!b || !b.visible) failures.push(`${at}: no visible ${name}`);
    else if (b.left < 0 || b.right > width)
      failures.push(`${at}: ${name} at x=${Math.round(b.left)}–${Math.round(b.right)}`);
  }
  return failures;
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
