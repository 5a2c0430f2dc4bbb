// Generates every host's configuration from the one table in deploy/responses.ts. Pure: text in, text out;
// tools/deploy-config.ts writes the files and tests/dist/responses.test.ts compares them and what they serve.
import {
  cacheRules,
  defaultCacheControl,
  globToRegExp,
  responseLocales,
  securityHeaders,
  shortLinkPrefixes,
} from '../../deploy/responses.ts';

const generatedNote = 'Generated from deploy/responses.ts by `npm run deploy:config`: do not edit by hand.';

/** Where each host's publish directory is prepared by `npm run deploy:<host>`. */
export const publishDir = (host: string) => `deploy/out/${host}`;

/** `/pagefind/*.pf_meta` → nginx's `~^/pagefind/.*\.pf_meta$` (the same reading as globToRegExp). */
const nginxRegex = (pattern: string) => globToRegExp(pattern).source.replace(/\\\//g, '/');

export function nginxConf(): string {
  const quote = (v: string) => `"${v.replace(/"/g, '\\"')}"`;
  const locs = responseLocales.join('|');
  const shortLinks = responseLocales.map(
    (l) =>
      `    location ~* ^/${l}/l/(?<n>\\d+)/?$ { error_page 404 /${l}/404/index.html; if ($uri !~ ^/${l}/l/\\d+/$) { return 301 /${l}/l/$n/; } try_files $uri $uri/ =404; }`,
  );
  return `# Production server configuration for the built site (dist/).
# ${generatedNote}
# tools/serve.sh fills __ROOT__, __PORT__ and __TMP__ to run it on loopback for the browser tests;
# on a real server, set root to the deployed dist/ and listen on 443 with TLS.
worker_processes 1;
pid __TMP__/nginx.pid;
error_log __TMP__/error.log warn;
events { worker_connections 256; }

http {
  include /etc/nginx/mime.types;
  types { application/manifest+json webmanifest; }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path __TMP__/body;
  proxy_temp_path __TMP__/proxy;
  fastcgi_temp_path __TMP__/fastcgi;
  uwsgi_temp_path __TMP__/uwsgi;
  scgi_temp_path __TMP__/scgi;
  sendfile on;
  server_tokens off;

  gzip on;
  gzip_comp_level 6;
  gzip_min_length 512;
  gzip_types text/css application/javascript text/javascript application/json application/xml application/rss+xml image/svg+xml application/manifest+json application/wasm;

  # Revalidate everything by default; content-hashed files are kept a year (first matching rule wins).
  map $uri $cache_control {
    default ${quote(defaultCacheControl)};
${cacheRules.map((r) => `    ~${nginxRegex(r.pattern)} ${quote(r.cacheControl)};`).join('\n')}
  }

  server {
    listen 127.0.0.1:__PORT__;
    root __ROOT__;
    index index.html;
    charset utf-8;

    add_header Cache-Control $cache_control always;
${Object.entries(securityHeaders)
  .map(([name, value]) => `    add_header ${name} ${quote(value)} always;`)
  .join('\n')}

    location / {
      try_files $uri $uri/ =404;
    }

    # Short links are written by hand on boards and handouts: any letter case leads to the lesson. A number
    # with no lesson gets the not-found page of the link's language (the bare /l/<n>/ gets the root one).
${shortLinks.join('\n')}
    location ~* ^/l/(?<n>\\d+)/?$ { if ($uri !~ ^/l/\\d+/$) { return 301 /l/$n/; } try_files $uri $uri/ =404; }

    # Each locale gets its own not-found page; an address with no language gets the root one, in all three.
    location ~ ^/(?<loc>${locs})/ {
      error_page 404 /$loc/404/index.html;
      try_files $uri $uri/ =404;
    }
    error_page 404 /404.html;
  }
}
`;
}

/**
 * `_headers` for Cloudflare Pages and Netlify. Both apply every matching block; they differ when two blocks set
 * the same header: Cloudflare joins the values with a comma unless the later block detaches it (`! Name`),
 * Netlify keeps the later block's value and rejects `!` lines and a `*` anywhere but at the end of a path.
 */
export function headersFile(host: 'cloudflare-pages' | 'netlify'): string {
  const lines = [`# ${generatedNote}`, '/*', `  Cache-Control: ${defaultCacheControl}`];
  for (const [name, value] of Object.entries(securityHeaders)) lines.push(`  ${name}: ${value}`);
  for (const rule of cacheRules) {
    if (host === 'netlify' && !netlifyPattern(rule.pattern)) {
      lines.push(
        `# ${rule.pattern} (${rule.why}): Netlify cannot match it, so it is revalidated (${defaultCacheControl})`,
      );
      continue;
    }
    lines.push(rule.pattern);
    if (host === 'cloudflare-pages') lines.push('  ! Cache-Control');
    lines.push(`  Cache-Control: ${rule.cacheControl}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Netlify reads `*` only as the last character of a path. */
export const netlifyPattern = (pattern: string) => !pattern.slice(0, -1).includes('*');

/** Every spelling of a prefix in upper and lower case: `/kk/l/` → `/kk/l/`, `/Kk/l/`, … `/KK/L/`. */
export function caseVariants(prefix: string): string[] {
  let out = [''];
  for (const ch of prefix) {
    const forms = ch.toLowerCase() === ch.toUpperCase() ? [ch] : [ch.toLowerCase(), ch.toUpperCase()];
    out = out.flatMap((o) => forms.map((f) => o + f));
  }
  return out;
}

/**
 * `_redirects`. Cloudflare Pages: short links in any letter case and without the final slash (its matching is
 * case-sensitive, so every spelling of the prefix is listed); per-language not-found pages come from copies at
 * `/<locale>/404.html` (Cloudflare serves the nearest 404.html), made by `npm run deploy:cloudflare-pages`.
 * Netlify: per-language not-found pages (status 404 rules, applied only when no file matches).
 */
export function redirectsFile(host: 'cloudflare-pages' | 'netlify'): string {
  const lines = [`# ${generatedNote}`];
  if (host === 'cloudflare-pages') {
    lines.push('# Short links typed by hand: any letter case, with or without the final slash.');
    for (const prefix of shortLinkPrefixes) {
      for (const variant of caseVariants(prefix)) {
        lines.push(`${variant}:n ${prefix}:n/ 301`);
        if (variant !== prefix) lines.push(`${variant}:n/ ${prefix}:n/ 301`);
      }
    }
  } else {
    lines.push("# Each language's own not-found page (only where no file matches the address).");
    for (const l of responseLocales) lines.push(`/${l}/* /${l}/404/index.html 404`);
    lines.push('/* /404.html 404');
  }
  return `${lines.join('\n')}\n`;
}

export function wranglerJsonc(): string {
  return `// ${generatedNote}
// \`npm run deploy:cloudflare-pages\` prepares the directory below, then prints the wrangler command.
{
  "name": "shymkent-public-safety",
  "pages_build_output_dir": "./${publishDir('cloudflare-pages')}",
  "compatibility_date": "2026-12-01"
}
`;
}

export function netlifyToml(): string {
  return `# ${generatedNote}
# Headers and redirects are in the publish directory's _headers and _redirects (from deploy/netlify/).
[build]
  command = "npm run deploy:netlify"
  publish = "${publishDir('netlify')}"
`;
}

export function pagesWorkflow(): string {
  return `# ${generatedNote}
# GitHub Pages sends none of the site's own headers and has no redirects: see README, "Deploying".
# Set the repository variable SITE_URL (Settings → Secrets and variables → Actions → Variables) to the site's
# address: a custom domain or <owner>.github.io (the site is built for the root of its domain).
name: GitHub Pages
on:
  push:
    branches: [main]
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: false
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version-file: .nvmrc
          cache: npm
      - run: sudo apt-get update -qq && sudo apt-get install -y -qq zim-tools
      - run: npm ci
      - run: npm run deploy:github-pages
        env:
          SITE_URL: \${{ vars.SITE_URL }}
          SITE_REPOSITORY_URL: \${{ github.server_url }}/\${{ github.repository }}
      - uses: actions/upload-pages-artifact@v3
        with:
          path: ${publishDir('github-pages')}
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}

/** Every generated file, by its path in the repository. */
export function generatedFiles(): Record<string, string> {
  return {
    'deploy/nginx.conf': nginxConf(),
    'deploy/cloudflare-pages/_headers': headersFile('cloudflare-pages'),
    'deploy/cloudflare-pages/_redirects': redirectsFile('cloudflare-pages'),
    'deploy/netlify/_headers': headersFile('netlify'),
    'deploy/netlify/_redirects': redirectsFile('netlify'),
    'wrangler.jsonc': wranglerJsonc(),
    'netlify.toml': netlifyToml(),
    '.github/workflows/pages.yml': pagesWorkflow(),
  };
}
