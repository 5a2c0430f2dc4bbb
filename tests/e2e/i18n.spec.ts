import { expect, test } from '@playwright/test';
import kk from '../../content/i18n/kk.json' with { type: 'json' };
import { localeCodes } from '../../src/config/locales.ts';

test('the root lets a visitor pick a language', async ({ page }) => {
  await page.goto('/');
  for (const locale of localeCodes) {
    await expect(page.locator(`a[href="/${locale}/"]`)).toBeVisible();
  }
  await page.locator('a[href="/kk/"]').click();
  await expect(page).toHaveURL(/\/kk\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
});

test('every page carries hreflang alternates for the three locales', async ({ page }) => {
  await page.goto('/kk/lessons/');
  for (const lang of localeCodes) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/lessons/$`),
    );
  }
});

test('the language picker keeps the reader on the same page', async ({ page }) => {
  await page.goto('/kk/lessons/');
  await page.locator('starlight-lang-select select').first().selectOption({ label: 'Русский' });
  await expect(page).toHaveURL(/\/ru\/lessons\/$/);
});

test('the Kazakh search dialog speaks Kazakh', async ({ page }) => {
  await page.goto('/kk/');
  await page.locator('button[data-open-modal]').first().click();
  const dialog = page.locator('dialog[aria-label]');
  await expect(dialog).toBeVisible();
  const query = 'ъъъщщщ';
  await dialog.locator('[data-search-input]').fill(query);
  await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
  const [, afterTerm = ''] = kk['pagefind.zero_results'].split('[SEARCH_TERM]');
  await expect(dialog).toContainText(afterTerm.trim());
  await expect(dialog).toContainText(query);
  // The cancel button shows only on narrow screens; its text must still be Kazakh.
  await expect(dialog.locator('button[data-close-modal]')).toHaveText(kk['search.cancelLabel']);
  await expect(dialog).not.toContainText('No results');
  await expect(dialog.locator('[data-search-input]')).toHaveAttribute('placeholder', kk['search.label']);
  // The status line uses the Kazakh result strings, the filters too.
  await expect(dialog.locator('.search-filters')).toContainText(kk['search.allKinds']);
});
