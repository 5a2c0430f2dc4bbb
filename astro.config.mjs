// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightSidebarTopics from 'starlight-sidebar-topics';
import { defaultLocale, locales } from './src/config/locales.ts';
import { topicPatterns, topics } from './src/config/sidebar.ts';
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
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      components: {
        Head: './src/components/overrides/Head.astro',
        Search: './src/components/overrides/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      plugins: [starlightSidebarTopics(topics, { exclude: ['/kk/', '/ru/', '/en/'], topics: topicPatterns })],
    }),
    siteRoutes(),
  ],
});
