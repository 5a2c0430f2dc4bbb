import { defaultLocale, isLocale, type Locale } from '../config/locales.ts';

/**
 * A page's locale as the platform gives it: `pageLocale(Astro.currentLocale)` (Astro computes it from the i18n
 * config Starlight derives from src/config/locales.ts). Pages outside the language tree (`/`, `/l/<n>/`) have the
 * default locale, as Starlight's own strings do there.
 */
export function pageLocale(current: string | undefined): Locale {
  return current && isLocale(current) ? current : defaultLocale;
}

/** The locale of a bare URL path, where there is no page to ask (`/kk/lessons/x/` → `kk`). */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  return isLocale(first) ? first : defaultLocale;
}

/** A site path in a locale: `localePath('kk', 'glossary/')` → `/kk/glossary/`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return `/${locale}/${clean}`;
}
