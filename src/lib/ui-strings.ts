import en from '../../content/i18n/en.json' with { type: 'json' };
import kk from '../../content/i18n/kk.json' with { type: 'json' };
import ru from '../../content/i18n/ru.json' with { type: 'json' };
import { defaultLocale, localized, isLocale, perLocale, type Locale } from '../config/locales.ts';
import { format } from './format-template.ts';

/*
 * Components read UI strings with Starlight's `Astro.locals.t(key)` (the page's own locale). These plain lookups are
 * for where there is no Astro page locale (astro.config.mjs, src/config, tools/, tests) or where a component must
 * show a locale other than the page's own (the language picker at `/` lists all three).
 */

/**
 * The site's UI dictionaries: the files of content/i18n (the only place UI strings live). A language of the
 * site model with no file of its own reads its fallback's (src/config/locales.ts).
 */
const files: Partial<Record<Locale, typeof ru>> = { kk, ru, en };
export const dictionaries = perLocale((l) => localized(files, l));

export type UiKey = keyof typeof ru;

/** A string in every locale, for config that takes `{ [locale]: label }` records. */
export function allLocales(key: UiKey): Record<Locale, string> {
  return perLocale((l) => dictionaries[l][key]);
}

/** Looks up a UI string in a given locale, filling `{{name}}` placeholders; unknown locales use the source locale. */
export function ui(locale: string | undefined, key: UiKey, values: Record<string, string | number> = {}): string {
  const dict = dictionaries[locale && isLocale(locale) ? locale : defaultLocale];
  return format(dict[key], values);
}

/**
 * Placeholder values for `Astro.locals.t(key, vars({ name: value }))`. i18next HTML-escapes values by default and
 * Astro escapes the whole string again when it renders it, so a title with `&` or `/` would show as `&amp;amp;`:
 * this turns i18next's escaping off, Astro's stays. (Starlight's own components do the same.)
 */
export function vars<T extends Record<string, string | number>>(
  values: T,
): T & { interpolation: { escapeValue: false } } {
  return { ...values, interpolation: { escapeValue: false } };
}
