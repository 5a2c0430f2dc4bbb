/** One source of truth for the site's languages. Order is the order shown to readers. */
export const locales = {
  kk: { label: 'Қазақша', lang: 'kk' },
  ru: { label: 'Русский', lang: 'ru' },
  en: { label: 'English', lang: 'en' },
} as const satisfies Record<string, { label: string; lang: string }>;

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
