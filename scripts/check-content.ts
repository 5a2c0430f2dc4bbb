// Validates every docs page before Astro builds, so an editor sees "file: field: problem" first.
// Usage: node scripts/check-content.ts [contentDocsDir]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { checkParity, checkReferences, validateFrontmatter, type RawPage } from '../src/lib/content-check.ts';
import { describeProblem } from '../src/lib/content-errors.ts';

const root = process.argv[2] ?? 'content/docs';
const glossaryFile = process.argv[3] ?? 'content/glossary/terms.yaml';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.mdx?$/.test(name) ? [path] : [];
  });
}

function localeAndSlug(file: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = relative(root, file).split(/[\\/]/);
  return { locale, slug: rest.join('/').replace(/\.mdx?$/, '') };
}

function readPage(path: string): RawPage | { file: string; error: string } {
  const file = relative(process.cwd(), path);
  const { locale, slug } = localeAndSlug(path);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) return { file, error: 'has no frontmatter block (--- ... ---) at the top' };
  try {
    return { file, locale, slug, frontmatter: yaml.load(match[1] ?? '') };
  } catch (e) {
    return { file, error: `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}

const read = walk(root).map(readPage);
const messages = read.filter((r) => 'error' in r).map((r) => `${r.file}: ${r.error}`);
const pages = read.filter((r): r is RawPage => !('error' in r));
messages.push(...pages.flatMap(validateFrontmatter).map(describeProblem));
// A file that failed to parse still exists: count it for parity so its translations are not reported missing.
const unreadable = read.filter((r) => 'error' in r).map((r) => ({ ...r, ...localeAndSlug(r.file), frontmatter: null }));
messages.push(...checkParity([...pages, ...unreadable]).map(describeProblem));
const glossary = yaml.load(readFileSync(glossaryFile, 'utf8'));
const glossaryIds = new Set(Array.isArray(glossary) ? glossary.map((t: { id?: unknown }) => String(t.id)) : []);
messages.push(...checkReferences(pages, glossaryIds).map(describeProblem));

if (messages.length > 0) {
  console.error(`Content check failed (${messages.length} problem${messages.length === 1 ? '' : 's'}):`);
  for (const m of messages) console.error(`  ✗ ${m}`);
  process.exit(1);
}
console.log(`Content check: ${pages.length} pages valid in every locale.`);
