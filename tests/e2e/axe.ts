import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The rules whose results change with the colour theme (the rest read the DOM, which the theme leaves alone). */
export const colourRules = ['color-contrast', 'link-in-text-block'];

export type AxeViolations = AxeResults['violations'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core (WCAG 2.1 AA) loaded into the loaded page once, then run as often as the page needs (light theme, dark
 * theme). This is axe-core's own API, driven directly rather than through @axe-core/playwright: the wrapper sends
 * axe's 0.5 MB source with every analyze() and returns every pass and incomplete result over the protocol, which
 * made a one-rule check cost more than loading the page (measured on 6 pages: wrapper 4.5 s for one rule, 6.4 s for
 * all; here 1.0 s to load axe once, then 0.4 s and 2.6 s). Only the violations come back. The page has no frames
 * (the every-page gate fails on any third-party request), so axe's cross-frame collection has nothing to do.
 */
export async function axeOn(page: Page) {
  await page.evaluate(axeSource);
  return {
    /** Violations of the WCAG tags, or of only these rules. */
    violations: (rules?: readonly string[]): Promise<AxeViolations> =>
      page.evaluate(
        async ([tags, only]) => {
          const results = await window.axe.run(document, {
            runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: tags },
          });
          return results.violations;
        },
        [wcagTags, rules ? [...rules] : undefined] as const,
      ),
  };
}

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}
