import { z } from 'astro/zod';
import { localeCodes, defaultLocale, type Locale } from '../config/locales.ts';
import { pageFrontmatterSchema } from '../schemas/frontmatter.ts';
import { problemsFromZod, type ContentProblem } from './content-errors.ts';

/** A docs page as read from disk: where it is and its raw frontmatter. */
export interface RawPage {
  /** Path shown to editors, e.g. `content/docs/kk/lessons/cyberbullying.mdx`. */
  file: string;
  locale: string;
  /** Slug without locale and extension: `lessons/cyberbullying`, `index`, `lessons/index`. */
  slug: string;
  frontmatter: unknown;
}

// Starlight's own required fields, checked here too so an editor gets the same friendly message.
const starlightRequired = z.object({ title: z.string().trim().min(1, 'must not be empty') });

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
 * Every page exists in every locale with the same slug and kind, unless a present translation
 * lists the missing locale in `awaitingTranslation` (Starlight then shows that page with a notice).
 */
export function checkParity(pages: readonly RawPage[], locales: readonly Locale[] = localeCodes): ContentProblem[] {
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
    const kinds = new Set(variants.map(kindOf));
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

/** Cross-references that zod cannot see: initiative slugs and glossary ids must exist. */
export function checkReferences(pages: readonly RawPage[], glossaryIds: ReadonlySet<string>): ContentProblem[] {
  const initiatives = new Set(
    pages
      .map((p) => /^initiatives\/([^/]+)$/.exec(p.slug)?.[1])
      .filter((s): s is string => Boolean(s) && s !== 'index'),
  );
  const problems: ContentProblem[] = [];
  const listField = (page: RawPage, field: string): unknown[] => {
    const value = (page.frontmatter as Record<string, unknown> | null)?.[field];
    return Array.isArray(value) ? value : [];
  };
  for (const page of pages) {
    listField(page, 'initiatives').forEach((ref, i) => {
      if (typeof ref === 'string' && !initiatives.has(ref)) {
        problems.push({
          file: page.file,
          field: `initiatives.${i}`,
          message: `"${ref}" is not an initiative page (known: ${[...initiatives].sort().join(', ')})`,
        });
      }
    });
    listField(page, 'keyTerms').forEach((ref, i) => {
      if (typeof ref === 'string' && !glossaryIds.has(ref)) {
        problems.push({
          file: page.file,
          field: `keyTerms.${i}`,
          message: `"${ref}" is not a term id in content/glossary/terms.yaml`,
        });
      }
    });
  }
  return problems;
}
