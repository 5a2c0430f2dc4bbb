// Content rules that zod cannot see, as pure functions returning problems in one format (ContentProblem).
// The content check (tools/check-content.ts, run first by `npm run build`) and the build's own code (routes,
// components, site data) call the same rules, so a mistake is described the same way wherever it is caught.
import { describeProblem, type ContentProblem } from './content-errors.ts';
import { didYouMean } from './did-you-mean.ts';

/** `(known: a, b, c)` after a suggestion, so the editor sees every id they may use. */
const knownList = (known: ReadonlySet<string>) => ` (known: ${[...known].sort().join(', ')})`;

/** A component in a page body that names ids of a registry: where it is and which ids it names. */
export interface ComponentIds {
  /** 1-based line in the file. */
  line: number;
  ids: string[];
}

/** The source with MDX comments blanked out (newlines kept, so line numbers stay right). */
function withoutComments(source: string): string {
  return source.replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '));
}

/** Every `<KeyTerm id="…">` in a page body, with its line. */
export function keyTermTags(source: string): ComponentIds[] {
  return withoutComments(source)
    .split(/\r?\n/)
    .flatMap((line, i) =>
      [...line.matchAll(/<KeyTerm\s+id=["']([^"']*)["']/g)].map((m) => ({ line: i + 1, ids: [m[1] ?? ''] })),
    );
}

/** Every `<HelpContacts only={['police', 'emergency']} />` in a page body, with its line and the ids listed. */
export function helpContactsTags(source: string): ComponentIds[] {
  const code = withoutComments(source);
  return [...code.matchAll(/<HelpContacts\b[^>]*?\bonly=\{\s*\[([^\]]*)\]\s*\}/g)].map((m) => ({
    line: code.slice(0, m.index).split('\n').length,
    ids: [...(m[1] ?? '').matchAll(/["']([^"']*)["']/g)].map((id) => id[1] ?? ''),
  }));
}

/** The registries components take ids from, as editors name them. */
export const registries = {
  glossary: { name: (id: string) => `<KeyTerm id="${id}">`, file: 'content/glossary/terms.yaml', what: 'a term id' },
  helpContacts: {
    name: (id: string) => `"${id}" in <HelpContacts only>`,
    file: 'content/data/help-contacts.yaml',
    what: 'a help line id',
    // A handful of help lines: listing them all tells the editor what to write.
    listKnown: true,
  },
} as const;

/** One id a component names that its registry does not have: the problem, naming the file and the line. */
export function unknownIdProblem(
  file: string,
  registry: keyof typeof registries,
  id: string,
  known: ReadonlySet<string>,
  line?: number,
): ContentProblem {
  const r = registries[registry];
  const list = 'listKnown' in r && r.listKnown ? knownList(known) : '';
  return {
    file,
    field: '',
    message: `${line ? `line ${line}: ` : ''}${r.name(id)} is not ${r.what} in ${r.file}${didYouMean(id, known)}${list}`,
  };
}

/** Ids named by components in a page body that their registry lacks. */
export function checkComponentIds(
  file: string,
  tags: readonly ComponentIds[],
  registry: keyof typeof registries,
  known: ReadonlySet<string>,
): ContentProblem[] {
  return tags.flatMap(({ line, ids }) =>
    ids.filter((id) => !known.has(id)).map((id) => unknownIdProblem(file, registry, id, known, line)),
  );
}

/** A lesson's course number as its file gives it (possibly not a number: the schema reports that). */
export interface LessonNumber {
  file: string;
  locale: string;
  lesson: unknown;
}

/**
 * Two lessons of one language never share a course number: the short link /<locale>/l/<n>/, the language picker
 * and the course order are built from it (two branches running `npm run new` pick the same next number).
 */
export function lessonNumberProblems(lessons: readonly LessonNumber[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const taken = new Map<string, LessonNumber>();
  for (const page of [...lessons].sort((a, b) => a.file.localeCompare(b.file))) {
    const n = page.lesson;
    if (typeof n !== 'number') continue;
    const key = `${page.locale}:${n}`;
    const first = taken.get(key);
    if (!first) {
      taken.set(key, page);
      continue;
    }
    const used = lessons
      .filter((p) => p.locale === page.locale)
      .map((p) => (typeof p.lesson === 'number' ? p.lesson : 0));
    problems.push({
      file: page.file,
      field: 'lesson',
      message: `is ${n}, the number of ${first.file} too; its short link /${page.locale}/l/${n}/ would be taken twice — use ${Math.max(...used) + 1} (the next free number) in every language`,
    });
  }
  return problems;
}

/** A page's list of initiative slugs (a council session's or a lesson's `initiatives`). */
export interface InitiativeRefs {
  file: string;
  draft: boolean;
  initiatives: readonly unknown[];
}

/**
 * Every slug in a page's `initiatives` names an initiative page (in any language), and a published page names
 * only a published initiative: the build leaves drafts out, and back-links are computed from these lists.
 */
export function checkInitiativeReferences(
  pages: readonly InitiativeRefs[],
  initiatives: ReadonlySet<string>,
  published: ReadonlySet<string> = initiatives,
): ContentProblem[] {
  return pages.flatMap((page) =>
    page.initiatives.flatMap((ref, i): ContentProblem[] => {
      if (typeof ref !== 'string') return [];
      const field = `initiatives.${i}`;
      if (!initiatives.has(ref)) {
        return [
          {
            file: page.file,
            field,
            message: `"${ref}" is not an initiative page${didYouMean(ref, initiatives)}${knownList(initiatives)}`,
          },
        ];
      }
      if (!page.draft && !published.has(ref)) {
        return [
          {
            file: page.file,
            field,
            message: `"${ref}" is still a draft (draft: true in content/docs/*/initiatives/${ref}.mdx); publish it first, or keep this page a draft too`,
          },
        ];
      }
      return [];
    }),
  );
}

/** The build's error for problems a rule found: every problem, one per line, as the content check prints them. */
export function problemsError(what: string, problems: readonly ContentProblem[]): Error {
  return new Error(`${what}:\n  ${problems.map(describeProblem).join('\n  ')}`);
}

/** For the build: throws when a rule found problems. */
export function failOnProblems(what: string, problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw problemsError(what, problems);
}
