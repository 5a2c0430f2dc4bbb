import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, locales, type Locale } from '../config/locales.ts';
// ui(): a plain .ts endpoint builds JSON from its `locale` param, not a page rendered with Astro.locals.t.
import { ui } from '../lib/ui-strings.ts';
import { ICON_SIZES } from './icon.png.ts';

export const THEME_COLOR = '#0b3d6b';

export const getStaticPaths = (() => localeCodes.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/** One installable app per locale: it opens at that locale's home. */
export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  const manifest = {
    name: ui(locale, 'site.title'),
    short_name: ui(locale, 'app.shortName'),
    description: ui(locale, 'site.description'),
    lang: locales[locale].lang,
    start_url: `/${locale}/`,
    scope: '/',
    id: `/${locale}/`,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...ICON_SIZES.map((size) => ({
        src: `/icons/${size}.png`,
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any maskable',
      })),
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
