import { expect, test, type Page } from '@playwright/test';
import { wcagAxe, type AxeViolations } from './axe.ts';
import { builtPages, locales } from './pages.ts';
import { slipsOn } from './slips.ts';
import { watchErrors } from './teaching.ts';

/** Records CSP violations, console errors, page errors and requests that leave the site's origin. */
async function watch(page: Page) {
  const problems = await watchErrors(page);
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
  test(`${locale}: search, loaded on demand, runs with no CSP violation, console error or third-party request`, async ({
    page,
  }) => {
    const problems = await watch(page);
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

// One pass over every built page: axe (WCAG 2.1 AA) in the light theme, then the colour rules again in the dark
// theme on the same page (only colours change with the theme), and no CSP violation, console error, page error
// or third-party request. One page load per page keeps the gate over every page inside CI's budget.
const pages = builtPages();
const chunk = 8;
const colourRules = ['color-contrast', 'link-in-text-block'];
// (axe's resultTypes: ['violations'] was tried for speed: it made rules with cross-node checks, such as
// landmark-unique, report false violations, and saved under 5 %.)
test.describe('every page', () => {
  // The first visit of each test's context would otherwise download a whole language pack while axe runs;
  // the service worker's own behaviour (packs, updates, offline pages) is tested in offline*.spec.ts.
  test.use({ serviceWorkers: 'block' });
  for (let i = 0; i < pages.length; i += chunk) {
    const group = pages.slice(i, i + chunk);
    test(`every page in both themes: axe, CSP, console and requests — pages ${i + 1}–${i + group.length} of ${pages.length}`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
      const problems = await watch(page);
      const failures: string[] = [];
      const report = (path: string, theme: string, violations: AxeViolations) => {
        for (const v of violations) {
          failures.push(
            `${path} [${theme}] ${v.id}: ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
        }
      };
      for (const path of group) {
        const before = problems.length;
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        // The language picker at / and the short-link picker are plain pages without Starlight's theme.
        const starlight = (await page.locator('.page').count()) > 0;
        if (starlight) await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        failures.push(...(await slipsOn(page, path)));
        report(path, 'light', (await wcagAxe(page).analyze()).violations);
        // Dark: Starlight's own switch (data-theme) and the system preference for pages that follow it.
        await page.emulateMedia({ colorScheme: 'dark' });
        if (starlight) await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
        report(path, 'dark', (await wcagAxe(page).withRules(colourRules).analyze()).violations);
        failures.push(...problems.slice(before).map((p) => `${path} ${p}`));
      }
      expect(failures).toEqual([]);
    });
  }
});
