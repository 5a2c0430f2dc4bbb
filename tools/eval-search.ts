// Search evaluation: drives the real search dialog in headless Chromium for every query of a file and
// prints recall@1, recall@5 and MRR per locale, beside bare Pagefind (raw query, no folding or stemming)
// on the same build. Usage: npm run eval:search -- [queries.json] [--dist dist] [--min-recall5 0.9]
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { firstRank, summarize, type Summary } from '../src/lib/search/metrics.ts';
import { chromiumArgs, chromiumPath, serveDist } from './lib/serve-dist.ts';

interface Query {
  locale: string;
  query: string;
  expect: string;
  /** The expected page's locale when it differs from the reader's (a cross-language match). */
  expectLocale?: string;
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const dist = flag('--dist') ?? 'dist';
const minRecall5 = Number(flag('--min-recall5') ?? 0);
const queryFile = args[0] ?? '../shared/search-queries.dev.json';
const queries = JSON.parse(readFileSync(queryFile, 'utf8')) as Query[];

if (!existsSync(`${dist}/pagefind/pagefind.js`)) {
  console.log(`No build in ${dist}/; building…`);
  execSync('npm run build', { stdio: 'inherit' });
}

const server = await serveDist(dist, 4330);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage();
const ranks: Record<'site' | 'bare', Record<string, number[]>> = { site: {}, bare: {} };
const misses: string[] = [];

try {
  for (const q of queries) {
    await page.goto(`${server.url}/${q.locale}/`);
    await page.locator('button[data-open-modal]').click();
    const input = page.locator('[data-search-input]');
    await input.fill(q.query);
    await page.locator(`site-search[data-search-state="done"], site-search[data-search-state="error"]`).waitFor();
    // The reader sees own-language results first, then other languages: rank them in that order.
    const sitePaths = await page
      .locator('[data-search-results] a, [data-search-other-results] a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const barePaths = await page.evaluate(
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
      { query: q.query, locale: q.locale },
    );
    const siteRank = firstRank(sitePaths, q.expectLocale ?? q.locale, q.expect);
    const bareRank = firstRank(barePaths, q.expectLocale ?? q.locale, q.expect);
    (ranks.site[q.locale] ??= []).push(siteRank);
    (ranks.bare[q.locale] ??= []).push(bareRank);
    if (siteRank === 0 || siteRank > 5)
      misses.push(
        `${q.locale} «${q.query}» → expected ${q.expect}, got ${sitePaths.slice(0, 3).join(' ') || 'nothing'}`,
      );
  }
} finally {
  await browser.close();
  server.stop();
}

const fmt = (s: Summary) => `${s.recallAt1.toFixed(2)}  ${s.recallAt5.toFixed(2)}  ${s.mrr.toFixed(2)}`;
console.log(`\nSearch evaluation on ${queryFile} (${queries.length} queries)\n`);
console.log('locale  n    site: R@1  R@5  MRR   | bare Pagefind: R@1  R@5  MRR   | R@5 gain');
let failed = false;
for (const locale of Object.keys(ranks.site)) {
  const site = summarize(ranks.site[locale] ?? []);
  const bare = summarize(ranks.bare[locale] ?? []);
  if (site.recallAt5 < minRecall5) failed = true;
  console.log(
    `${locale.padEnd(7)} ${String(site.queries).padEnd(4)}       ${fmt(site)} |                ${fmt(bare)} | ${(site.recallAt5 - bare.recallAt5 >= 0 ? '+' : '') + (site.recallAt5 - bare.recallAt5).toFixed(2)}`,
  );
}
const all = (k: 'site' | 'bare') => summarize(Object.values(ranks[k]).flat());
console.log(
  `all     ${String(queries.length).padEnd(4)}       ${fmt(all('site'))} |                ${fmt(all('bare'))}`,
);
if (misses.length) console.log(`\nMissed (not in top 5):\n  ${misses.join('\n  ')}`);
if (failed) {
  console.error(`\nrecall@5 below ${minRecall5} in some locale`);
  process.exit(1);
}
