import { defaultLocale, isLocale, type Locale } from '../config/locales.ts';

/** The locale a URL path belongs to (`/kk/lessons/x/` → `kk`). */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  return isLocale(first) ? first : defaultLocale;
}

/** A site path in a locale: `localePath('kk', 'glossary/')` → `/kk/glossary/`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return `/${locale}/${clean}`;
}
