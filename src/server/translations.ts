// The translation state of every page, from the published content and git: one computation shared by the
// translation-status page and the notice on an outdated translation, so the two never disagree.
import { getCollection } from 'astro:content';
import { splitId } from '../lib/content-index.ts';
import { translationStatus, type PageFile, type TranslationRow } from '../lib/translation-status.ts';
import { lastCommitTime } from './git-dates.ts';

/** Every docs page (drafts too: a draft translation of a published page counts as awaiting) with its git date. */
export async function translationFiles(): Promise<PageFile[]> {
  return (await getCollection('docs')).map((entry) => {
    const { locale, slug } = splitId(entry.id);
    return {
      locale,
      slug,
      title: entry.data.title,
      awaitingTranslation: entry.data.awaitingTranslation,
      draft: entry.data.draft,
      lastCommit: entry.filePath ? lastCommitTime(entry.filePath, process.cwd()) : null,
    };
  });
}

// Once per build: every page asks, and the answer cannot change while the site is being built.
let rows: Promise<TranslationRow[]> | undefined;

/** The report's rows (see translationStatus); computed once per build, fresh on every request in dev. */
export function translationRows(): Promise<TranslationRow[]> {
  if (!import.meta.env.PROD) return translationFiles().then((files) => translationStatus(files));
  rows ??= translationFiles().then((files) => translationStatus(files));
  return rows;
}

/** The row of one page (`en/lessons/public-order`), or undefined for a page the report does not list. */
export async function translationRowOf(id: string): Promise<TranslationRow | undefined> {
  const { slug } = splitId(id);
  return (await translationRows()).find((row) => row.slug === slug);
}
