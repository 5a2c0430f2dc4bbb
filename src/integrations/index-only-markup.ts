import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withoutIndexOnlyMarkup } from '../lib/search/index-only-markup.ts';

/**
 * Takes the search hints out of the built pages once Pagefind has indexed them. Listed after Starlight (whose
 * build:done hook runs Pagefind) and before offline(), whose pack revisions must be those of the served files.
 */
export default function indexOnlyMarkup(): AstroIntegration {
  return {
    name: 'index-only-markup',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        let saved = 0;
        for (const file of globSync('**/*.html', { cwd: root })) {
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const served = withoutIndexOnlyMarkup(html);
          if (served === html) continue;
          writeFileSync(path, served);
          pages += 1;
          saved += Buffer.byteLength(html) - Buffer.byteLength(served);
        }
        logger.info(`search hints taken out of ${pages} pages after indexing (${(saved / 1024).toFixed(0)} KiB)`);
      },
    },
  };
}
