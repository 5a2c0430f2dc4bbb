import { lessons } from '../helpers/content.ts';
import { builtPaths, isRedirect } from '../../tools/lib/dist-pages.ts';
import { localeCodes } from '../../src/config/locales.ts';

/** Every built HTML page as a URL path, from dist/ (what is deployed is what is checked); redirects left out. */
export function builtPages(dist = process.env.DIST_DIR ?? 'dist'): string[] {
  return builtPaths(dist).filter((p) => !isRedirect(p, dist));
}

export const locales = localeCodes;

/** The course's lessons in a locale, from content/docs (number, slug, topic): tests never pin the count. */
export function courseLessons(locale: string): { lesson: number; slug: string; topic: string }[] {
  return lessons(locale).map((p) => ({
    lesson: Number(p.data.lesson),
    slug: p.slug.replace(/^lessons\//, ''),
    topic: String(p.data.topic),
  }));
}
