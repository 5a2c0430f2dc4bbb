import { expect, test, type Page } from '@playwright/test';
import { axeOn, colourRules, type AxeViolations } from './axe.ts';
import { builtPages, courseLessons, locales } from './pages.ts';
import { onPhone } from './phone-layout.ts';
import { A4_CONTENT, drawnForPrint, printProblems } from './print-layout.ts';
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

// One pass over every built page, one load each: axe (WCAG 2.1 AA) in the light theme, then the colour rules again
// in the dark theme (only colours change with the theme); the slips a reader sees (slips.ts); no CSP violation,
// console error, page error or third-party request; then the same page as the print stylesheet lays it out on A4
// (print-layout.ts), lessons with their QR code drawn as a print starts; then on a touch phone at 390 and
// 320 px (phone-layout.ts). Every check on the same load keeps the gate over every page inside CI's budget (a
// suite per concern loaded each page once more: the phone suite alone cost 143 s of test time).
const pages = builtPages();
const chunk = 8;
/** The lesson pages of every locale, from the content (never a pinned list). */
const lessonPaths = new Set(locales.flatMap((l) => courseLessons(l).map((c) => `/${l}/lessons/${c.slug}/`)));
// (axe's resultTypes: ['violations'] was tried for speed: it made rules with cross-node checks, such as
// landmark-unique, report false violations, and saved under 5 %.)
test.describe('every page', () => {
  for (let i = 0; i < pages.length; i += chunk) {
    const group = pages.slice(i, i + chunk);
    test(`every page in both themes, in print and on a phone: axe, slips, CSP, console, requests, print and phone layout — pages ${i + 1}–${i + group.length} of ${pages.length}`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const screen = page.viewportSize() ?? { width: 1280, height: 720 };
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
        const axe = await axeOn(page);
        report(path, 'light', await axe.violations());
        // Dark: Starlight's own switch (data-theme) and the system preference for pages that follow it.
        await page.emulateMedia({ colorScheme: 'dark' });
        if (starlight) await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
        report(path, 'dark', await axe.violations(colourRules));
        failures.push(...problems.slice(before).map((p) => `${path} ${p}`));
        // Paper: A4's printable width under print media, in the light theme the page loaded with.
        await page.setViewportSize(A4_CONTENT);
        await page.emulateMedia({ media: 'print', colorScheme: 'light' });
        if (starlight) await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
        if (lessonPaths.has(path)) {
          // Drawn when the print starts (Ctrl+P included), once the page has been idle.
          const qr = page.locator('.lesson-print-card [data-qr] svg path[stroke]');
          if (!(await drawnForPrint(page, qr))) failures.push(`${path}: no QR code when printing`);
        }
        failures.push(...(await printProblems(page)).map((p) => `${path}: ${p}`));
        await page.emulateMedia({ media: 'screen' });
        // A touch phone at 390 and 320 px (phone-layout.ts), then the desktop screen again for the next page.
        failures.push(...(await onPhone(page, path)));
        await page.setViewportSize(screen);
      }
      expect(failures).toEqual([]);
    });
  }
});
