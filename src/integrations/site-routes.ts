import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { isLocalSite } from '../lib/print-address.ts';

/**
 * With `srcDir: '.'` there is no routed `src/pages`, so the site's own routes are injected
 * from `src/routes/`: the language picker at `/`, lesson short links and council feeds.
 */
export default function siteRoutes(): AstroIntegration {
  return {
    name: 'site-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute, config, command, logger }) => {
        if (command === 'build') warnIfLocal(config.site, logger);
        injectRoute({ pattern: '/', entrypoint: './src/routes/index.astro', prerender: true });
        injectRoute({ pattern: '/[locale]/l/[n]', entrypoint: './src/routes/short-link.astro', prerender: true });
        injectRoute({ pattern: '/l/[n]', entrypoint: './src/routes/short-link-picker.astro', prerender: true });
        // Starlight's own 404 route is off (astro.config.mjs): the root one speaks all three languages.
        injectRoute({ pattern: '/404', entrypoint: './src/routes/not-found.astro', prerender: true });
        // Earlier addresses of pages (their `redirectFrom`), forwarding to where the page is now.
        injectRoute({ pattern: '/[locale]/[...from]', entrypoint: './src/routes/moved.astro', prerender: true });
        injectRoute({ pattern: '/favicon.ico', entrypoint: './src/routes/favicon.ico.ts', prerender: true });
        injectRoute({ pattern: '/icons/[size].png', entrypoint: './src/routes/icon.png.ts', prerender: true });
        injectRoute({
          pattern: '/[locale]/manifest.webmanifest',
          entrypoint: './src/routes/manifest.webmanifest.ts',
          prerender: true,
        });
        // Teaching material generated from the lessons' own MDX and data (issue #12).
        injectRoute({
          pattern: '/[locale]/lessons/[slug]/present',
          entrypoint: './src/routes/present.astro',
          prerender: true,
        });
        // The sheet a lawyer marks and signs; its fingerprint is what a lesson's review record keeps (issue #22).
        injectRoute({
          pattern: '/[locale]/lessons/[slug]/review',
          entrypoint: './src/routes/review.astro',
          prerender: true,
        });
        injectRoute({
          pattern: '/[locale]/lessons/booklet',
          entrypoint: './src/routes/booklet.astro',
          prerender: true,
        });
        injectRoute({ pattern: '/robots.txt', entrypoint: './src/routes/robots.txt.ts', prerender: true });
        injectRoute({
          pattern: '/[locale]/council/rss.xml',
          entrypoint: './src/routes/council-rss.xml.ts',
          prerender: true,
        });
      },
      // Said again at the end, where the person deploying reads the log.
      'astro:build:done': ({ logger }) => warnIfLocal(site, logger),
    },
  };
}

let site: string | undefined;

/**
 * A build without SITE_URL writes http://localhost:4321 into canonical links, hreflang, the sitemap, RSS
 * and robots.txt: fine for `npm start` on this machine, wrong anywhere else. Printed QR codes and links
 * do not depend on it (they use the address the page is served from), but the rest does, so say so loudly.
 */
function warnIfLocal(value: string | undefined, logger: AstroIntegrationLogger) {
  site = value;
  if (!isLocalSite(value)) return;
  const bar = '!'.repeat(78);
  logger.warn(
    [
      bar,
      `SITE_URL is not set: this build uses ${value ?? '(none)'} as its public address.`,
      'Canonical links, hreflang, the sitemap, RSS feeds and robots.txt point to it, so this build is for',
      'local preview only (npm start). To deploy, build with SITE_URL=https://<your-domain> npm run build.',
      bar,
    ].join('\n'),
  );
}
