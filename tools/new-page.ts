// Creates a new page in every locale from a template that already passes the content check.
// Usage: npm run new -- lesson <slug> | initiative <slug> | council <slug>
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readFrontmatter } from '../src/server/frontmatter.ts';
import { localeCodes } from '../src/config/locales.ts';
import { FILL_IN, planScaffold, scaffoldKinds } from './lib/scaffold.ts';

const usage = `Usage: npm run new -- <${scaffoldKinds.join('|')}> <slug>
  e.g. npm run new -- lesson road-safety`;

/** Lesson numbers taken in any locale, drafts included, so two new lessons never share a number. */
function lessonNumbers(): number[] {
  return localeCodes.flatMap((locale) => {
    const dir = join('content/docs', locale, 'lessons');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .flatMap((name) => {
        try {
          const fm = readFrontmatter(readFileSync(join(dir, name), 'utf8')).data;
          return typeof fm.lesson === 'number' ? [fm.lesson] : [];
        } catch {
          return []; // an unreadable page is the content check's business, not a reason to refuse here
        }
      });
  });
}

const [kind, slug, ...extra] = process.argv.slice(2);
if (!kind || !slug || extra.length > 0) {
  console.error(usage);
  process.exit(1);
}
const plan = planScaffold({ kind, slug, exists: existsSync, lessonNumbers: kind === 'lesson' ? lessonNumbers() : [] });
if (!plan.ok) {
  console.error(`✗ ${plan.error}\n\n${usage}`);
  process.exit(1);
}
for (const file of plan.files) {
  mkdirSync(dirname(file.path), { recursive: true });
  // `wx`: never overwrite, even if a file appeared since the plan was made.
  writeFileSync(file.path, file.content, { flag: 'wx' });
  console.log(`  created ${file.path}`);
}
console.log(`
Next:
  1. Fill in every "${FILL_IN}" in these files (Russian first, then Kazakh and English).
  2. npm run check:content   — lists what is still wrong, as "file: field: problem".
  3. npm run dev             — preview at http://localhost:4321/ (drafts show there with a notice).
  4. When the page is ready, delete the "draft: true" line and the two "#" note lines above it in all three files.
See CONTRIBUTING.md (CONTRIBUTING.ru.md, CONTRIBUTING.kk.md).`);
