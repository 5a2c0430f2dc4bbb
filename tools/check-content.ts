// Validates every docs page before Astro builds, so an editor sees "file: field: problem" first.
// Usage: node tools/check-content.ts [contentDocsDir] [glossaryFile] [legalActsFile] [helpContactsFile] [searchLexiconDir]
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFrontmatter } from '../src/server/frontmatter.ts';
import yaml from 'js-yaml';
import {
  checkGlossary,
  checkHelpContactTags,
  checkKeyTermTags,
  checkLessonNumbers,
  checkLessonParity,
  checkParity,
  checkQuestionsParity,
  checkReferences,
  checkReviewRecord,
  checkSearchLexicon,
  checkUnfinished,
  isDraft,
  validateFrontmatter,
  type RawPage,
} from './lib/content-check.ts';
import { describeProblem } from '../src/lib/content-errors.ts';
import { checkLessonSources, readLegalActs, staleActs } from '../src/lib/legal-acts.ts';
import { planMovedPages } from '../src/lib/moved-pages.ts';

const root = process.argv[2] ?? 'content/docs';
const glossaryFile = process.argv[3] ?? 'content/glossary/terms.yaml';
const legalActsFile = process.argv[4] ?? 'content/data/legal-acts.yaml';
const helpContactsFile = process.argv[5] ?? 'content/data/help-contacts.yaml';
const lexiconDir = process.argv[6] ?? 'content/search';

/** Every Markdown and MDX file under `dir`. */
const walk = (dir: string) => globSync('**/*.{md,mdx}', { cwd: dir }).map((f) => join(dir, f));

function localeAndSlug(file: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = relative(root, file).split(/[\\/]/);
  return { locale, slug: rest.join('/').replace(/\.mdx?$/, '') };
}

type ReadPage = RawPage & { source: string };

/** js-yaml's error, with the line counted in the file (not in the frontmatter) and a hint for the usual cause. */
function yamlProblem(e: unknown, source: string): string {
  const { reason, mark } = e as { reason?: string; mark?: { line?: number } };
  if (typeof mark?.line !== 'number') return `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`;
  const line = mark.line + 2; // +1 for the opening ---, +1 because js-yaml counts from 0
  const text = source.split(/\r?\n/)[line - 1]?.trim() ?? '';
  return `frontmatter is not valid YAML at line ${line} (${reason ?? 'syntax error'}): ${text}\n      Text containing ": ", " #", quotes or starting with [ { * & ! must be in single quotes, e.g. title: 'Road safety: the basics'; check also the indentation (two spaces per level)`;
}

function readPage(path: string): ReadPage | { file: string; error: string } {
  const file = relative(process.cwd(), path);
  const { locale, slug } = localeAndSlug(path);
  const source = readFileSync(path, 'utf8');
  try {
    const { data, present } = readFrontmatter(source);
    if (!present) return { file, error: 'has no frontmatter block (--- ... ---) at the top' };
    return { file, locale, slug, source, frontmatter: data };
  } catch (e) {
    return { file, error: yamlProblem(e, source) };
  }
}

const read = walk(root).map(readPage);
const messages = read.filter((r) => 'error' in r).map((r) => `${r.file}: ${r.error}`);
const pages = read.filter((r): r is ReadPage => !('error' in r));
messages.push(...pages.flatMap(validateFrontmatter).map(describeProblem));
// A file that failed to parse still exists: count it for parity so its translations are not reported missing.
const unreadable = read.filter((r) => 'error' in r).map((r) => ({ ...r, ...localeAndSlug(r.file), frontmatter: null }));
messages.push(...checkParity([...pages, ...unreadable]).map(describeProblem));
messages.push(...checkLessonParity(pages).map(describeProblem));
messages.push(...checkQuestionsParity(pages).map(describeProblem));
messages.push(...checkLessonNumbers(pages).map(describeProblem));
const glossary = yaml.load(readFileSync(glossaryFile, 'utf8'));
messages.push(...checkGlossary(glossary, glossaryFile).map(describeProblem));
const glossaryIds = new Set(Array.isArray(glossary) ? glossary.map((t: { id?: unknown }) => String(t.id)) : []);
messages.push(...checkReferences(pages, glossaryIds).map(describeProblem));
messages.push(...pages.flatMap((p) => checkKeyTermTags(p, p.source, glossaryIds)).map(describeProblem));
const helpContacts = yaml.load(readFileSync(helpContactsFile, 'utf8'));
const helpIds = new Set(Array.isArray(helpContacts) ? helpContacts.map((c: { id?: unknown }) => String(c.id)) : []);
messages.push(...pages.flatMap((p) => checkHelpContactTags(p, p.source, helpIds)).map(describeProblem));
messages.push(...pages.flatMap((p) => checkUnfinished(p, p.source)).map(describeProblem));
const registry = readLegalActs(yaml.load(readFileSync(legalActsFile, 'utf8')), legalActsFile);
messages.push(...registry.problems.map(describeProblem));
const lessons = pages.filter((p) => (p.frontmatter as { kind?: unknown } | null)?.kind === 'lesson' && !isDraft(p));
messages.push(...lessons.flatMap((p) => checkLessonSources(p, registry.acts, legalActsFile)).map(describeProblem));
messages.push(...pages.flatMap(checkReviewRecord).map(describeProblem));
// Earlier addresses (`redirectFrom`) must not shadow a page or be claimed twice: the build's redirects use the same rule.
const redirects = planMovedPages(
  pages
    .filter((p) => !isDraft(p))
    .map((p) => {
      const fm = (p.frontmatter ?? {}) as { title?: unknown; redirectFrom?: unknown };
      // A malformed list is reported by the schema above; only its well-formed entries are checked here.
      const list = Array.isArray(fm.redirectFrom) ? fm.redirectFrom : [];
      return {
        id: `${p.locale}/${p.slug}`,
        filePath: p.file,
        data: { title: String(fm.title ?? ''), redirectFrom: list.filter((x): x is string => typeof x === 'string') },
      };
    }),
);
messages.push(...redirects.problems.map(describeProblem));
// Search lexicons (fillers, synonyms per language), read by the search dialog at query time.
for (const file of globSync(join(lexiconDir, '*.json'))) {
  const shown = relative(process.cwd(), file);
  try {
    messages.push(...checkSearchLexicon(JSON.parse(readFileSync(file, 'utf8')), shown).map(describeProblem));
  } catch (e) {
    messages.push(`${shown}: is not valid JSON (${(e as Error).message})`);
  }
}
// An old check is a reason to look again, not to stop a build: the act may well be unchanged.
const warnings = staleActs(registry.acts, new Date(), legalActsFile).map(describeProblem);
for (const w of warnings) console.warn(`  ⚠ ${w}`);

if (messages.length > 0) {
  console.error(`Content check failed (${messages.length} problem${messages.length === 1 ? '' : 's'}):`);
  for (const m of messages) console.error(`  ✗ ${m}`);
  process.exit(1);
}
console.log(`Content check: ${pages.length} pages valid in every locale.`);
const drafts = pages.filter(isDraft);
if (drafts.length > 0) {
  console.log(`Drafts (shown by npm run dev, left out of the published site until "draft: true" is removed):`);
  for (const d of drafts) console.log(`  · ${d.file}`);
}
