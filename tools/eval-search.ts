// Search evaluation: drives the real search dialog in headless Chromium for every query of a file and
// prints recall@1, recall@5 and MRR per category and locale, beside bare Pagefind (raw query, no folding,
// stemming or correction) on the same build. It also counts false corrections: a correction offered for a
// query whose words are all in the index, and for a sample of indexed words typed as they are.
// Usage: npm run eval:search -- [queries.json …] [--dist dist] [--min-recall5 0.9] [--probe 60] [--floors floors.json]
//   [--not-first]
// With --floors (npm run test:search), the sets are the floors file's, recall is counted per set and language,
// and the run fails when one falls under its floor; it never builds (it tests the build there is).
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { localeCodes } from '../src/config/locales.ts';
import { firstRank, summarize, type Summary } from '../src/lib/search/metrics.ts';
import { foldKazakh } from '../src/lib/search/kazakh.ts';
import { Corrector, type VocabularyFile } from '../src/lib/search/typo.ts';
import { chromiumArgs, chromiumPath, serveDist } from './lib/serve-dist.ts';

interface Query {
  /** The file the query comes from (set when read). */
  set?: string;
  locale: string;
  query: string;
  expect: string;
  /** The expected page's locale when it differs from the reader's (a cross-language match). */
  expectLocale?: string;
  /** everyday (default), typo, latin, multi-word, inflected, folded, cross-language… */
  category?: string;
}

// util.parseArgs: an unknown flag or a flag without its value is an error naming it, never a query file.
const { values: options, positionals: args } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    'min-recall5': { type: 'string', default: '0' },
    probe: { type: 'string', default: '60' },
    floors: { type: 'string' },
    // Also list the queries whose page is found but not first (the recall@1 misses).
    'not-first': { type: 'boolean', default: false },
  },
});
const dist = options.dist;
const numberOption = (name: 'min-recall5' | 'probe') => {
  const value = Number(options[name]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number ≥ 0 (got "${options[name]}")`);
  return value;
};
const minRecall5 = numberOption('min-recall5');
const probe = numberOption('probe');
const floorsFile = options.floors;
const listNotFirst = options['not-first'];
type Floor = Pick<Summary, 'recallAt1' | 'recallAt5'>;
const floors = floorsFile
  ? (JSON.parse(readFileSync(floorsFile, 'utf8')) as { sets: Record<string, Record<string, Floor>> }).sets
  : undefined;
const queryFiles = args.length ? args : floors ? Object.keys(floors) : ['../shared/search-queries.dev.json'];
const queries = queryFiles.flatMap((file) =>
  (JSON.parse(readFileSync(file, 'utf8')) as Query[]).map((q) => ({
    ...q,
    set: file,
    category: q.category ?? 'everyday',
  })),
);

if (floors && !existsSync(`${dist}/pagefind/pagefind.js`)) {
  console.error(`No build in ${dist}/: run npm run build first (the search test checks the build there is).`);
  process.exit(1);
}
if (!existsSync(`${dist}/pagefind/pagefind.js`)) {
  console.log(`No build in ${dist}/; building…`);
  execSync('npm run build', { stdio: 'inherit' });
}

const vocabularies = new Map<string, Corrector>();
function vocabulary(locale: string): Corrector | undefined {
  const file = `${dist}/search/vocab-${locale}.json`;
  if (!vocabularies.has(locale) && existsSync(file)) {
    vocabularies.set(locale, new Corrector(JSON.parse(readFileSync(file, 'utf8')) as VocabularyFile, foldKazakh));
  }
  return vocabularies.get(locale);
}

const server = await serveDist(dist, Number(process.env.EVAL_PORT ?? 4330));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage();

/** The locale whose home page holds the open dialog (reused while queries stay in that locale). */
let openIn: string | undefined;

async function dialogSearch(p: Page, locale: string, query: string) {
  const host = p.locator('site-search');
  if (openIn !== locale) {
    await p.goto(`${server.url}/${locale}/`);
    await p.evaluate(() => sessionStorage.clear());
    await p.locator('button[data-open-modal]').click();
    openIn = locale;
  } else {
    // The same dialog, a new query, as a reader retyping: the state is reset so that "done" is this query's.
    await host.evaluate((el) => el.removeAttribute('data-search-state'));
  }
  await p.locator('[data-search-input]').fill(query);
  await p.locator(`site-search[data-search-state="done"], site-search[data-search-state="error"]`).waitFor();
  // The reader sees own-language results first, then other languages: rank them in that order.
  const paths = await p
    .locator('[data-search-results] > li > a, [data-search-other-results] > li > a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const corrected = await p.locator('[data-search-correction]:not([hidden])').count();
  return { paths, corrected: corrected > 0 };
}

async function bareSearch(p: Page, locale: string, query: string): Promise<string[]> {
  return p.evaluate(
    async ({ query, locale }) => {
      const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      // Bare Pagefind as Starlight uses it: the page's own index, the raw query.
      if (document.documentElement.lang !== locale) throw new Error('page and query locale differ');
      const instance = pf.createInstance({ basePath: '/pagefind/' });
      const response = await instance.search(query);
      const data = await Promise.all(
        (response?.results ?? []).slice(0, 8).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
      );
      return data.map((d) => new URL(d.url, location.origin).pathname);
    },
    { query, locale },
  );
}

type Ranks = Record<string, number[]>;
const ranks: Record<'site' | 'bare', Ranks> = { site: {}, bare: {} };
const misses: string[] = [];
const notFirst: string[] = [];
const falseCorrections: string[] = [];
let probed = 0;

try {
  // Grouped by locale (a stable sort), so one dialog serves every query of a locale.
  const order: readonly string[] = localeCodes;
  for (const q of [...queries].sort((a, b) => order.indexOf(a.locale) - order.indexOf(b.locale))) {
    const site = await dialogSearch(page, q.locale, q.query);
    // The floors gate needs the site's ranks only: bare Pagefind is the comparison eval:search prints.
    const barePaths = floors ? [] : await bareSearch(page, q.locale, q.query);
    const siteRank = firstRank(site.paths, q.expectLocale ?? q.locale, q.expect);
    const bareRank = firstRank(barePaths, q.expectLocale ?? q.locale, q.expect);
    for (const key of [
      `${q.category} ${q.locale}`,
      `all ${q.locale}`,
      ...(floors ? [`set:${q.set} ${q.locale}`] : []),
    ]) {
      (ranks.site[key] ??= []).push(siteRank);
      (ranks.bare[key] ??= []).push(bareRank);
    }
    const known = vocabulary(q.locale);
    if (site.corrected && known && q.query.split(/\s+/).every((w) => known.known(w))) {
      falseCorrections.push(`${q.locale} «${q.query}»`);
    }
    if (siteRank > 1 && siteRank <= 5)
      notFirst.push(
        `${q.category} ${q.locale} «${q.query}» → expected ${q.expect} (rank ${siteRank}), got ${site.paths.slice(0, 3).join(' ')}`,
      );
    if (siteRank === 0 || siteRank > 5)
      misses.push(
        `${q.category} ${q.locale} «${q.query}» → expected ${q.expect}, got ${site.paths.slice(0, 3).join(' ') || 'nothing'}`,
      );
  }
  // Indexed words typed as they are must never be "corrected": a sample of words that could be (5+ letters).
  for (const locale of localeCodes) {
    const file = `${dist}/search/vocab-${locale}.json`;
    if (!existsSync(file) || probe <= 0) continue;
    const words = (JSON.parse(readFileSync(file, 'utf8')) as VocabularyFile).words.filter((w) => w.length >= 5);
    const step = Math.max(1, Math.floor(words.length / probe));
    for (let i = 0; i < words.length && i / step < probe; i += step) {
      const word = words[i] ?? '';
      probed++;
      if ((await dialogSearch(page, locale, word)).corrected)
        falseCorrections.push(`${locale} «${word}» (indexed word)`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}

const fmt = (s: Summary) => `${s.recallAt1.toFixed(2)}  ${s.recallAt5.toFixed(2)}  ${s.mrr.toFixed(2)}`;
// test:search (--floors) does not run bare Pagefind: its columns would read as zero recall.
const fmtBare = (s: Summary) => (floors ? '   —     —     —' : fmt(s));
console.log(`\nSearch evaluation on ${queryFiles.join(', ')} (${queries.length} queries)\n`);
console.log('category       locale  n    site: R@1  R@5  MRR  | bare Pagefind: R@1  R@5  MRR  | R@5 gain');
let failed = false;
const keys = Object.keys(ranks.site)
  .filter((k) => !k.startsWith('set:'))
  .sort((a, b) => (a.startsWith('all') ? 1 : 0) - (b.startsWith('all') ? 1 : 0));
for (const key of keys) {
  const [category = '', locale = ''] = key.split(' ');
  const site = summarize(ranks.site[key] ?? []);
  const bare = summarize(ranks.bare[key] ?? []);
  if (category === 'all' && site.recallAt5 < minRecall5) failed = true;
  const gain = site.recallAt5 - bare.recallAt5;
  console.log(
    `${category.padEnd(14)} ${locale.padEnd(7)} ${String(site.queries).padEnd(4)}       ${fmt(site)} |                ${fmtBare(bare)} | ${floors ? '—' : (gain >= 0 ? '+' : '') + gain.toFixed(2)}`,
  );
}
const total = (k: 'site' | 'bare') =>
  summarize(
    Object.entries(ranks[k])
      .filter(([key]) => key.startsWith('all '))
      .flatMap(([, r]) => r),
  );
console.log(
  `all            all     ${String(queries.length).padEnd(4)}       ${fmt(total('site'))} |                ${fmtBare(total('bare'))}`,
);
console.log(
  `\nFalse corrections: ${falseCorrections.length} (queries whose words are all indexed, and ${probed} indexed words typed as they are)`,
);
if (falseCorrections.length) console.log(`  ${falseCorrections.join('\n  ')}`);
if (listNotFirst && notFirst.length) console.log(`\nFound, not first:\n  ${notFirst.join('\n  ')}`);
if (misses.length) console.log(`\nMissed (not in top 5):\n  ${misses.join('\n  ')}`);
// Per set and language against its floor (figures compared as printed, to two decimals).
const underFloor: string[] = [];
if (floors) {
  console.log('\nset                                              locale  n    R@1   floor | R@5   floor');
  const round = (x: number) => Math.round(x * 100) / 100;
  for (const [set, byLocale] of Object.entries(floors)) {
    for (const [locale, floor] of Object.entries(byLocale)) {
      const s = summarize(ranks.site[`set:${set} ${locale}`] ?? []);
      const low = s.queries === 0 || round(s.recallAt1) < floor.recallAt1 || round(s.recallAt5) < floor.recallAt5;
      if (low) underFloor.push(`${set} ${locale}`);
      console.log(
        `${set.padEnd(48)} ${locale.padEnd(7)} ${String(s.queries).padEnd(4)} ${s.recallAt1.toFixed(2)}  ${floor.recallAt1.toFixed(2)}  | ${s.recallAt5.toFixed(2)}  ${floor.recallAt5.toFixed(2)}${low ? '  ✗ under its floor' : ''}`,
      );
    }
  }
}
if (underFloor.length) {
  console.error(`\nRecall under its floor (${floorsFile ?? ''}): ${underFloor.join(', ')}`);
  process.exit(1);
}
if (failed || falseCorrections.length) {
  console.error(failed ? `\nrecall@5 below ${minRecall5} in some locale` : '\nsome queries were wrongly corrected');
  process.exit(1);
}
