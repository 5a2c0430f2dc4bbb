import type { Locale } from '../config/locales.ts';
import { checkInitiativeReferences, failOnProblems } from './content-rules.ts';

/** The minimal shape of a docs entry this module needs (keeps it free of Astro imports). */
export interface DocLike<D = Record<string, unknown>> {
  id: string;
  filePath?: string;
  data: D & { kind: string; title: string };
}

/** `ru/lessons/cyberbullying` → `{ locale: 'ru', slug: 'lessons/cyberbullying' }`. */
export function splitId(id: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = id.split('/');
  return { locale, slug: rest.join('/') };
}

/**
 * A page's address from its collection id (`ru/lessons/cyber-safety` → `/ru/lessons/cyber-safety/`); with `asLocale`,
 * its address in that language (where a language without its own page serves its fallback's, Starlight's rule).
 */
export function hrefOf(id: string, asLocale?: string): string {
  const { locale, slug } = splitId(id.replace(/(^|\/)index$/, ''));
  const prefix = asLocale ?? locale;
  return slug ? `/${prefix}/${slug}/` : `/${prefix}/`;
}

export function inLocale<T extends DocLike>(entries: readonly T[], locale: Locale): T[] {
  return entries.filter((e) => splitId(e.id).locale === locale);
}

export function ofKind<K extends string, T extends DocLike>(entries: readonly T[], kind: K) {
  return entries.filter((e) => e.data.kind === kind) as (T & { data: { kind: K } })[];
}

/**
 * The entry's data narrowed to one kind, for components that only make sense on that kind of page;
 * a component placed on the wrong page fails the build naming the file instead of rendering nonsense.
 */
export function dataOfKind<K extends string, D extends { kind: string }>(
  entry: { filePath?: string | undefined; data: D },
  kind: K,
  component: string,
): Extract<D, { kind: K }> {
  if (entry.data.kind !== kind) {
    throw new Error(`${entry.filePath ?? 'a page'}: <${component} /> is only for pages with kind: ${kind}`);
  }
  return entry.data as Extract<D, { kind: K }>;
}

/** The initiative slug (`initiatives/kiberpol` → `kiberpol`), or undefined for other pages. */
export function initiativeSlug(id: string): string | undefined {
  const { slug } = splitId(id);
  const match = /^initiatives\/([^/]+)$/.exec(slug);
  return match?.[1];
}

/**
 * Resolves session → initiative references against the initiative pages that exist. Fails the build on an unknown
 * slug with the content check's own rule and words (file and field), so a back-link never points nowhere.
 */
export function sessionsByInitiative<S extends DocLike<{ initiatives: string[] }>>(
  sessions: readonly S[],
  initiativeSlugs: ReadonlySet<string>,
): Map<string, S[]> {
  failOnProblems(
    'Council sessions name initiatives that have no page',
    checkInitiativeReferences(
      sessions.map((s) => ({ file: s.filePath ?? s.id, draft: false, initiatives: s.data.initiatives })),
      initiativeSlugs,
    ),
  );
  const map = new Map<string, S[]>();
  for (const session of sessions) {
    for (const ref of session.data.initiatives) map.set(ref, [...(map.get(ref) ?? []), session]);
  }
  return map;
}

/** Newest first; sessions without a published date go last, in slug order. */
export function sortSessions<S extends DocLike<{ date: Date | null }>>(sessions: readonly S[]): S[] {
  return [...sessions].sort((a, b) => {
    const ta = a.data.date?.getTime() ?? -Infinity;
    const tb = b.data.date?.getTime() ?? -Infinity;
    return tb - ta || a.id.localeCompare(b.id);
  });
}
