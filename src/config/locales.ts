/**
 * The site's languages, defined once: everything else (Astro and Starlight config, schemas of data that carries
 * every language, the service worker, tools, tests) is derived from this table. Order is the order shown to readers.
 * Adding a language is one entry here (plus its content/i18n/<code>.json when it has its own UI strings).
 */
export const locales = {
  kk: {
    label: 'Қазақша',
    name: 'Kazakh',
    lang: 'kk',
    dir: 'ltr',
    pagefind: 'kk',
    adilet: 'kaz',
    // Browsers' Kazakh date data is often missing ("2026 M12 4"), so the site names its months itself.
    date: {
      months: [
        'қаңтар',
        'ақпан',
        'наурыз',
        'сәуір',
        'мамыр',
        'маусым',
        'шілде',
        'тамыз',
        'қыркүйек',
        'қазан',
        'қараша',
        'желтоқсан',
      ],
      pattern: '{{year}} жылғы {{day}} {{month}}',
    },
  },
  ru: {
    label: 'Русский',
    name: 'Russian',
    lang: 'ru',
    dir: 'ltr',
    pagefind: 'ru',
    adilet: 'rus',
    // Genitive months and "года" in full: "г." before a sentence's full stop printed "2026 г..".
    date: {
      months: [
        'января',
        'февраля',
        'марта',
        'апреля',
        'мая',
        'июня',
        'июля',
        'августа',
        'сентября',
        'октября',
        'ноября',
        'декабря',
      ],
      pattern: '{{day}} {{month}} {{year}} года',
    },
  },
  en: {
    label: 'English',
    name: 'English',
    lang: 'en',
    dir: 'ltr',
    pagefind: 'en',
    adilet: 'eng',
    date: {
      months: [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ],
      pattern: '{{day}} {{month}} {{year}}',
    },
  },
} as const satisfies Record<string, Language>;

/** One language of the site. */
export interface Language {
  /** Its own name, as the language picker shows it. */
  label: string;
  /** Its name in English, for messages to editors and developers ("the title in Kazakh"). */
  name: string;
  /** BCP 47 tag for `<html lang>`, hreflang and Pagefind. */
  lang: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** The language Pagefind indexes its pages under (Pagefind reads it from `<html lang>`). */
  pagefind: string;
  /** The language segment of adilet.zan.kz addresses (the official legal database has kaz, rus and eng). */
  adilet?: string;
  date: DateNames;
  /**
   * A language that has no text of its own yet borrows it from this one: UI strings and the per-language entries
   * of data (glossary, help lines, legal-act titles) may be left out for it. A language without `fallback` must
   * have every entry. (Pages awaiting translation always fall back to the default locale, Starlight's rule.)
   */
  fallback?: string;
}

/** How a language writes a calendar day: twelve month names (in the form a date uses) and the order of the parts. */
export interface DateNames {
  months: readonly string[];
  pattern: string;
}

export type Locale = keyof typeof locales;

export const localeCodes = Object.keys(locales) as Locale[];

/** The first language of the picker: pages with no language of their own (`/`, `/l/<n>/`) are marked as it. */
export const firstLocale = localeCodes[0] as Locale;

/**
 * Russian is the source locale: the seed document and the office's drafts are Russian,
 * so translations are measured against it and it is the fallback for a page awaiting translation.
 */
export const defaultLocale: Locale = 'ru';

export function isLocale(value: string): value is Locale {
  return (localeCodes as string[]).includes(value);
}

const language = (locale: Locale): Language => locales[locale];

/** The languages that must carry every entry of per-language data (no `fallback` to borrow from). */
export const completeLocales = localeCodes.filter((l) => language(l).fallback === undefined);

/** Where a language's missing entries come from: itself, then its fallback chain, then the default locale. */
export function fallbackChain(locale: Locale): Locale[] {
  const chain: Locale[] = [];
  for (let l: string | undefined = locale; l && isLocale(l) && !chain.includes(l); l = language(l).fallback)
    chain.push(l);
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}

/** The entry of a per-language record for `locale`, or its fallback's when the language has none of its own. */
export function localized<T>(record: Partial<Record<Locale, T>>, locale: Locale): T {
  for (const l of fallbackChain(locale)) {
    const value = record[l];
    if (value !== undefined) return value;
  }
  throw new Error(`no entry for ${locale} or its fallbacks (${fallbackChain(locale).join(', ')})`);
}

/** Starlight's `locales` option, read from the table. */
export const starlightLocales = Object.fromEntries(
  localeCodes.map((l) => [l, { label: language(l).label, lang: language(l).lang, dir: language(l).dir }]),
);

/** Matches a site path that begins with a language (`/kk/…`); group 1 is the code. */
export const localePathPattern = new RegExp(`^/(${localeCodes.join('|')})/`);

/** A record with one value per language, computed from the code: `perLocale((l) => \`/\${l}/\`)`. */
export function perLocale<T>(value: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(localeCodes.map((l) => [l, value(l)])) as Record<Locale, T>;
}
