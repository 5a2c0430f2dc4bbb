import { defaultLocale, localeCodes, type Locale } from '../config/locales.ts';

/**
 * - `source`: the page in the source locale (Russian), which translations are measured against;
 * - `up-to-date`: the translation was last committed at or after the source;
 * - `outdated`: the source changed after the translation's last commit;
 * - `awaiting`: no translation yet, and a variant lists the locale in `awaitingTranslation`; or the
 *   translation is still a draft of a published page (readers see the source page meanwhile);
 * - `missing`: no translation and no flag (the content check and the build fail on this);
 * - `unknown`: the translation exists but cannot be compared (no git date, or no source page).
 */
export type TranslationState = 'source' | 'up-to-date' | 'outdated' | 'awaiting' | 'missing' | 'unknown';

export const translationStates: readonly TranslationState[] = [
  'source',
  'up-to-date',
  'outdated',
  'awaiting',
  'missing',
  'unknown',
];

/** One file of one page in one locale. */
export interface PageFile {
  locale: string;
  /** Slug without locale: `lessons/cyberbullying`; `''` for the locale's home page. */
  slug: string;
  /** Path shown to editors, e.g. `content/docs/ru/lessons/index.mdx`. */
  file?: string;
  title?: string;
  awaitingTranslation: readonly string[];
  /** `draft: true`: left out of the published site. */
  draft?: boolean;
  /** Unix seconds of the file's last commit, or null when unknown (new file, no or shallow git history). */
  lastCommit: number | null;
}

export interface TranslationCell {
  state: TranslationState;
  lastCommit: number | null;
  /** The file, or where a missing translation belongs. */
  file?: string;
}

export interface TranslationRow {
  slug: string;
  /** The page as a whole is unpublished: its source (or, without one, every variant) is a draft. */
  draft: boolean;
  /** Title per locale where the page exists. */
  titles: Partial<Record<Locale, string>>;
  cells: Record<Locale, TranslationCell>;
}

export interface StatusOptions {
  locales?: readonly Locale[];
  sourceLocale?: Locale;
}

/** The state of every page in every locale, sorted by slug. */
export function translationStatus(files: readonly PageFile[], options: StatusOptions = {}): TranslationRow[] {
  const locales = options.locales ?? localeCodes;
  const sourceLocale = options.sourceLocale ?? defaultLocale;
  const bySlug = new Map<string, PageFile[]>();
  for (const file of files) bySlug.set(file.slug, [...(bySlug.get(file.slug) ?? []), file]);

  return [...bySlug.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([slug, variants]) => {
      const flagged = new Set(variants.flatMap((v) => v.awaitingTranslation));
      const source = variants.find((v) => v.locale === sourceLocale);
      const cell = (locale: Locale): TranslationCell => {
        const file = variants.find((v) => v.locale === locale);
        if (!file) {
          const sibling = variants.find((v) => v.file);
          const path = sibling?.file?.replace(`/${sibling.locale}/`, `/${locale}/`);
          return {
            state: flagged.has(locale) ? 'awaiting' : 'missing',
            lastCommit: null,
            ...(path ? { file: path } : {}),
          };
        }
        const { lastCommit } = file;
        const at = { lastCommit, ...(file.file ? { file: file.file } : {}) };
        if (locale === sourceLocale) return { state: 'source', ...at };
        if (file.draft && source && !source.draft) return { state: 'awaiting', ...at };
        if (!source || source.lastCommit === null || lastCommit === null) return { state: 'unknown', ...at };
        return { state: lastCommit < source.lastCommit ? 'outdated' : 'up-to-date', ...at };
      };
      const titles: Partial<Record<Locale, string>> = {};
      for (const v of variants)
        if (v.title && (locales as string[]).includes(v.locale)) titles[v.locale as Locale] = v.title;
      return {
        slug,
        draft: source ? Boolean(source.draft) : variants.every((v) => v.draft),
        titles,
        cells: Object.fromEntries(locales.map((l) => [l, cell(l)])) as Record<Locale, TranslationCell>,
      };
    });
}

/** How many cells are in each state. */
export function countStates(rows: readonly TranslationRow[]): Record<TranslationState, number> {
  const counts = Object.fromEntries(translationStates.map((s) => [s, 0])) as Record<TranslationState, number>;
  for (const row of rows) for (const cell of Object.values(row.cells)) counts[cell.state] += 1;
  return counts;
}

/** Cells in a given state, as `{ slug, locale }`. */
export function cellsIn(rows: readonly TranslationRow[], state: TranslationState): { slug: string; locale: Locale }[] {
  return rows.flatMap((row) =>
    (Object.entries(row.cells) as [Locale, TranslationCell][])
      .filter(([, cell]) => cell.state === state)
      .map(([locale]) => ({ slug: row.slug, locale })),
  );
}

/** Whether any git date was known: without history every comparison is `unknown`. */
export function hasDates(files: readonly PageFile[]): boolean {
  return files.some((f) => f.lastCommit !== null);
}

/** `2025-03-14`, the day in Kazakhstan (the site's time zone, as on council pages), or null. */
export function isoDay(seconds: number | null): string | null {
  if (seconds === null) return null;
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(seconds * 1000));
}
