import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { localeCodes } from '../config/locales.ts';
import { formatBytes, precacheGlobs, serviceWorkerFile, type PagefindEntry } from '../lib/offline/precache-plan.ts';

/**
 * Builds one Workbox service worker per locale after Starlight's Pagefind step has written the index
 * (this integration is listed after Starlight, and Astro runs `astro:build:done` hooks in order).
 * workbox-build instead of @vite-pwa/astro: the precache must list Pagefind's output, which exists only
 * after the build, and @vite-pwa/astro's peer range stops at Astro 5.
 */
export default function offline(): AstroIntegration {
  return {
    name: 'offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entry = JSON.parse(readFileSync(`${root}/pagefind/pagefind-entry.json`, 'utf8')) as PagefindEntry;
        const summary: Record<string, { count: number; size: number }> = {};
        for (const locale of localeCodes) {
          const { count, size, warnings } = await generateSW({
            swDest: `${root}/${serviceWorkerFile(locale)}`,
            globDirectory: root,
            globPatterns: precacheGlobs(locale, entry),
            modifyURLPrefix: { '': '/' },
            // Pagefind adds ?ts= to its entry file; the precached copy is the right one for this deploy.
            ignoreURLParametersMatching: [/^ts$/, /^utm_/],
            maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
            cleanupOutdatedCaches: true,
            clientsClaim: true,
            // The page asks before activating a new version (SKIP_WAITING message), so nobody is stranded.
            skipWaiting: false,
            inlineWorkboxRuntime: true,
            sourcemap: false,
            mode: 'production',
            runtimeCaching: [
              // Pages outside the precache (other locales, new pages): network first, kept for offline,
              // else that locale's offline page.
              ...localeCodes.map((l) => ({
                urlPattern: new RegExp(`^https?://[^/]+/${l}/`),
                handler: 'NetworkFirst' as const,
                options: {
                  cacheName: 'pages',
                  networkTimeoutSeconds: 4,
                  precacheFallback: { fallbackURL: `/${l}/offline/index.html` },
                },
              })),
              {
                // Other locales' search index and images: content-hashed names, so cache-first is safe.
                urlPattern: /\/pagefind\/|\.(?:png|jpe?g|svg|webp|avif)$/,
                handler: 'CacheFirst',
                options: { cacheName: 'assets', expiration: { maxEntries: 400 } },
              },
            ],
          });
          for (const w of warnings) logger.warn(w);
          summary[locale] = { count, size };
          logger.info(`${serviceWorkerFile(locale)}: precaches ${count} files, ${formatBytes(size)}`);
        }
        // Read by the "save this language for offline" control to report what it stored.
        writeFileSync(`${root}/offline-summary.json`, JSON.stringify(summary));
      },
    },
  };
}
