import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, type Locale } from '../config/locales.ts';
import { hrefOf, sessionsIn } from '../server/site-data.ts';
// ui(): a plain .ts endpoint builds XML from its `locale` param, not a page rendered with Astro.locals.t.
import { ui } from '../lib/ui-strings.ts';

export const getStaticPaths = (() => localeCodes.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/** One feed of council session summaries per locale, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const sessions = await sessionsIn(locale);
  return rss({
    title: `${ui(locale, 'site.title')} — ${ui(locale, 'nav.council')}`,
    description: ui(locale, 'council.feedDescription'),
    site: site ?? 'http://localhost:4321',
    customData: `<language>${locale}</language>`,
    items: sessions.map((s) => ({
      title: s.data.title,
      link: hrefOf(s.id, locale),
      description: s.data.description,
      // Sessions without a published date carry none rather than a guessed one.
      ...(s.data.kind === 'council-session' && s.data.date ? { pubDate: s.data.date } : {}),
    })),
  });
};
