import { expect, type Page } from '@playwright/test';
import { axeOn } from './axe.ts';

/** axe WCAG 2.1 AA on the current page in both themes; also collects CSP violations and console errors. */
export async function expectAccessible(first: Page, path: string, prepare?: (page: Page) => Promise<void>) {
  for (const theme of ['light', 'dark'] as const) {
    // A fresh page per theme: init scripts add up on a page.
    const page = await first.context().newPage();
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    if (prepare) await prepare(page);
    const violations = await (await axeOn(page)).violations();
    expect(
      violations.map((v) => `${path} [${theme}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.close();
  }
}

/** Console errors, page errors and CSP violations seen while a test runs. */
export async function watchErrors(page: Page): Promise<string[]> {
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
  return problems;
}
