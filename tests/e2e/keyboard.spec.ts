import { expect, test } from '@playwright/test';
import kk from '../../content/i18n/kk.json' with { type: 'json' };

test('keyboard path: skip link, search, language picker', async ({ page }) => {
  await page.goto('/kk/lessons/cyberbullying/');
  // The first Tab reaches the skip link, which moves focus to the content.
  await page.keyboard.press('Tab');
  const skip = page.locator('a.sl-skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText(kk['skipLink.label']);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#_top$/);

  // Ctrl+K opens search with focus in the box; Escape closes it.
  await page.keyboard.press('Control+k');
  await expect(page.locator('[data-search-input]')).toBeFocused();
  await page.keyboard.type('заң');
  await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.locator('site-search dialog')).toBeHidden();
  // Closing search gives focus back to the button that opened it (not to the top of the page).
  await expect(page.locator('site-search button[data-open-modal]')).toBeFocused();
  await expect.poll(() => page.evaluate(() => history.state?.siteSearch ?? false)).toBe(false);
  await expect(page.locator('site-search button[data-open-modal]')).toBeFocused();

  // The language picker is reachable and usable by keyboard, and keeps the page.
  const picker = page.locator('starlight-lang-select select').first();
  await picker.focus();
  await expect(picker).toBeFocused();
  await picker.selectOption({ label: 'English' });
  await expect(page).toHaveURL(/\/en\/lessons\/cyberbullying\/(#_top)?$/);
});
