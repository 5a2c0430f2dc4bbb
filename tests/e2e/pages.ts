import { builtPaths, isRedirect } from '../../tools/lib/dist-pages.ts';
import { localeCodes } from '../../src/config/locales.ts';

/** Every built HTML page as a URL path, from dist/ (what is deployed is what is checked); redirects left out. */
export function builtPages(dist = process.env.DIST_DIR ?? 'dist'): string[] {
  return builtPaths(dist).filter((p) => !isRedirect(p, dist));
}

export const locales = localeCodes;

export { courseLessons } from '../helpers/content.ts';
