// One built page of every kind: what the Lighthouse gate measures. Kinds are derived from the built paths
// (the locale and the page's own slug abstracted away), so a new kind of page is measured the day it is built.
import { isLocale, localeCodes as locales, localePathPattern } from '../../src/config/locales.ts';
import { sectionKinds } from '../../src/config/page-kinds.ts';
import { builtPaths, isRedirect } from './dist-pages.ts';

/** `/ru/lessons/cyberbullying/present/` → `/*\/lessons/*\/present/`; `/ru/about/` stays a kind of its own. */
export function pageKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  const [first, ...rest] = parts;
  const locale = first && isLocale(first) ? '*' : first;
  // A section's own pages (lessons/x, initiatives/y, council/z, l/n) are one kind; its index and fixed pages
  // (lessons/booklet, contribute/translations) differ from them only by name, so those are told apart by
  // whether other pages share the prefix: handled by the caller through `fixedPages`.
  return `/${[locale, ...rest].join('/')}/`;
}

/**
 * Groups built pages by kind: pages that differ only in locale, or only in the slug of a section page
 * (a lesson, an initiative, a session, a short link), are one kind. Returns one path per kind, rotating
 * through the locales so that each locale is measured.
 */
export function pagesOfEveryKind(dist: string): string[] {
  // Redirects (localised short links, moved pages) forward at once to a page measured in its own kind.
  const paths = builtPaths(dist).filter((p) => !isRedirect(p, dist));
  // Sections whose pages share one template: a slug segment right after them is abstracted.
  const sections = [...sectionKinds.map((k) => k.section), 'l'];
  const templated = new RegExp(`${localePathPattern.source}(${sections.join('|')})/[^/]+/`);
  const fixed = new Set(['booklet', 'answer-key', 'plan']);
  const kinds = new Map<string, string[]>();
  for (const path of paths.sort()) {
    let kind = pageKind(path);
    const m = templated.exec(path);
    const slug = path.split('/')[3] ?? '';
    if (m && !fixed.has(slug)) kind = kind.replace(`/${m[2]}/${slug}/`, `/${m[2]}/*/`);
    if (/^\/l\/\d+\/$/.test(path)) kind = '/l/*/';
    kinds.set(kind, [...(kinds.get(kind) ?? []), path]);
  }
  return [...kinds.values()].map((group, i) => {
    const locale = locales[i % locales.length];
    return group.find((p) => p.startsWith(`/${locale}/`)) ?? group[0] ?? '/';
  });
}
