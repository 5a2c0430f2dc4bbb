import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, localeCodes, locales, type Language, type Locale } from '../config/locales.ts';
import { failOnProblems, lessonNumberProblems } from '../lib/content-rules.ts';
import {
  hrefOf,
  initiativeSlug,
  inLocale,
  splitId,
  ofKind,
  sessionsByInitiative,
  sortSessions,
} from '../lib/content-index.ts';

/**
 * The pages that are published: Starlight leaves `draft: true` pages out of production builds
 * (the same rule as its routing), so section lists, short links and feeds must leave them out too.
 */
export async function publishedDocs() {
  return getCollection('docs', ({ data }) => import.meta.env.MODE !== 'production' || data.draft !== true);
}

/**
 * Build-time queries over the docs collection, shared by the section components: a language's pages, and for a
 * language with a `fallback` in the site model, its fallback's pages where it has none of its own (Starlight serves
 * those at the language's addresses; link to them with `hrefOf(id, locale)`).
 */
export async function localeDocs(locale: Locale): Promise<Awaited<ReturnType<typeof publishedDocs>>> {
  const own = inLocale(await publishedDocs(), locale);
  const fallback = (locales[locale] as Language).fallback;
  if (!fallback || !isLocale(fallback) || fallback === locale) return own;
  const slugs = new Set(own.map((e) => splitId(e.id).slug));
  return [...own, ...(await localeDocs(fallback)).filter((e) => !slugs.has(splitId(e.id).slug))];
}

export async function initiativesIn(locale: Locale) {
  return ofKind(await localeDocs(locale), 'initiative').sort((a, b) =>
    a.data.title.localeCompare(b.data.title, locale),
  );
}

export async function sessionsIn(locale: Locale) {
  return sortSessions(ofKind(await localeDocs(locale), 'council-session'));
}

export async function lessonsIn(locale: Locale) {
  return ofKind(await localeDocs(locale), 'lesson').sort((a, b) => a.data.lesson - b.data.lesson);
}

/** Every language's lessons, each with its locale: the routes built once per lesson per language. */
export async function lessonsInEveryLocale() {
  const all = [];
  for (const locale of localeCodes) all.push(...(await lessonsIn(locale)).map((lesson) => ({ locale, lesson })));
  // The content check's rule, again at build time: two lessons with one number would build one short link twice.
  failOnProblems(
    'Lessons that share a course number',
    lessonNumberProblems(
      all.map(({ locale, lesson }) => ({ file: lesson.filePath ?? lesson.id, locale, lesson: lesson.data.lesson })),
    ),
  );
  return all;
}

/** Back-links computed from the sessions' `initiatives` field: the only place they are kept. */
export async function sessionsPresenting(locale: Locale) {
  const all = await publishedDocs();
  // Validate against initiatives in any locale, so a session in one locale cannot point to a page that exists nowhere.
  const known = new Set(all.map((e) => initiativeSlug(e.id)).filter((s): s is string => Boolean(s)));
  return sessionsByInitiative(await sessionsIn(locale), known);
}

export { hrefOf };

/**
 * The docs entry written in `file` (its `filePath`): how a lesson's own components (Quiz, TeacherNotes) get their
 * lesson wherever its MDX is rendered. The file is written into each component's props when the MDX is compiled
 * (src/integrations/lesson-mdx.ts), so the lesson page, the projector and the booklet all pass it the same way.
 */
export async function entryOfFile(file: string | undefined, component: string): Promise<CollectionEntry<'docs'>> {
  const [entry] = file === undefined ? [] : await getCollection('docs', (e) => e.filePath === file);
  if (!entry) {
    throw new Error(
      `<${component}> has no page: its \`file\` prop is ${JSON.stringify(file)}, not a file of the docs collection ` +
        '(the prop is added when a page in content/docs is compiled, by src/integrations/lesson-mdx.ts)',
    );
  }
  return entry;
}

/** The registry of legal acts (content/data/legal-acts.yaml), by id. */
export async function legalActsById() {
  return new Map((await getCollection('legalActs')).map((e) => [e.id, e.data]));
}
