import type { AstroIntegration } from 'astro';

/**
 * With `srcDir: '.'` there is no routed `src/pages`, so the site's own routes (the language
 * picker at `/`) are injected from `src/routes/`.
 */
export default function siteRoutes(): AstroIntegration {
  return {
    name: 'site-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/', entrypoint: './src/routes/index.astro', prerender: true });
      },
    },
  };
}
