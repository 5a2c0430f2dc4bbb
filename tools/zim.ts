// `npm run zim`: one ZIM file per language for Kiwix (the offline reader schools use for Wikipedia), made with
// zimwriterfs (Debian's zim-tools) from the built site. Each file holds that language's pages, the scripts,
// styles and icons, and the language's own Pagefind index, so search works inside Kiwix too.
//
// Inside a ZIM there is no site root: Kiwix serves a file under its own prefix (kiwix-serve: /content/<name>/),
// so every root-absolute address is made relative, and the few the bundled scripts build at run time
// (Pagefind, the vocabulary) are resolved from the script's own location. What cannot work there is left out:
// the service worker and its offline-packs controls (the offline-packs page becomes a note), the language
// picker (the other languages are other files), the web manifest.
//
// Usage: node tools/zim.ts [--dist dist] [--out dist-zim] [--locale kk …]
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';
import { responseLocales } from '../deploy/responses.ts';
import { ui } from '../src/lib/ui-strings.ts';
import { zimFileName, zimLanguage } from '../src/lib/zim-files.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dist = option('--dist') ?? 'dist';
const out = option('--out') ?? 'dist-zim';
const only = args.flatMap((a, i) => (args[i - 1] === '--locale' ? [a] : []));
const chosen = only.length ? responseLocales.filter((l) => only.includes(l)) : responseLocales;

if (spawnSync('zimwriterfs', ['--version']).error) {
  console.error('zim: zimwriterfs is not installed (apt-get install -y zim-tools, or npm run test:setup).');
  process.exit(1);
}

/** `../../` for a file two folders below the root: what makes `/x` into a relative `x`. */
const upTo = (file: string) => '../'.repeat(file.split('/').length - 1);

/** `a/b/#x` → `a/b/index.html#x`: a folder address names its index file (Kiwix serves entries, not folders). */
export function withIndex(url: string): string {
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
  return path === '' || path.endsWith('/') ? `${path}index.html${rest}` : url;
}

/** Start and end index of the element that opens at `start` (balanced on its tag name). */
function elementEnd(html: string, start: number): number {
  const tag = /^<([a-z][\w-]*)/i.exec(html.slice(start))?.[1] ?? 'div';
  const re = new RegExp(`<(/?)${tag}(?=[\\s>])`, 'gi');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.indexOf('>', m.index) + 1;
  }
  throw new Error(`zim: unclosed <${tag}> at ${start}`);
}

/** Removes (or replaces) every element whose opening tag matches `opening`. */
function replaceElements(html: string, opening: RegExp, replacement = ''): string {
  const re = new RegExp(opening.source, 'gi');
  let result = html;
  for (let m = re.exec(result); m; m = re.exec(result)) {
    const end = elementEnd(result, m.index);
    result = result.slice(0, m.index) + replacement + result.slice(end);
    re.lastIndex = m.index + replacement.length;
  }
  return result;
}

function rewriteHtml(html: string, file: string, locale: string): string {
  const up = upTo(file);
  // Kiwix finds files, not folders: `kk/about/` is the entry `kk/about/index.html`.
  const rel = (url: string) => withIndex(url === '/' ? `${up}${locale}/` : up + url.slice(1));
  let page = html
    // The service worker's status and controls, the language picker, the web manifest: not in a ZIM.
    .replace(/<link rel="manifest"[^>]*>/g, '')
    .replace(/<link rel="sitemap"[^>]*>/g, '');
  page = replaceElements(page, /<div[^>]*data-offline-status[^>]*>/);
  page = replaceElements(page, /<p class="offline-line"[^>]*>/);
  page = replaceElements(page, /<starlight-lang-select[^>]*>/);
  if (file === `${locale}/offline-packs/index.html`) {
    const note = `<p data-zim-note>${ui(locale, 'zim.packsNote')}</p>`;
    page = replaceElements(
      page,
      /<div class="sl-markdown-content"[^>]*>/,
      `<div class="sl-markdown-content">${note}</div>`,
    );
  }
  // Root-absolute addresses in attributes (href, src, srcset, a refresh's url=) become relative.
  page = page
    .replace(/\b(href|src|action|poster)="(\/(?!\/)[^"]*)"/g, (_, attr: string, url: string) => `${attr}="${rel(url)}"`)
    .replace(/\bsrcset="([^"]*)"/g, (_, set: string) => `srcset="${set.replace(/(^|,\s*)\/(?!\/)/g, `$1${up}`)}"`)
    .replace(/(content="\d+;\s*url=)(\/(?!\/)[^"]*)/gi, (_, head: string, url: string) => head + rel(url));
  // Links the scripts draw later (search results) are made relative by a small script of the ZIM's own.
  return page.replace('</head>', `<script src="${up}_zim/links.js"></script></head>`);
}

/** Addresses the bundled scripts build at run time: resolved from the module's own URL (`_astro/` is one down). */
function rewriteScript(js: string): string {
  return (
    js
      .replace(/`\/(pagefind|search)\//g, '`${new URL("../",import.meta.url).href}$1/')
      .replace(/(["'])\/(pagefind|search)\/([^"'`]*)\1/g, 'new URL("../$2/$3",import.meta.url).href')
      // Vite's preload helper: `return "/" + dep` for the chunks a dynamic import needs.
      .replace(/return`\/`\+(\w+)\}/g, 'return new URL("../"+$1,import.meta.url).href}')
  );
}

const linksScript = `// Made by tools/zim.ts: links the site's scripts draw with root-absolute addresses (search results) are
// made relative to this ZIM's root, which Kiwix serves under its own prefix.
(() => {
  const root = new URL('../', document.currentScript.src);
  const fix = (a) => {
    const href = a.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('//')) return;
    // Pagefind already prefixes its results with the folder it is served from (the ZIM's root).
    const url = href.startsWith(root.pathname) ? new URL(href, root) : new URL(href.slice(1), root);
    if (url.pathname.endsWith('/')) url.pathname += 'index.html';
    a.setAttribute('href', url.href);
  };
  const scan = (node) => {
    if (node.nodeType !== 1) return;
    if (node.matches('a[href]')) fix(node);
    node.querySelectorAll('a[href^="/"]').forEach(fix);
  };
  scan(document.documentElement);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') fix(r.target);
      else r.addedNodes.forEach(scan);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
})();
`;

/** The files of one language's ZIM, relative to dist. */
function filesOf(locale: string): string[] {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const lang = entry.languages[locale];
  if (!lang) throw new Error(`zim: ${dist}/pagefind/pagefind-entry.json has no index for ${locale}`);
  const patterns = [
    `${locale}/**/*`,
    '_astro/**/*',
    'icons/*',
    'icon.svg',
    'favicon.ico',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    `pagefind/pagefind.${lang.hash}.pf_meta`,
    `pagefind/wasm.${lang.wasm ?? 'unknown'}.pagefind`,
    `pagefind/index/${locale}_*`,
    `pagefind/fragment/${locale}_*`,
    `pagefind/filter/${locale}_*`,
    `search/vocab-${locale}.json`,
  ];
  const left = [`${locale}/offline/**`, `${locale}/manifest.webmanifest`];
  return globSync(patterns, { cwd: dist, exclude: left }).filter((f) => statSync(join(dist, f)).isFile());
}

mkdirSync(out, { recursive: true });
const icon = await sharp(readFileSync('public/icon.svg')).resize(48, 48).png().toBuffer();
for (const locale of chosen) {
  const stage = join(out, `.stage-${locale}`);
  rmSync(stage, { recursive: true, force: true });
  for (const file of filesOf(locale)) {
    const target = join(stage, file);
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith('.html'))
      writeFileSync(target, rewriteHtml(readFileSync(join(dist, file), 'utf8'), file, locale));
    else if (file.startsWith('_astro/') && file.endsWith('.js')) {
      writeFileSync(target, rewriteScript(readFileSync(join(dist, file), 'utf8')));
    } else cpSync(join(dist, file), target);
  }
  // Only this language's index: the entry file names no other (their files are not in this ZIM).
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>;
  };
  entry.languages = { [locale]: entry.languages[locale] };
  writeFileSync(join(stage, 'pagefind/pagefind-entry.json'), JSON.stringify(entry));
  mkdirSync(join(stage, '_zim'), { recursive: true });
  writeFileSync(join(stage, '_zim/links.js'), linksScript);
  writeFileSync(join(stage, '_zim/icon-48.png'), icon);

  const zim = join(out, zimFileName(locale));
  rmSync(zim, { force: true });
  const made = spawnSync(
    'zimwriterfs',
    [
      `--welcome=${locale}/index.html`,
      '--illustration=_zim/icon-48.png',
      `--language=${zimLanguage(locale)}`,
      `--title=${ui(locale, 'zim.title')}`,
      `--description=${ui(locale, 'zim.description')}`,
      `--creator=${ui(locale, 'zim.title')}`,
      `--publisher=${ui(locale, 'zim.title')}`,
      `--name=${zimFileName(locale).replace(/\.zim$/, '')}`,
      `--source=${process.env.SITE_URL ?? 'http://localhost:4321'}`,
      stage,
      zim,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (made.status !== 0) {
    console.error(`zim: zimwriterfs failed for ${locale}`);
    process.exit(1);
  }
  rmSync(stage, { recursive: true, force: true });
  const pages = filesOf(locale).filter((f) => f.endsWith('.html')).length;
  console.log(`${relative('.', zim)}: ${pages} pages, ${(statSync(zim).size / 1024 / 1024).toFixed(1)} MiB`);
}
