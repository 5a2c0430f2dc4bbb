import { globSync } from 'node:fs';
import { lessons } from '../helpers/content.ts';

/** Every built HTML page as a URL path, from dist/ (what is deployed is what is checked). */
export function builtPages(dist = process.env.DIST_DIR ?? 'dist'): string[] {
  return (
    globSync('**/index.html', { cwd: dist, exclude: ['pagefind/**', '_astro/**'] })
      .map((file) => `/${file}`.replace(/index\.html$/, ''))
      // Short links are redirects, not pages.
      .filter((p) => !/^\/(kk|ru|en)\/l\/\d+\/$/.test(p))
      .sort()
  );
}

export const locales = ['kk', 'ru', 'en'] as const;

/** The course's lessons in a locale, from content/docs (number, slug, topic): tests never pin the count. */
export function courseLessons(locale: string): { lesson: number; slug: string; topic: string }[] {
  return lessons(locale).map((p) => ({
    lesson: Number(p.data.lesson),
    slug: p.slug.replace(/^lessons\//, ''),
    topic: String(p.data.topic),
  }));
}
