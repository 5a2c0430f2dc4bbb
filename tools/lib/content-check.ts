import { z } from 'astro/zod';
import { completeLocales, defaultLocale, type Locale } from '../../src/config/locales.ts';
import { expected, slugSchema } from '../../src/schemas/common.ts';
import { pageFrontmatterSchema } from '../../src/schemas/frontmatter.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { searchLexiconSchema } from '../../src/schemas/search-lexicon.ts';
import { initiativeSlug } from '../../src/lib/content-index.ts';
import { problemsFromZod, type ContentProblem } from '../../src/lib/content-errors.ts';
import {
  checkComponentIds,
  checkInitiativeReferences,
  helpContactsTags,
  keyTermTags,
  lessonNumberProblems,
} from '../../src/lib/content-rules.ts';
import { didYouMean } from '../../src/lib/did-you-mean.ts';
import { citationKey } from '../../src/lib/legal-acts.ts';

export { didYouMean };
import { FILL_IN } from './scaffold.ts';

/** A docs page as read from disk: where it is and its raw frontmatter. */
export interface RawPage {
  /** Path shown to editors, e.g. `content/docs/kk/lessons/cyberbullying.mdx`. */
  file: string;
  locale: string;
  /** Slug without locale and extension: `lessons/cyberbullying`, `index`, `lessons/index`. */
  slug: string;
  frontmatter: unknown;
}

// Starlight's own fields, checked here too so an editor gets the same friendly message.
const starlightRequired = z.object({
  title: z.string(expected('the page title')).trim().min(1, 'must not be empty'),
  draft: z.boolean(expected('true (not published yet) or false; or delete the line to publish')).optional(),
});

export function validateFrontmatter(page: RawPage): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const base = starlightRequired.safeParse(page.frontmatter ?? {});
  if (!base.success) problems.push(...problemsFromZod(page.file, base.error));
  const own = pageFrontmatterSchema.safeParse(page.frontmatter ?? {});
  if (!own.success) problems.push(...problemsFromZod(page.file, own.error));
  return problems;
}

function awaiting(page: RawPage): string[] {
  const fm = page.frontmatter as { awaitingTranslation?: unknown } | null;
  return Array.isArray(fm?.awaitingTranslation) ? fm.awaitingTranslation.map(String) : [];
}

function kindOf(page: RawPage): string | undefined {
  const fm = page.frontmatter as { kind?: unknown } | null;
  return typeof fm?.kind === 'string' ? fm.kind : undefined;
}

/**
 * Every page exists in every language that has no `fallback` (src/config/locales.ts), with the same slug and kind, unless a present translation
 * lists the missing locale in `awaitingTranslation` (Starlight then shows that page with a notice).
 */
export function checkParity(pages: readonly RawPage[], locales: readonly Locale[] = completeLocales): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, RawPage[]>();
  for (const page of pages) bySlug.set(page.slug, [...(bySlug.get(page.slug) ?? []), page]);

  for (const [slug, variants] of bySlug) {
    const present = new Set(variants.map((v) => v.locale));
    const flagged = new Set(variants.flatMap(awaiting));
    const source = variants.find((v) => v.locale === defaultLocale) ?? variants[0];
    for (const locale of locales) {
      if (present.has(locale) || flagged.has(locale)) continue;
      problems.push({
        file: `content/docs/${locale}/${slug}.mdx`,
        field: '',
        message: `missing translation of ${source?.file ?? slug}; add the file, or list "${locale}" in awaitingTranslation of ${source?.file ?? slug}`,
      });
    }
    // A variant without a readable kind is reported by the schema check; comparing it would only repeat that.
    const kinds = new Set(variants.map(kindOf).filter(Boolean));
    if (kinds.size > 1) {
      for (const v of variants) {
        problems.push({
          file: v.file,
          field: 'kind',
          message: `translations disagree on kind (${variants.map((x) => `${x.locale}: ${kindOf(x) ?? '?'}`).join(', ')})`,
        });
      }
    }
  }
  return problems;
}

/**
 * `questionsAnswered` is in every translation or in none: search finds a page by the questions it answers, and
 * a language without them would find its page less often. Each language writes its own questions, so only the
 * field's presence is compared, not the wording or the count.
 */
export function checkQuestionsParity(pages: readonly RawPage[]): ContentProblem[] {
  const has = (p: RawPage) =>
    Array.isArray((p.frontmatter as { questionsAnswered?: unknown } | null)?.questionsAnswered);
  const bySlug = new Map<string, RawPage[]>();
  for (const page of pages) {
    bySlug.set(page.slug, [...(bySlug.get(page.slug) ?? []), page]);
  }
  return [...bySlug.values()].flatMap((variants) => {
    const withQuestions = variants.filter(has);
    const example = withQuestions[0];
    if (!example) return [];
    return variants
      .filter((v) => !has(v))
      .map((v) => ({
        file: v.file,
        field: 'questionsAnswered',
        message: `is missing, but ${example.file} has it; every translation lists 3 to 8 everyday questions the page answers, in its own language`,
      }));
  });
}

/**
 * A lesson is one lesson in three languages: the same course number, the same number of quiz questions
 * and the same correct answers. A translator who reorders options would otherwise mark a wrong answer right.
 */
export function checkLessonParity(pages: readonly RawPage[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lessons = pages.filter((p) => kindOf(p) === 'lesson');
  for (const page of lessons) {
    if (page.locale === defaultLocale) continue;
    const source = lessons.find((p) => p.slug === page.slug && p.locale === defaultLocale);
    if (!source) continue;
    const fm = page.frontmatter as { lesson?: unknown; quiz?: unknown };
    const src = source.frontmatter as { lesson?: unknown; quiz?: unknown };
    if (typeof fm.lesson === 'number' && typeof src.lesson === 'number' && fm.lesson !== src.lesson) {
      problems.push({
        file: page.file,
        field: 'lesson',
        message: `is ${fm.lesson}, but ${source.file} says ${src.lesson}; a lesson has the same number in every language`,
      });
    }
    // The three languages teach the same law: the same acts and the same articles.
    const [mine, theirs] = [citationKey(page.frontmatter), citationKey(source.frontmatter)];
    if (mine !== theirs) {
      problems.push({
        file: page.file,
        field: 'sources',
        message: `cites "${mine}", but ${source.file} cites "${theirs}"; every language cites the same acts and articles`,
      });
    }
    if (!Array.isArray(fm.quiz) || !Array.isArray(src.quiz)) continue;
    if (fm.quiz.length !== src.quiz.length) {
      problems.push({
        file: page.file,
        field: 'quiz',
        message: `has ${fm.quiz.length} questions, but ${source.file} has ${src.quiz.length}; translate every question, in the same order`,
      });
      continue;
    }
    fm.quiz.forEach((q: unknown, i) => {
      const count = (x: unknown) => {
        const options = (x as { options?: unknown } | null)?.options;
        return Array.isArray(options) ? options.length : undefined;
      };
      const [own, other] = [count(q), count((src.quiz as unknown[])[i])];
      if (own !== other) {
        problems.push({
          file: page.file,
          field: `quiz.${i}.options`,
          message: `has ${own ?? 'no'} options, but ${source.file} has ${other ?? 'none'}; translate every option, in the same order`,
        });
      }
      const mine = JSON.stringify((q as { correct?: unknown } | null)?.correct);
      const theirs = JSON.stringify((src.quiz as { correct?: unknown }[])[i]?.correct);
      if (mine !== theirs) {
        problems.push({
          file: page.file,
          field: `quiz.${i}.correct`,
          message: `is ${mine}, but ${source.file} says ${theirs}; keep the options in the same order as in Russian`,
        });
      }
    });
  }
  return problems;
}

/** Two lessons of one language never share a course number (the rule in src/lib/content-rules.ts). */
export function checkLessonNumbers(pages: readonly RawPage[]): ContentProblem[] {
  return lessonNumberProblems(
    pages
      .filter((p) => kindOf(p) === 'lesson')
      .map((p) => ({ file: p.file, locale: p.locale, lesson: (p.frontmatter as { lesson?: unknown }).lesson })),
  );
}

/** Cross-references that zod cannot see: initiative slugs and glossary ids must exist. */
export function checkReferences(pages: readonly RawPage[], glossaryIds: ReadonlySet<string>): ContentProblem[] {
  const slugsOf = (list: readonly RawPage[]) =>
    new Set(
      list
        .map((p) => initiativeSlug(`${p.locale}/${p.slug}`))
        // On disk the section index is `initiatives/index`; it is not an initiative.
        .filter((s): s is string => Boolean(s) && s !== 'index'),
    );
  const initiatives = slugsOf(pages);
  // A published page cannot link to an initiative that exists only as a draft: the build leaves drafts out.
  const publishedInitiatives = slugsOf(pages.filter((p) => !isDraft(p)));
  const problems: ContentProblem[] = [];
  const listField = (page: RawPage, field: string): unknown[] => {
    const value = (page.frontmatter as Record<string, unknown> | null)?.[field];
    return Array.isArray(value) ? value : [];
  };
  problems.push(
    ...checkInitiativeReferences(
      pages.map((page) => ({ file: page.file, draft: isDraft(page), initiatives: listField(page, 'initiatives') })),
      initiatives,
      publishedInitiatives,
    ),
  );
  for (const page of pages) {
    listField(page, 'keyTerms').forEach((ref, i) => {
      if (typeof ref === 'string' && !glossaryIds.has(ref)) {
        problems.push({
          file: page.file,
          field: `keyTerms.${i}`,
          message: `"${ref}" is not a term id in content/glossary/terms.yaml${didYouMean(ref, glossaryIds)}`,
        });
      }
    });
  }
  return problems;
}

/** Starlight leaves `draft: true` pages out of production builds. */
export function isDraft(page: RawPage): boolean {
  return (page.frontmatter as { draft?: unknown } | null)?.draft === true;
}

// The marker as a placeholder; written as code (`FILL-IN`) it is a mention, e.g. on the contribute pages.
const placeholder = new RegExp(`(?<!\`)${FILL_IN}(?!\`)`);

/** 1-based numbers of the lines of `source` that hold a placeholder. */
function placeholderLines(source: string): number[] {
  return source.split(/\r?\n/).flatMap((line, i) => (placeholder.test(line) ? [i + 1] : []));
}

/**
 * A page made by `npm run new` is a draft full of FILL-IN markers. Publishing it (removing
 * `draft: true`) while a marker is left would put placeholder text on the site, so that is an error.
 */
export function checkUnfinished(page: RawPage, source: string): ContentProblem[] {
  if (isDraft(page)) return [];
  const all = source.split(/\r?\n/);
  const lines = placeholderLines(source);
  if (lines.length === 0) return [];
  const n = lines.length;
  const shown = n > 8 ? `${lines.slice(0, 8).join(', ')}, …` : lines.join(', ');
  // Quote the first few lines, so the editor sees what is left; template notes (# lines) are to be deleted.
  const quoted = lines.slice(0, 5).map((line) => {
    const text = (all[line - 1] ?? '').trim();
    const short = text.length > 90 ? `${text.slice(0, 89)}…` : text;
    return `\n      line ${line}: ${short}${text.startsWith('#') ? '   ← a note from the template: delete this line' : ''}`;
  });
  return [
    {
      file: page.file,
      field: '',
      message: `still contains ${n} "${FILL_IN}" placeholder${n === 1 ? '' : 's'} (line${n === 1 ? '' : 's'} ${shown}) but is not a draft; replace ${n === 1 ? 'it' : 'them all'}, or put back "draft: true" until the page is ready${quoted.join('')}`,
    },
  ];
}

/** `<KeyTerm id="...">` in a page body must name a glossary term (MDX comments are skipped). */
export function checkKeyTermTags(page: RawPage, source: string, glossaryIds: ReadonlySet<string>): ContentProblem[] {
  return checkComponentIds(page.file, keyTermTags(source), 'glossary', glossaryIds);
}

/** `<HelpContacts only={[...]}>` in a page body must name help lines of content/data/help-contacts.yaml. */
export function checkHelpContactTags(page: RawPage, source: string, helpIds: ReadonlySet<string>): ContentProblem[] {
  return checkComponentIds(page.file, helpContactsTags(source), 'helpContacts', helpIds);
}

const glossaryEntrySchema = z.object({ id: slugSchema }).and(glossaryTermSchema);

/** Every glossary entry has a unique kebab-case id and a term and definition in every locale. */
export function checkGlossary(entries: unknown, file: string): ContentProblem[] {
  if (!Array.isArray(entries)) {
    return [{ file, field: '', message: 'expected a list of terms, each starting with "- id: ..."' }];
  }
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  entries.forEach((entry: unknown, i) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' && id ? id : `term #${i + 1}`;
    const result = glossaryEntrySchema.safeParse(entry);
    if (!result.success) {
      problems.push(...problemsFromZod(file, result.error).map((p) => ({ ...p, field: `${label}.${p.field}` })));
    }
    if (typeof id === 'string' && seen.has(id)) {
      problems.push({ file, field: `${label}.id`, message: `"${id}" is used by another term; ids must be unique` });
    }
    if (typeof id === 'string') seen.add(id);
  });
  return problems;
}

/** `reviewed: true` and a `review` record go together: the notice never claims a review nobody recorded. */
export function checkReviewRecord(page: RawPage): ContentProblem[] {
  if (kindOf(page) !== 'lesson') return [];
  const fm = page.frontmatter as { reviewed?: unknown; review?: unknown };
  if (fm.reviewed === true && fm.review === undefined) {
    return [
      {
        file: page.file,
        field: 'review',
        message:
          'is missing; a reviewed lesson records who reviewed it, when and which text: review: { by: ..., role: ..., on: YYYY-MM-DD, fingerprint: <from the signed review sheet> }',
      },
    ];
  }
  if (fm.reviewed === false && fm.review !== undefined) {
    return [
      {
        file: page.file,
        field: 'reviewed',
        message: 'is false, but the lesson has a review record; set reviewed: true',
      },
    ];
  }
  return [];
}

/** A search lexicon (content/search/<locale>.json): its problems, each naming the file and the field. */
export function checkSearchLexicon(data: unknown, file: string): ContentProblem[] {
  const result = searchLexiconSchema.safeParse(data);
  return result.success ? [] : problemsFromZod(file, result.error);
}
