// The one table of how the server answers: headers, cache rules, per-language not-found pages and short links.
// deploy/nginx.conf, the `_headers` and `_redirects` files of Cloudflare Pages and Netlify, wrangler.jsonc,
// netlify.toml and the GitHub Pages workflow are generated from it (`npm run deploy:config`); never edit them by hand:
// tests/dist/responses.test.ts regenerates them, compares, and checks the served headers against this table.
import { locales } from '../src/config/locales.ts';

/** The site's languages, in the order src/config/locales.ts gives them. */
export const responseLocales = Object.keys(locales);

/** Sent with every response, on every path. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Frame-Options': 'DENY',
  // Script and style sources are in each page's <meta> policy (hashes from Astro); these cannot be set there.
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
};

/** Revalidate everything by default: HTML, the service worker and Pagefind's entry files change between deploys. */
export const defaultCacheControl = 'no-cache';
const immutable = 'public, max-age=31536000, immutable';

export interface CacheRule {
  /** A path pattern: `*` matches any characters, `/` included (as in Cloudflare's `_headers`). */
  pattern: string;
  cacheControl: string;
  why: string;
}

/** Content-hashed files: a new version gets a new name, so a year is safe. First match wins. */
export const cacheRules: readonly CacheRule[] = [
  { pattern: '/_astro/*', cacheControl: immutable, why: 'scripts, styles and images named by their content hash' },
  { pattern: '/pagefind/fragment/*', cacheControl: immutable, why: "Pagefind's hashed fragments" },
  { pattern: '/pagefind/index/*', cacheControl: immutable, why: "Pagefind's hashed index chunks" },
  { pattern: '/pagefind/filter/*', cacheControl: immutable, why: "Pagefind's hashed filter chunks" },
  { pattern: '/pagefind/*.pf_meta', cacheControl: immutable, why: "Pagefind's hashed metadata, one per language" },
];

/** The not-found page a missing address gets: its language's own, or the root one (all three languages). */
export function notFoundPage(path: string): string {
  const first = path.split('/')[1] ?? '';
  return responseLocales.includes(first) ? `/${first}/404/index.html` : '/404.html';
}

/**
 * Short links are written by hand on boards and handouts: `/<locale>/l/<n>` and `/l/<n>` in any letter case,
 * with or without the final slash, lead to `/<locale>/l/<n>/` (301). A number with no lesson gets the link
 * language's not-found page (the bare one, the root page).
 */
export const shortLinkPrefixes: readonly string[] = [...responseLocales.map((l) => `/${l}/l/`), '/l/'];

/** Where a short link typed by hand goes, or undefined when the path is no short link or already canonical. */
export function shortLinkRedirect(path: string): string | undefined {
  const m = /^\/(?:([a-z]{2})\/)?l\/(\d+)\/?$/i.exec(path);
  if (!m) return undefined;
  const locale = m[1]?.toLowerCase();
  if (locale !== undefined && !responseLocales.includes(locale)) return undefined;
  const canonical = `${locale ? `/${locale}` : ''}/l/${m[2]}/`;
  return canonical === path ? undefined : canonical;
}

/** Headers the table gives a path (a served file or a not-found answer), names as written above. */
export function expectedHeaders(path: string): Record<string, string> {
  const rule = cacheRules.find((r) => globToRegExp(r.pattern).test(path));
  return { 'Cache-Control': rule?.cacheControl ?? defaultCacheControl, ...securityHeaders };
}

/** `/pagefind/*.pf_meta` → /^\/pagefind\/.*\.pf_meta$/ (the one reading of `*` every generator keeps). */
export function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/** Hosts `npm run deploy:<host>` knows, with the limits they document for a static deploy. */
export const hosts = {
  'cloudflare-pages': {
    name: 'Cloudflare Pages',
    // developers.cloudflare.com/pages/platform/limits/: 20,000 files per deploy (free plan), 25 MiB per file.
    maxFiles: 20_000,
    maxFileBytes: 25 * 1024 * 1024,
    maxTotalBytes: undefined as number | undefined,
  },
  netlify: {
    name: 'Netlify',
    // Netlify documents no file-count or per-file limit for static deploys; the script reports the counts only.
    maxFiles: undefined as number | undefined,
    maxFileBytes: undefined as number | undefined,
    maxTotalBytes: undefined as number | undefined,
  },
  'github-pages': {
    name: 'GitHub Pages',
    // docs.github.com "GitHub Pages limits": a published site may be no larger than 1 GB; Git refuses files over 100 MiB.
    maxFiles: undefined as number | undefined,
    maxFileBytes: 100 * 1024 * 1024,
    maxTotalBytes: 1024 * 1024 * 1024,
  },
} as const;

export type Host = keyof typeof hosts;
