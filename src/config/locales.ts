/** One source of truth for the site's languages. Order is the order shown to readers. */
export const locales = {
  kk: {
    label: 'Қазақша',
    lang: 'kk',
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
    lang: 'ru',
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
    lang: 'en',
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
} as const satisfies Record<string, { label: string; lang: string; date: DateNames }>;

/** How a language writes a calendar day: twelve month names (in the form a date uses) and the order of the parts. */
export interface DateNames {
  months: readonly string[];
  pattern: string;
}

export type Locale = keyof typeof locales;

export const localeCodes = Object.keys(locales) as Locale[];

/**
 * Russian is the source locale: the seed document and the office's drafts are Russian,
 * so translations are measured against it and it is the fallback for a page awaiting translation.
 */
export const defaultLocale: Locale = 'ru';

export function isLocale(value: string): value is Locale {
  return (localeCodes as string[]).includes(value);
}
