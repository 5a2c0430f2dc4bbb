// One table of response rules (deploy/responses.ts), every host's form of it: the checked-in files are exactly what
// the table generates (a hand edit fails here), nginx serves the table's headers for every kind of page and file,
// and the Cloudflare Pages and Netlify `_headers`/`_redirects`, read the way each host documents, give the same
// answers except where a host cannot express a rule (listed in the README's deploying table).
import { globSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cacheRules,
  defaultCacheControl,
  expectedHeaders,
  globToRegExp,
  notFoundPage,
  responseLocales,
  shortLinkRedirect,
} from '../../deploy/responses.ts';
import { generatedFiles, netlifyPattern, publishDir } from '../../tools/lib/deploy-config.ts';
import { pagesOfEveryKind } from '../../tools/lib/page-kinds.ts';
import { serveDist } from '../../tools/lib/serve-dist.ts';

const dist = 'dist';
const first = (pattern: string) => {
  const file = globSync(pattern, { cwd: dist })[0];
  if (!file) throw new Error(`${dist} has no file matching ${pattern}`);
  return `/${file}`;
};

/** One path of every kind of page, and one of every kind of file the cache rules tell apart. */
const files = () => [
  ...pagesOfEveryKind(dist),
  first('_astro/*.js'),
  first('_astro/*.css'),
  first('pagefind/fragment/*'),
  first('pagefind/index/*'),
  first('pagefind/filter/*'),
  first('pagefind/*.pf_meta'),
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  first('pagefind/wasm.*'),
  '/sw.js',
  '/offline/packs.json',
  first('*/manifest.webmanifest'),
  '/icon.svg',
  '/robots.txt',
];
const missing = [...responseLocales.flatMap((l) => [`/${l}/no-such-page/`, `/${l}/l/9999/`]), '/no-such-page/'];
const shortLinks = responseLocales.flatMap((l) => [`/${l}/l/1`, `/${l.toUpperCase()}/L/1/`, `/${l}/L/1`, `/${l}/l/1/`]);
shortLinks.push('/l/1', '/L/1/', '/l/1/');

/** The header names the table sets, with the value a response gave for each (absent → undefined). */
const pick = (headers: Record<string, string | undefined>, path: string) =>
  Object.fromEntries(Object.keys(expectedHeaders(path)).map((name) => [name, headers[name.toLowerCase()]]));

describe('generated host files', () => {
  it('every checked-in file is exactly what deploy/responses.ts generates (no hand edits)', () => {
    for (const [path, text] of Object.entries(generatedFiles())) {
      expect(readFileSync(path, 'utf8'), `${path}: edit deploy/responses.ts, then npm run deploy:config`).toBe(text);
    }
  });

  it('wrangler.jsonc, netlify.toml and the Pages workflow publish what npm run deploy:<host> prepares', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const wrangler = JSON.parse(readFileSync('wrangler.jsonc', 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<
      string,
      string
    >;
    expect(wrangler.pages_build_output_dir).toBe(`./${publishDir('cloudflare-pages')}`);
    const toml = readFileSync('netlify.toml', 'utf8');
    expect(/publish = "([^"]+)"/.exec(toml)?.[1]).toBe(publishDir('netlify'));
    const command = /command = "npm run ([^"]+)"/.exec(toml)?.[1] ?? '';
    expect(scripts[command]).toBe('node tools/deploy.ts netlify');
    const workflow = yaml.load(readFileSync('.github/workflows/pages.yml', 'utf8')) as {
      jobs: { build: { steps: { run?: string; uses?: string; with?: { path?: string }; env?: Record<string, string> }[] } };
    };
    const steps = workflow.jobs.build.steps;
    const deploy = steps.find((s) => s.run === 'npm run deploy:github-pages');
    expect(deploy?.env?.SITE_URL).toMatch(/vars\.SITE_URL/);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe(
      publishDir('github-pages'),
    );
  });
});

describe('nginx (deploy/nginx.conf) serves the table', () => {
  let url = '';
  let stop = () => {};
  beforeAll(async () => {
    const server = await serveDist(dist, Number(process.env.RESPONSES_PORT ?? 4363));
    url = server.url;
    stop = server.stop;
  }, 30_000);
  afterAll(() => stop());

  const get = async (path: string) => {
    const response = await fetch(url + path, { redirect: 'manual' });
    return { response, headers: Object.fromEntries(response.headers) as Record<string, string | undefined> };
  };

  it('every kind of page and file gets the table’s headers', async () => {
    for (const path of files()) {
      const { response, headers } = await get(path);
      expect(response.status, path).toBe(200);
      expect(pick(headers, path), path).toEqual(expectedHeaders(path));
    }
  });

  it('a missing address gets its language’s not-found page (or the root one), with the same headers', async () => {
    for (const path of missing) {
      const { response, headers } = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(readFileSync(dist + notFoundPage(path), 'utf8'));
      expect(pick(headers, path), path).toEqual(expectedHeaders(path));
    }
  });

  it('short links typed in any case or without the final slash go to the short link (301)', async () => {
    for (const path of shortLinks) {
      const { response, headers } = await get(path);
      const target = shortLinkRedirect(path);
      if (target) {
        expect(response.status, path).toBe(301);
        expect(new URL(headers.location ?? '', url).pathname, path).toBe(target);
      } else expect(response.status, path).not.toBe(301);
    }
  });
});

// ── The CDN files, read as each host documents them ────────────────────────────────────────────────────────────

interface HeaderBlock {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

function parseHeaders(text: string): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) blocks.push({ pattern: line.trim(), set: [], detach: [] });
    else {
      const block = blocks.at(-1);
      if (!block) throw new Error(`header line before any path: ${line}`);
      const detach = /^\s+!\s*(\S+)/.exec(line);
      if (detach?.[1]) block.detach.push(detach[1]);
      else {
        const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
        if (!m?.[1]) throw new Error(`not a header line: ${line}`);
        block.set.push([m[1], m[2] ?? '']);
      }
    }
  }
  return blocks;
}

/** Cloudflare's rules engine: `*` is a greedy splat anywhere, `:name` one path segment, anchored. */
const cloudflareRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&'))
      .join('.*')
      .replace(/:([A-Za-z]\w*)/g, '(?<$1>[^/]+)')}$`,
  );
/** Netlify: `*` only at the end (anything below), `:name` one segment. */
const netlifyRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/\*$/, '\u0000')
      .replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&')
      .replace(/:([A-Za-z]\w*)/g, '(?<$1>[^/]+)')
      .replace('\u0000', '.*')}$`,
  );

/** Cloudflare: every matching block applies in order; a header set twice is joined with ", " unless detached. */
function cloudflareHeaders(blocks: HeaderBlock[], path: string): Record<string, string> {
  const out = new Map<string, string>();
  for (const b of blocks.filter((b) => cloudflareRegExp(b.pattern).test(path))) {
    for (const name of b.detach) out.delete(name);
    for (const [name, value] of b.set) out.set(name, out.has(name) ? `${out.get(name)}, ${value}` : value);
  }
  return Object.fromEntries(out);
}

/** Netlify: every matching block applies; for the same header the later block wins (netlify/cli headersForPath). */
function netlifyHeaders(blocks: HeaderBlock[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const b of blocks.filter((b) => netlifyRegExp(b.pattern).test(path))) {
    expect(b.detach, `Netlify has no "!" lines (${b.pattern})`).toEqual([]);
    expect(netlifyPattern(b.pattern), `Netlify reads * only at the end (${b.pattern})`).toBe(true);
    for (const [name, value] of b.set) out[name] = value;
  }
  return out;
}

/** `_redirects`: the first rule whose source matches, with its placeholders filled into the target. */
function redirectFor(text: string, path: string, toRegExp: (p: string) => RegExp) {
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [from = '', to = '', status = '302'] = line.trim().split(/\s+/);
    const m = toRegExp(from).exec(path);
    if (m) return { to: to.replace(/:([A-Za-z]\w*)/g, (_, n: string) => m.groups?.[n] ?? ''), status: Number(status) };
  }
  return undefined;
}

describe('Cloudflare Pages (_headers, _redirects)', () => {
  const headers = parseHeaders(readFileSync('deploy/cloudflare-pages/_headers', 'utf8'));
  const redirects = readFileSync('deploy/cloudflare-pages/_redirects', 'utf8');

  it('every kind of page and file, and a not-found answer, gets the table’s headers', () => {
    for (const path of [...files(), ...missing]) expect(cloudflareHeaders(headers, path), path).toEqual(expectedHeaders(path));
  });

  it('short links in any case and without the final slash redirect as nginx does', () => {
    for (const path of shortLinks) {
      const target = shortLinkRedirect(path);
      const rule = redirectFor(redirects, path, cloudflareRegExp);
      expect(rule && { to: rule.to, status: rule.status }, path).toEqual(target && { to: target, status: 301 });
    }
  });
});

describe('Netlify (_headers, _redirects)', () => {
  const headers = parseHeaders(readFileSync('deploy/netlify/_headers', 'utf8'));
  const redirects = readFileSync('deploy/netlify/_redirects', 'utf8');
  // What Netlify cannot express (README: "what it cannot"): rules with a `*` before the end are revalidated.
  const lost = cacheRules.filter((r) => !netlifyPattern(r.pattern));

  it('gets the table’s headers, except the rules Netlify cannot match, which fall back to revalidation', () => {
    expect(lost.map((r) => r.pattern)).toEqual(['/pagefind/*.pf_meta']);
    for (const path of [...files(), ...missing]) {
      const expected = expectedHeaders(path);
      if (lost.some((r) => globToRegExp(r.pattern).test(path))) expected['Cache-Control'] = defaultCacheControl;
      expect(netlifyHeaders(headers, path), path).toEqual(expected);
    }
  });

  it('a missing address gets its language’s not-found page with status 404', () => {
    for (const path of missing) {
      const rule = redirectFor(redirects, path, netlifyRegExp);
      expect(rule, path).toEqual({ to: notFoundPage(path), status: 404 });
    }
  });
});
