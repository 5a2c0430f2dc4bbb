import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built HTML page as a URL path, from dist/ (what is deployed is what is checked). */
export function builtPages(dist = process.env.DIST_DIR ?? 'dist'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(path);
      return name === 'index.html' ? [path] : [];
    });
  return (
    walk(dist)
      .map((file) => `/${relative(dist, file)}`.replace(/index\.html$/, ''))
      // Short links are redirects, not pages.
      .filter((p) => !/^\/(kk|ru|en)\/l\/\d+\/$/.test(p))
      .sort()
  );
}

export const locales = ['kk', 'ru', 'en'] as const;

/** One page of every kind, per locale: what the CSP and request checks visit. */
export const pageKinds = (locale: string) => [
  `/${locale}/`,
  `/${locale}/lessons/`,
  `/${locale}/lessons/cyberbullying/`,
  `/${locale}/initiatives/`,
  `/${locale}/initiatives/kiberpol/`,
  `/${locale}/council/`,
  `/${locale}/council/expanded-session-public-safety/`,
  `/${locale}/glossary/`,
  `/${locale}/about/`,
  `/${locale}/offline/`,
];
