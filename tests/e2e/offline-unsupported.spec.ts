import { expect, test } from '@playwright/test';
import kk from '../../content/i18n/kk.json' with { type: 'json' };

// Private browsing, or a browser with service workers turned off: nothing may say "saved" or "works offline".
test.use({ serviceWorkers: 'block' });

test('with service workers off, the packs page says pages cannot be kept offline, and nothing claims they are', async ({
  page,
}) => {
  await page.goto('/kk/offline-packs/');
  const unsupported = page.locator('[data-offline-unsupported]');
  // The page waits a few seconds for the worker the footer registers before saying it.
  await expect(unsupported).toBeVisible({ timeout: 10_000 });
  await expect(unsupported).toHaveText(kk['packs.unsupported']);
  const buttons = page.locator('[data-pack] button:visible');
  // Each language's "save" button is shown, and none can be pressed.
  expect(await buttons.count()).toBeGreaterThanOrEqual(3);
  for (const button of await buttons.all()) await expect(button).toBeDisabled();
  await expect(page.locator('[data-pack][data-state="saved"]')).toHaveCount(0);
  // The footer never says the page works offline.
  await expect(page.locator('[data-offline-ready-note]')).toBeHidden();
  await page.goto('/kk/lessons/cyberbullying/');
  await page.waitForTimeout(1500);
  await expect(page.locator('[data-offline-ready-note]')).toBeHidden();
});
