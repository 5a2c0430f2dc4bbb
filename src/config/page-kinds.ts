import type { z } from 'astro/zod';
import type { UiKey } from '../lib/ui-strings.ts';
import { councilSessionSchema } from '../schemas/council-session.ts';
import { initiativeSchema } from '../schemas/initiative.ts';
import { lessonSchema } from '../schemas/lesson.ts';
import { plainPageSchema } from '../schemas/page.ts';

/**
 * The components that frame a page of a kind (src/components/page-kind-components.ts maps each name to its
 * component, given the page's entry). Names, not components: this model is read by Node tools too, which cannot
 * load .astro files.
 */
export type KindComponent = 'InitiativeFacts' | 'LessonMeta' | 'LessonPrintCard' | 'LessonSources' | 'SessionMeta';

/** What the site knows about one kind of page (the `kind` a page's frontmatter declares). */
export interface PageKindSpec {
  /** The frontmatter schema of the kind (one schema may serve several plain kinds). */
  schema: z.ZodObject;
  /** The directory under content/docs/<locale>/ its pages live in, which is also its sidebar topic. */
  section?: string;
  /** The word `npm run new -- <word> <slug>` scaffolds it with (tools/lib/scaffold.ts holds the templates). */
  scaffold?: string;
  /** The UI string naming the kind (search results' filter and labels). */
  label: UiKey;
  /** Shown above the page's text (its facts from frontmatter), in this order. */
  before?: readonly KindComponent[];
  /** Shown below the page's text, in this order. */
  after?: readonly KindComponent[];
}

/**
 * Every kind of page, defined once. The frontmatter schema, the search filter's labels, the scaffold's kinds and
 * directories, the Lighthouse gate's page grouping and the components around a page's text are read from here. A new kind is one entry (and its schema).
 */
export const pageKinds = {
  initiative: {
    schema: initiativeSchema,
    section: 'initiatives',
    scaffold: 'initiative',
    label: 'kind.initiative',
    before: ['InitiativeFacts'],
  },
  lesson: {
    schema: lessonSchema,
    section: 'lessons',
    scaffold: 'lesson',
    label: 'kind.lesson',
    before: ['LessonMeta'],
    after: ['LessonSources', 'LessonPrintCard'],
  },
  'council-session': {
    schema: councilSessionSchema,
    section: 'council',
    scaffold: 'council',
    label: 'kind.council-session',
    before: ['SessionMeta'],
  },
  page: { schema: plainPageSchema, label: 'kind.page' },
  glossary: { schema: plainPageSchema, section: 'glossary', label: 'kind.glossary' },
} as const satisfies Record<string, PageKindSpec>;

export type PageKindName = keyof typeof pageKinds;

export const pageKindNames = Object.keys(pageKinds) as PageKindName[];

/** Kinds whose pages are many pages of one template in their own section (lessons/<slug>, …). */
export const sectionKinds = pageKindNames.flatMap((kind) => {
  const spec: PageKindSpec = pageKinds[kind];
  return spec.section && spec.scaffold ? [{ kind, section: spec.section, scaffold: spec.scaffold }] : [];
});
