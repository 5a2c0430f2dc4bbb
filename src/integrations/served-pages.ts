import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withoutIndexOnlyMarkup } from '../lib/search/index-only-markup.ts';
import { withPageOwnHashes } from '../server/page-csp.ts';

/**
 * The built pages as they are served, in one pass over the HTML: the search hints taken out once Pagefind has
 * indexed them, and each page's CSP narrowed to its own inline code. Listed after Starlight (whose build:done hook
 * runs Pagefind) and before offline(), whose pack revisions must be those of the served files.
 */
export default function servedPages(): AstroIntegration {
  return {
    name: 'served-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        let saved = 0;
        for (const file of globSync('**/*.html', { cwd: root })) {
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const served = withPageOwnHashes(withoutIndexOnlyMarkup(html));
          if (served === html) continue;
          writeFileSync(path, served);
          pages += 1;
          saved += Buffer.byteLength(html) - Buffer.byteLength(served);
        }
        logger.info(
          `${pages} pages without search hints (indexed) and with their own CSP hashes only: ${(saved / 1024).toFixed(0)} KiB less`,
        );
      },
    },
  };
}
