import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe (WCAG 2.1 AA) on a page of this site. Legacy mode runs axe once inside the page instead of aggregating in
 * a fresh blank page per call: the same results (compared on lesson, glossary, initiative, booklet and home
 * pages) in under half the time. What it gives up, testing cross-origin frames, cannot apply: the site has none
 * (the every-page gate fails on any third-party request).
 */
export const wcagAxe = (page: Page) => new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true);

export type AxeViolations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];
