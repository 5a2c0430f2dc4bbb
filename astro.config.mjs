// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import starlightSidebarTopics from 'starlight-sidebar-topics';
import { defaultLocale, locales } from './src/config/locales.ts';
import { topicPatterns, topics } from './src/config/sidebar.ts';
import { repositoryUrl } from './src/config/site.ts';
import offline from './src/integrations/offline.ts';
import siteRoutes from './src/integrations/site-routes.ts';
import { allLocales } from './src/lib/ui-strings.ts';

// The public address; set SITE_URL when deploying elsewhere (canonical links, hreflang, RSS).
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  srcDir: '.',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: allLocales('site.title'),
      description: allLocales('site.description').ru,
      defaultLocale,
      locales,
      lastUpdated: true,
      ...(repositoryUrl ? { editLink: { baseUrl: `${repositoryUrl}/edit/main/` } } : {}),
      favicon: '/icon.svg',
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      components: {
        Footer: './src/components/overrides/Footer.astro',
        Head: './src/components/overrides/Head.astro',
        Search: './src/components/overrides/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      plugins: [
        starlightSidebarTopics(topics, { exclude: ['/kk/', '/ru/', '/en/'], topics: topicPatterns }),
        // Fails the build on a broken internal link or anchor in any locale.
        starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true, errorOnLocalLinks: true }),
      ],
    }),
    siteRoutes(),
    // After Starlight: needs Pagefind's output to list it in the precache.
    offline(),
  ],
});
