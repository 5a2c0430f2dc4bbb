// Node-side inputs of the translation report: which page files exist, their awaitingTranslation
// flags and their last git commit. Shared by `npm run i18n:status` and the build-time status page.
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFrontmatter } from './frontmatter.ts';
import { lastCommitTime } from './git-dates.ts';
import type { PageFile } from '../lib/translation-status.ts';

const walk = (dir: string) => globSync('**/*.{md,mdx}', { cwd: dir }).map((f) => join(dir, f));

/** Every page file under `docsDir` (`<docsDir>/<locale>/<slug>.mdx`), with git dates from `cwd`'s repository. */
export function readPageFiles(docsDir: string, cwd: string): PageFile[] {
  return walk(join(cwd, docsDir)).map((path) => {
    const [locale = '', ...rest] = relative(join(cwd, docsDir), path).split(/[\\/]/);
    const slug = rest
      .join('/')
      .replace(/\.mdx?$/, '')
      .replace(/(^|\/)index$/, '');
    let frontmatter: { title?: unknown; awaitingTranslation?: unknown; draft?: unknown } = {};
    try {
      frontmatter = readFrontmatter(readFileSync(path, 'utf8')).data as typeof frontmatter;
    } catch {
      // A broken frontmatter is reported by the content check; the file still exists for this report.
    }
    const file = relative(cwd, path).split(/[\\/]/).join('/');
    return {
      locale,
      slug,
      file,
      ...(typeof frontmatter.title === 'string' ? { title: frontmatter.title } : {}),
      awaitingTranslation: Array.isArray(frontmatter.awaitingTranslation)
        ? frontmatter.awaitingTranslation.map(String)
        : [],
      draft: frontmatter.draft === true,
      lastCommit: lastCommitTime(file, cwd),
    };
  });
}
