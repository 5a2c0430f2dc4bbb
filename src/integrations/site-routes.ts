import type { AstroIntegration } from 'astro';

/**
 * With `srcDir: '.'` there is no routed `src/pages`, so the site's own routes are injected
 * from `src/routes/`: the language picker at `/`, lesson short links and council feeds.
 */
export default function siteRoutes(): AstroIntegration {
  return {
    name: 'site-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/', entrypoint: './src/routes/index.astro', prerender: true });
        injectRoute({ pattern: '/[locale]/l/[n]', entrypoint: './src/routes/short-link.astro', prerender: true });
        injectRoute({ pattern: '/l/[n]', entrypoint: './src/routes/short-link-picker.astro', prerender: true });
        injectRoute({ pattern: '/favicon.ico', entrypoint: './src/routes/favicon.ico.ts', prerender: true });
        injectRoute({ pattern: '/icons/[size].png', entrypoint: './src/routes/icon.png.ts', prerender: true });
        injectRoute({
          pattern: '/[locale]/manifest.webmanifest',
          entrypoint: './src/routes/manifest.webmanifest.ts',
          prerender: true,
        });
        injectRoute({
          pattern: '/[locale]/council/rss.xml',
          entrypoint: './src/routes/council-rss.xml.ts',
          prerender: true,
        });
      },
    },
  };
}
