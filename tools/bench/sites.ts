// Temporary sites for the benchmark, under /tmp: a copy of this project and a bare Starlight site with the
// same text, each with the same synthetic pages. node_modules is hard-linked (`cp -al`, as
// tools/isolated-build.sh does): a symlinked node_modules breaks Astro's resolution.
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFrontmatter } from '../../src/server/frontmatter.ts';
import { dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { defaultLocale, locales } from '../../src/config/locales.ts';
import {
  renderPageFile,
  toBarePage,
  type BareData,
  type LegalActEntry,
  type GlossaryEntry,
  type HelpContactEntry,
} from './lib/bare-page.ts';
import { syntheticPages } from './lib/synthetic.ts';
// ui(): a Node tool, outside Astro, so there is no Astro.locals.t.
import { ui } from '../../src/lib/ui-strings.ts';
import { measuredAll } from './measure.ts';

/** Sections that get synthetic pages: their topic sidebars grow; initiatives/ keeps only real pages. */
export const SYNTHETIC_SECTIONS = ['council', 'lessons'] as const;

const localeCodes = Object.keys(locales);
const node = process.execPath;
const astroBuild = [node, 'node_modules/astro/bin/astro.mjs', 'build'];

export interface Site {
  kind: 'project' | 'bare';
  dir: string;
  perLocale: number;
  /** Environment of its build (e.g. SITE_URL, the address it is built for). */
  env?: Record<string, string> | undefined;
}

function writeFile(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function linkNodeModules(root: string, dir: string) {
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
  // Caches would be shared through the hard links and would make one build warmer than another.
  for (const cache of ['.vite', '.astro']) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
}

function installedVersion(root: string, name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
}

function writeSynthetic(docsDir: string, perLocale: number) {
  for (const page of syntheticPages({ perLocale, locales: localeCodes, sections: SYNTHETIC_SECTIONS })) {
    writeFile(join(docsDir, page.locale, `${page.slug}.mdx`), renderPageFile(page.frontmatter, page.body));
  }
}

const walk = (dir: string) => globSync('**/*.{md,mdx}', { cwd: dir }).map((f) => join(dir, f));

/**
 * A copy of the project tree (without build output, and without git unless `history`: pages carry their git
 * dates, so two builds compared file by file must both have it or both lack it) plus `perLocale` synthetic pages
 * per locale.
 */
export function prepareProject(root: string, dir: string, perLocale: number, history = false): Site {
  mkdirSync(dir, { recursive: true });
  const excludes = [
    'node_modules',
    'dist',
    '.astro',
    'test-results',
    'playwright-report',
    ...(history ? [] : ['.git']),
  ];
  execFileSync('bash', [
    '-c',
    `tar -C "$1" ${excludes.map((e) => `--exclude=./${e}`).join(' ')} -cf - . | tar -C "$2" -xf -`,
    'copy',
    root,
    dir,
  ]);
  linkNodeModules(root, dir);
  writeSynthetic(join(dir, 'content/docs'), perLocale);
  return { kind: 'project', dir, perLocale };
}

/** Bare Starlight: stock config and schema, this project's real pages as plain Markdown, the same synthetic pages. */
export function prepareBare(root: string, dir: string, perLocale: number): Site {
  mkdirSync(dir, { recursive: true });
  // Dependencies must be declared: Vite decides from package.json what to bundle for the server build.
  const dependencies = Object.fromEntries(
    ['astro', '@astrojs/starlight', 'sharp'].map((name) => [name, installedVersion(root, name)]),
  );
  writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bare-starlight-bench', private: true, type: 'module', dependencies }, null, 2),
  );
  const localeConfig = Object.fromEntries(Object.entries(locales).map(([code, l]) => [code, { ...l }]));
  writeFile(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: ${JSON.stringify(ui(defaultLocale, 'site.title'))},
      defaultLocale: ${JSON.stringify(defaultLocale)},
      locales: ${JSON.stringify(localeConfig)},
    }),
  ],
});
`,
  );
  writeFile(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // A Starlight starter ships public/favicon.svg (the default favicon); without it every page load requests a 404.
  writeFile(join(dir, 'public/favicon.svg'), readFileSync(join(root, 'public/icon.svg'), 'utf8'));
  const data: BareData = {
    glossary: yaml.load(readFileSync(join(root, 'content/glossary/terms.yaml'), 'utf8')) as GlossaryEntry[],
    helpContacts: yaml.load(readFileSync(join(root, 'content/data/help-contacts.yaml'), 'utf8')) as HelpContactEntry[],
    legalActs: yaml.load(readFileSync(join(root, 'content/data/legal-acts.yaml'), 'utf8')) as LegalActEntry[],
  };
  const source = join(root, 'content/docs');
  const docsDir = join(dir, 'src/content/docs');
  for (const path of walk(source)) {
    const file = relative(root, path);
    const [locale = '', ...rest] = relative(source, path).split('/');
    const { data: frontmatter, body, present } = readFrontmatter(readFileSync(path, 'utf8'));
    if (!present) throw new Error(`${file}: has no frontmatter block`);
    const bare = toBarePage({ file, locale, frontmatter, body }, data);
    const slug = rest.join('/').replace(/\.mdx?$/, '');
    writeFile(join(docsDir, locale, `${slug}.${bare.ext}`), renderPageFile(bare.frontmatter, bare.body));
  }
  writeSynthetic(docsDir, perLocale);
  linkNodeModules(root, dir);
  return { kind: 'bare', dir, perLocale };
}

/** Builds a site as its own build command does: the project runs its content check first (`npm run build`). */
export function buildSite(site: Site) {
  // Every build starts cold: no previous output and no content or Vite cache.
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(site.dir, path), { recursive: true, force: true });
  }
  const commands = site.kind === 'project' ? [[node, 'tools/check-content.ts'], astroBuild] : [astroBuild];
  writeFileSync(buildLog(site), '');
  return measuredAll(commands, site.dir, buildLog(site), site.env);
}

/**
 * Gives a built bare site a page at `/`: serveDist waits for `/` to answer, and bare Starlight has none
 * there (the project has a language picker).
 */
export function ensureRootPage(site: Site) {
  const rootPage = join(site.dir, 'dist/index.html');
  if (!existsSync(rootPage)) writeFileSync(rootPage, '<!doctype html><title>bare Starlight</title>\n');
}

/** The output of the site's latest build. */
export function buildLog(site: Site): string {
  return join(site.dir, 'bench-build.log');
}

export function countPages(dist: string): number {
  return readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}
