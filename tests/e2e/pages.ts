import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
  const dir = join('content/docs', locale, 'lessons');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ name, source: readFileSync(join(dir, name), 'utf8') }))
    .filter(({ source }) => /^kind: lesson$/m.test(source.split(/^---$/m)[1] ?? ''))
    .map(({ name, source }) => ({
      lesson: Number(/^lesson: (\d+)$/m.exec(source)?.[1]),
      slug: name.replace(/\.mdx$/, ''),
      topic: /^topic: (\S+)$/m.exec(source)?.[1] ?? '',
    }))
    .sort((a, b) => a.lesson - b.lesson);
}
