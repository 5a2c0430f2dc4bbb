import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page of a build as a URL path (`/ru/lessons/cyber-safety/`), redirects included, sorted. */
export function builtPaths(dist = process.env.DIST_DIR ?? 'dist'): string[] {
  return globSync('**/index.html', { cwd: dist, exclude: ['pagefind/**', '_astro/**'] })
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .sort();
}

/** A page that only forwards elsewhere (short links, moved pages): it has a refresh and no content. */
export function isRedirect(path: string, dist = process.env.DIST_DIR ?? 'dist'): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(join(dist, path, 'index.html'), 'utf8'));
}
