import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseLessons, locales } from '../helpers/content.ts';

// The built site (DIST_DIR for a private build). Expected order comes from the lessons' frontmatter.
const dist = process.env.DIST_DIR ?? 'dist';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** The lesson links of a page's sidebar, in order. */
function sidebarLessons(html: string, locale: string): string[] {
  const sidebar = /<nav[^>]*aria-label="[^"]*"[^>]*class="sidebar[\s\S]*?<\/nav>|<div class="sidebar-content[\s\S]*?<\/nav>/.exec(html)?.[0] ?? html;
  return [...sidebar.matchAll(new RegExp(`href="/${locale}/lessons/([^/"#]+)/"`, 'g'))].map((m) => m[1] ?? '');
}

function pagination(html: string, rel: 'prev' | 'next'): string | undefined {
  const link = new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(html) ?? new RegExp(`rel="${rel}"[^>]*href="([^"]+)"`).exec(html);
  return link?.[1];
}

describe.each(locales)('%s: lessons in course order', (locale) => {
  const lessons = courseLessons(locale);
  const slugs = lessons.map((l) => l.slug);

  it('numbers the course without gaps or repeats', () => {
    expect(lessons.length).toBeGreaterThan(1);
    expect(new Set(lessons.map((l) => l.lesson)).size).toBe(lessons.length);
  });

  it.each(lessons.map((l, i) => [l.slug, i] as const))('%s: sidebar and previous/next follow the lesson numbers', (slug, i) => {
    const html = page(`${locale}/lessons/${slug}`);
    // Every lesson of the course, in number order (other pages of the section may follow them).
    expect(sidebarLessons(html, locale).filter((s) => slugs.includes(s))).toEqual(slugs);
    const prev = i === 0 ? `/${locale}/lessons/` : `/${locale}/lessons/${slugs[i - 1]}/`;
    expect(pagination(html, 'prev')).toBe(prev);
    const next = pagination(html, 'next');
    if (i < slugs.length - 1) expect(next).toBe(`/${locale}/lessons/${slugs[i + 1]}/`);
    // After the last lesson: never back to a lesson of the course.
    else expect(slugs.some((s) => next === `/${locale}/lessons/${s}/`)).toBe(false);
  });

  it('the lessons index leads to lesson 1', () => {
    expect(pagination(page(`${locale}/lessons`), 'next')).toBe(`/${locale}/lessons/${slugs[0]}/`);
  });

  it('has a projector page per lesson and one booklet, answer key and plan page', () => {
    for (const slug of slugs) expect(existsSync(join(dist, locale, 'lessons', slug, 'present', 'index.html'))).toBe(true);
    for (const p of ['booklet', 'answer-key', 'plan']) expect(existsSync(join(dist, locale, 'lessons', p, 'index.html'))).toBe(true);
  });

  // Walkthrough 2026-12-04 §2.8: a teacher looked for the booklet in the lessons sidebar. The answer key stays
  // out of it (and out of search): it holds the quiz answers, and teachers reach it from the lessons index.
  it.each(lessons.map((l) => l.slug))('%s: the sidebar links the course booklet, not the answer key', (slug) => {
    const links = sidebarLessons(page(`${locale}/lessons/${slug}`), locale);
    expect(links).toContain('booklet');
    expect(links).not.toContain('answer-key');
  });

  it('the answer key is kept out of the search index, and the lessons index links it for teachers', () => {
    expect(page(`${locale}/lessons/answer-key`)).not.toMatch(/data-pagefind-body/);
    expect(page(`${locale}/lessons`)).toContain(`href="/${locale}/lessons/answer-key/"`);
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap on the build’s public address', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
  });
});
