// A fourth language is one edit of the site model: this scenario adds a language to src/config/locales.ts (an
// entry with a `fallback` and no translated page, no UI strings of its own) and builds. The content check accepts
// it, and the build serves every page at the new language's addresses (Starlight's fallback), its short links,
// its 404 page and its offline pack; `npm run deploy:config` gives it its nginx locations (short links, 404 page).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes } from '../../../src/config/locales.ts';
import { lessons } from '../../helpers/content.ts';
import { buildCopy, copySite } from '../../helpers/site-copy.ts';

const code = 'uz';
// Uzbek (Latin), a language a Shymkent reader may well ask for; only its name, months and fallback are given.
const entry = `
  ${code}: {
    label: 'Oʻzbekcha',
    name: 'Uzbek',
    lang: '${code}',
    dir: 'ltr',
    pagefind: '${code}',
    fallback: '${defaultLocale}',
    date: {
      months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
      pattern: '{{day}}-{{month}} {{year}}',
    },
  },
`;

/** nginx's `location` blocks in a configuration, in order: modifier, pattern, body and where the block is. */
function locations(conf: string) {
  const found = [];
  const start = /\blocation\s+(~\*|~|=|\^~)?\s*(\S+)\s*\{/g;
  let match: RegExpExecArray | null;
  while ((match = start.exec(conf))) {
    let depth = 1;
    let end = start.lastIndex;
    for (; end < conf.length && depth > 0; end++) depth += conf[end] === '{' ? 1 : conf[end] === '}' ? -1 : 0;
    const [, modifier = '', pattern = ''] = match;
    found.push({ modifier, pattern, body: conf.slice(start.lastIndex, end - 1), from: match.index, to: end });
  }
  return found;
}

const error404 = /error_page\s+404\s+(\S+);/;

/**
 * The page nginx answers a missing `path` with, as nginx picks it: the first regex location that matches (`~*`
 * ignoring case), its `error_page 404` with the location's named captures filled in, else the server's own.
 */
function notFoundPage(conf: string, path: string): string | undefined {
  const all = locations(conf);
  const outside = all.reduceRight((text, { from, to }) => text.slice(0, from) + text.slice(to), conf);
  const server = error404.exec(outside)?.[1];
  for (const { modifier, pattern, body } of all) {
    if (!modifier.startsWith('~')) continue;
    const hit = new RegExp(pattern, modifier === '~*' ? 'i' : '').exec(path);
    if (!hit) continue;
    // A location without its own error_page inherits the server's.
    const page = error404.exec(body)?.[1];
    return page ? page.replace(/\$(\w+)/g, (_, name: string) => hit.groups?.[name] ?? `$${name}`) : server;
  }
  return server;
}

describe('a fourth language added to the site model, with no translated page', () => {
  let copy = '';
  let built = { status: null as number | null, output: '' };
  const read = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');

  beforeAll(() => {
    copy = copySite('fourth-language-', false);
    const model = join(copy, 'src/config/locales.ts');
    const source = readFileSync(model, 'utf8');
    const end = source.indexOf('} as const satisfies Record<string, Language>');
    expect(end, 'the language table of src/config/locales.ts').toBeGreaterThan(0);
    writeFileSync(model, `${source.slice(0, end)}${entry}${source.slice(end)}`);
  }, 120_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  }, 120_000);

  it('passes the content check (a language with a fallback needs no page of its own)', () => {
    const run = spawnSync(process.execPath, ['tools/check-content.ts'], { cwd: copy, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });

  it('builds', () => {
    built = buildCopy(copy, 420_000);
    expect(built.status, built.output.slice(-4000)).toBe(0);
  }, 480_000);

  it('serves every page of the default language at the new address, in the new language', () => {
    expect(built.status).toBe(0);
    const about = read(`${code}/about/index.html`);
    expect(about).toMatch(new RegExp(`<html[^>]*lang="${code}"`));
    expect(about).toContain(read(`${defaultLocale}/about/index.html`).match(/<h1[^>]*>([^<]*)</)?.[1] ?? '<no h1>');
    for (const lesson of lessons(defaultLocale))
      expect(existsSync(join(copy, 'dist', code, lesson.slug, 'index.html'))).toBe(true);
  });

  it('has its short links, each to the lesson at the new address', () => {
    expect(built.status).toBe(0);
    for (const lesson of lessons(defaultLocale)) {
      const html = read(`${code}/l/${String(lesson.data.lesson)}/index.html`);
      expect(html).toContain(`/${code}/${lesson.slug}/`);
    }
  });

  it('has its 404 page and its offline pack', () => {
    expect(built.status).toBe(0);
    expect(read(`${code}/404/index.html`)).toMatch(new RegExp(`<html[^>]*lang="${code}"`));
    const pack = JSON.parse(read(`offline/pack-${code}.json`)) as { files: { url: string }[] };
    expect(pack.files.some((f) => f.url === `/${code}/about/`)).toBe(true);
  });

  it('gets its nginx locations from npm run deploy:config: short links and addresses answer with its 404 page', () => {
    const run = spawnSync(process.execPath, ['tools/deploy-config.ts'], { cwd: copy, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const conf = readFileSync(join(copy, 'deploy/nginx.conf'), 'utf8');
    // Every language of the model, the added one included, answers its own missing pages itself.
    for (const locale of [...localeCodes, code]) {
      const own = `/${locale}/404/index.html`;
      expect(notFoundPage(conf, `/${locale}/l/9999/`), `a short link of ${locale} with no lesson`).toBe(own);
      expect(notFoundPage(conf, `/${locale.toUpperCase()}/L/9999`), `${locale} short link typed in capitals`).toBe(own);
      expect(notFoundPage(conf, `/${locale}/no-such-page/`), `a missing page of ${locale}`).toBe(own);
      if (built.status === 0) expect(existsSync(join(copy, 'dist', own)), own).toBe(true);
    }
    // An address with no language still gets the root page.
    expect(notFoundPage(conf, '/no-such-page/')).toBe('/404.html');
    expect(notFoundPage(conf, `/${code}x/no-such-page/`)).toBe('/404.html');
    expect(notFoundPage(conf, '/l/9999/')).toBe('/404.html');
  });

  it('is offered by the language picker at /', () => {
    expect(built.status).toBe(0);
    expect(read('index.html')).toContain(`href="/${code}/"`);
  });
});
