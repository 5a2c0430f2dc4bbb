import en from '../../content/i18n/en.json' with { type: 'json' };
import kk from '../../content/i18n/kk.json' with { type: 'json' };
import ru from '../../content/i18n/ru.json' with { type: 'json' };
import { defaultLocale, isLocale, type Locale } from '../config/locales.ts';
import { format } from './format-template.ts';

/** The site's UI dictionaries, read from content/i18n (the only place UI strings live). */
export const dictionaries = { kk, ru, en } as const satisfies Record<Locale, Record<string, string>>;

export type UiKey = keyof typeof ru;

/** A string in every locale, for config that takes `{ [locale]: label }` records. */
export function allLocales(key: UiKey): Record<Locale, string> {
  return { kk: dictionaries.kk[key], ru: dictionaries.ru[key], en: dictionaries.en[key] };
}

/** Looks up a UI string for a page's locale; unknown locales use the source locale. */
export function ui(locale: string | undefined, key: UiKey, vars: Record<string, string | number> = {}): string {
  const dict = dictionaries[locale && isLocale(locale) ? locale : defaultLocale];
  return format(dict[key], vars);
}
