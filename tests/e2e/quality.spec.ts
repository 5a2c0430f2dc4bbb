import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, locales, pageKinds } from './pages.ts';

/** Records CSP violations, console errors and requests that leave the site's origin. */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') {
      problems.push(`third-party request: ${url.href}`);
      return route.abort();
    }
    return route.continue();
  });
  return problems;
}

for (const locale of locales) {
  test(`${locale}: every page kind loads with no CSP violation, console error or third-party request`, async ({
    page,
  }) => {
    const problems = await watch(page);
    for (const path of pageKinds(locale)) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // Search open, with results: the lazily loaded code and Pagefind's WebAssembly under the policy.
    await page.goto(`/${locale}/`);
    await page.locator('button[data-open-modal]').click();
    await page.locator('[data-search-input]').fill('Киберпол');
    await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test('the production server sends the security headers', async ({ request }) => {
  const response = await request.get('/kk/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toBe('no-cache');
  const page = await (await request.get('/kk/')).text();
  const asset = /\/_astro\/[^"]+\.css/.exec(page)?.[0];
  expect(asset).toBeTruthy();
  const assetResponse = await request.get(asset as string);
  expect(assetResponse.headers()['cache-control']).toContain('immutable');
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  const missing = await request.get('/kk/no-such-page/');
  expect(missing.status()).toBe(404);
  // The not-found page speaks the locale of the address.
  expect(await missing.text()).toContain('Бет табылмады');
  expect(await (await request.get('/en/nothing/here/')).text()).toContain('Page not found');
});

// axe on every built page, both themes.
const pages = builtPages();
const chunk = 6;
for (let i = 0; i < pages.length; i += chunk) {
  const group = pages.slice(i, i + chunk);
  for (const theme of ['light', 'dark'] as const) {
    test(`axe WCAG 2.1 AA, ${theme} theme: pages ${i + 1}–${i + group.length} of ${pages.length}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const failures: string[] = [];
      for (const path of group) {
        await page.goto(path);
        // The language picker at / is a plain page without Starlight's theme.
        if (path !== '/') await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        for (const v of violations) {
          failures.push(
            `${path} [${theme}] ${v.id}: ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
        }
      }
      expect(failures).toEqual([]);
    });
  }
}
