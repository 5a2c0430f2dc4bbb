// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import starlightSidebarTopics from 'starlight-sidebar-topics';
import { defaultLocale, localeCodes, starlightLocales } from './src/config/locales.ts';
import { topicPatterns, topics } from './src/config/sidebar.ts';
import { repositoryUrl } from './src/config/site.ts';
import offline from './src/integrations/offline.ts';
import lessonMdx from './src/integrations/lesson-mdx.ts';
import siteRoutes from './src/integrations/site-routes.ts';
import searchVocabulary from './src/integrations/search-vocabulary.ts';
import servedPages from './src/integrations/served-pages.ts';
// Plain lookups: config is read before any page exists, so there is no Astro.locals.t here.
import { allLocales } from './src/lib/ui-strings.ts';
import { inlineScriptHashes } from './src/integrations/csp-hashes.ts';

const starlightInlineScripts = inlineScriptHashes(
  ['SidebarPersister', 'ThemeProvider', 'ThemeSelect'].map((c) =>
    fileURLToPath(new URL(`./node_modules/@astrojs/starlight/dist/components/${c}.astro`, import.meta.url)),
  ),
);

// The public address; set SITE_URL when deploying elsewhere (canonical links, hreflang, RSS).
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  // Pages render serially: Astro 7.4's experimental.parallelPrerender on two workers cost more than it saved on
  // two cores (the real site: 19.7 CPU-s and 13.6 s wall against 15.4 CPU-s and 11.9 s serially).
  site,
  srcDir: '.',
  trailingSlash: 'always',
  // No link prefetching (Starlight turns it on for every link): the first visit already saves the reader's
  // language in the background and later pages come from that copy, so prefetching only repeated those requests,
  // and its script cost every page 1.1 KiB gzip.
  prefetch: false,
  // Strict CSP: Astro hashes every inline script and style into a per-page <meta> policy: no 'unsafe-inline' for scripts.
  // Pagefind compiles WebAssembly ('wasm-unsafe-eval'); headers add frame-ancestors etc. (deploy/nginx.conf).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: starlightInlineScripts },
      // Style attributes only (Starlight sets CSS variables in markup): style-src-attr; never scripts.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    starlight({
      title: allLocales('site.title'),
      description: allLocales('site.description').ru,
      defaultLocale,
      locales: starlightLocales,
      lastUpdated: true,
      // /404.html is the site's own (src/routes/not-found.astro), in all three languages; each language's
      // 404 page is content/docs/<locale>/404.mdx, served by nginx under that language's addresses.
      disable404Route: true,
      ...(repositoryUrl ? { editLink: { baseUrl: `${repositoryUrl}/edit/main/` } } : {}),
      favicon: '/icon.svg',
      routeMiddleware: './src/route-middleware/sidebar-window.ts',
      customCss: [
        './src/styles/site.css',
        './src/styles/no-script-theme.css',
        './src/styles/print.css',
        './src/styles/print-colors.css',
      ],
      components: {
        Footer: './src/components/overrides/Footer.astro',
        LastUpdated: './src/components/overrides/LastUpdated.astro',
        Head: './src/components/overrides/Head.astro',
        Search: './src/components/overrides/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      plugins: [
        starlightSidebarTopics(topics, { exclude: localeCodes.map((l) => `/${l}/`), topics: topicPatterns }),
        // Fails the build on a broken internal link or anchor in any locale.
        starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true, errorOnLocalLinks: true }),
      ],
    }),
    // After Starlight: its Markdown steps (heading ids, anchor links) run before the site's own.
    lessonMdx(),
    // After Starlight (its Pagefind step writes the index the vocabulary is read from), before offline().
    searchVocabulary(),
    // After Pagefind has read them, the search hints leave the served pages, and each page's CSP keeps only its
    // own inline code's hashes (before offline() prices the pages).
    servedPages(),
    siteRoutes(),
    // After Starlight: needs Pagefind's output to list it in the precache.
    offline(),
  ],
});
