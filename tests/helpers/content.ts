// The content as tests see it: every docs page with its frontmatter, read the way editors write it, so
// expectations (counts, slugs, orders, dates) follow the content instead of being pinned in the tests.
import { globSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { localeCodes } from '../../src/config/locales.ts';
import { readFrontmatter } from '../../src/server/frontmatter.ts';

export const locales = localeCodes;

export interface DocPage {
  locale: string;
  /** `lessons/cyberbullying`, `index`, `lessons/index`. */
  slug: string;
  /** The published path, `/ru/lessons/cyberbullying/`. */
  path: string;
  data: Record<string, unknown>;
}

export function docsPages(root = 'content/docs'): DocPage[] {
  return globSync('*/**/*.{md,mdx}', { cwd: root })
    .map((file) => {
      const [locale = '', ...rest] = file.split('/');
      const slug = rest.join('/').replace(/\.mdx?$/, '');
      // The project's one frontmatter reader (js-yaml reads dates as Date objects; the schemas coerce the same way).
      const { data } = readFrontmatter(readFileSync(`${root}/${file}`, 'utf8'));
      const route = slug.replace(/(^|\/)index$/, '');
      return { locale, slug, path: route ? `/${locale}/${route}/` : `/${locale}/`, data };
    })
    .filter((p) => p.data.draft !== true)
    .sort((a, b) => a.path.localeCompare(b.path));
}

export const ofKind = (kind: string, locale = 'ru') =>
  docsPages().filter((p) => p.locale === locale && p.data.kind === kind);

/** Lessons of a locale in course order. */
export const lessons = (locale = 'ru') =>
  ofKind('lesson', locale).sort((a, b) => Number(a.data.lesson) - Number(b.data.lesson));

export const legalActs = () =>
  yaml.load(readFileSync('content/data/legal-acts.yaml', 'utf8')) as {
    id: string;
    adilet: string;
    status: string;
    replacedBy?: string;
    note?: Record<string, string>;
    confirmedBy?: string;
    confirmationUrl?: string;
    /** js-yaml reads a YYYY-MM-DD value as a Date. */
    checkedOn: Date | 'pending';
  }[];

/** The course's lessons in a locale, from content/docs (number, slug, topic): tests never pin the count. */
export function courseLessons(locale: string): { lesson: number; slug: string; topic: string }[] {
  return lessons(locale).map((p) => ({
    lesson: Number(p.data.lesson),
    slug: p.slug.replace(/^lessons\//, ''),
    topic: String(p.data.topic),
  }));
}
