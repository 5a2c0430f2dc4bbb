// Search cost figures, beside bare Pagefind on the same build: index size per locale, bytes fetched
// for a first query (fresh browser context), and keystroke-to-results time (median of 20) in headless
// Chromium. Usage: npm run bench:search -- [--dist dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath, serveDist } from './lib/serve-dist.ts';

const args = process.argv.slice(2);
const distIndex = args.indexOf('--dist');
const dist = distIndex === -1 ? 'dist' : (args[distIndex + 1] ?? 'dist');
const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string; wasm: string | null }>;
};
const queries: Record<string, string[]> = {
  kk: ['заң', 'есірткі', 'тазалық', 'полиция', 'бала құқығы'],
  ru: ['закон', 'наркотики', 'полиция', 'коррупция', 'права ребёнка'],
  en: ['law', 'drugs', 'police', 'corruption', 'rights of the child'],
};

function indexBytes(locale: string): number {
  const lang = entry.languages[locale];
  if (!lang) return 0;
  const size = (p: string) => statSync(join(dist, 'pagefind', p)).size;
  let total = size(`pagefind.${lang.hash}.pf_meta`) + size(`wasm.${lang.wasm ?? 'unknown'}.pagefind`);
  for (const dir of ['index', 'fragment', 'filter']) {
    for (const f of readdirSync(join(dist, 'pagefind', dir)))
      if (f.startsWith(`${locale}_`)) total += size(`${dir}/${f}`);
  }
  return total;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function siteSearch(page: Page, query: string): Promise<number> {
  const input = page.locator('[data-search-input]');
  if (await input.inputValue()) {
    await input.fill('');
    await page.locator('site-search[data-search-state="idle"]').waitFor({ state: 'attached' });
  }
  const start = Date.now();
  await input.fill(query);
  await page.locator('site-search[data-search-state="done"]').waitFor({ state: 'attached', timeout: 30_000 });
  return Date.now() - start;
}

async function bareSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    type Bare = { search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> };
    const w = window as unknown as { bare?: Bare };
    const pf = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
      createInstance: (o: { basePath: string }) => Bare;
    };
    const bare = (w.bare ??= pf.createInstance({ basePath: '/pagefind/' }));
    const start = performance.now();
    const response = await bare.search(q);
    await Promise.all(response.results.slice(0, 8).map((r) => r.data()));
    return performance.now() - start;
  }, query);
}

const server = await serveDist(dist, 4360);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
console.log('locale  index size   first query bytes (site | bare)   keystroke→results median ms (site | bare)');
try {
  for (const locale of Object.keys(queries)) {
    const figures: { bytes: number[]; times: number[] }[] = [];
    for (const mode of ['site', 'bare'] as const) {
      // No service worker: its precache would serve Pagefind's files and hide what a first query costs.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      let bytes = 0;
      let counting = false;
      // Context-wide, so requests made by Pagefind's web worker are counted too.
      context.on('requestfinished', (request) => {
        if (!counting) return;
        void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
      });
      await page.goto(`${server.url}/${locale}/`);
      await page.waitForLoadState('networkidle');
      counting = true;
      const list = queries[locale] ?? [];
      const times: number[] = [];
      if (mode === 'site') await page.locator('button[data-open-modal]').click();
      times.push(mode === 'site' ? await siteSearch(page, list[0] ?? '') : await bareSearch(page, list[0] ?? ''));
      await page.waitForLoadState('networkidle');
      const firstBytes = bytes;
      counting = false;
      for (let i = 1; i < 20; i++) {
        const q = list[i % list.length] ?? '';
        times.push(mode === 'site' ? await siteSearch(page, q) : await bareSearch(page, q));
      }
      figures.push({ bytes: [firstBytes], times });
      await context.close();
    }
    const [site, bare] = figures;
    console.log(
      `${locale.padEnd(7)} ${kib(indexBytes(locale)).padEnd(12)} ${kib(site?.bytes[0] ?? 0).padStart(10)} | ${kib(bare?.bytes[0] ?? 0).padEnd(22)} ${String(Math.round(median(site?.times ?? []))).padStart(8)} | ${Math.round(median(bare?.times ?? []))}`,
    );
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(
  "\nsite = this site's dialog (includes its 120 ms typing debounce and rendering); bare = pagefind.search() + data() of the top 8.",
);
