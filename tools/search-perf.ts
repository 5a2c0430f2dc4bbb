// Search cost figures, beside bare Pagefind on the same build: index size per locale, bytes fetched
// for a first query (fresh browser context), and keystroke-to-results time (median of 20) in headless
// Chromium, online and offline (served by the service worker). Usage: npm run bench:search -- [--dist dist]
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

/**
 * Keystroke → results in the dialog, timed in the page like bare Pagefind (not through Playwright's polling):
 * from the input event to the dialog's results being in the DOM (data-search-state="done").
 */
async function siteSearch(page: Page, query: string): Promise<number> {
  await page.locator('site-search[data-search-state]').waitFor({ state: 'attached', timeout: 30_000 });
  return page.evaluate(async (q) => {
    const root = document.querySelector<HTMLElement>('site-search');
    const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
    if (!root || !input) throw new Error('no search dialog');
    const settled = () =>
      new Promise<void>((resolve) => {
        const done = () => ['done', 'error', 'idle'].includes(root.dataset.searchState ?? '');
        if (done()) return resolve();
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(root, { attributes: true, attributeFilter: ['data-search-state'] });
      });
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    if (input.value) {
      type('');
      await settled();
    }
    const start = performance.now();
    type(q);
    await settled();
    return performance.now() - start;
  }, query);
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

/** Keystroke→results with the network off, the page and its search files served by the service worker. */
async function offlineTimes(url: string, locale: string): Promise<number[] | undefined> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${url}/${locale}/`);
    const controlled = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return false;
      const ready = await Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 20_000)),
      ]);
      return ready;
    });
    if (!controlled) return undefined;
    await page.reload();
    await page.waitForLoadState('networkidle');
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) return undefined;
    // One search online first, as a reader would before going offline (the locale's index is precached).
    await page.locator('button[data-open-modal]').click();
    await siteSearch(page, queries[locale]?.[0] ?? '');
    await context.setOffline(true);
    await page.reload();
    await page.locator('button[data-open-modal]').click();
    const list = queries[locale] ?? [];
    const times: number[] = [];
    for (let i = 0; i < 20; i++) times.push(await siteSearch(page, list[i % list.length] ?? ''));
    const failed = await page.locator('site-search[data-search-state="error"]').count();
    return failed ? undefined : times;
  } catch {
    return undefined;
  } finally {
    await context.close();
  }
}

const server = await serveDist(dist, Number(process.env.BENCH_PORT ?? 4360));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
console.log(
  'locale  index size   first query bytes (site | bare)   keystroke→results median ms (site | bare | site offline)',
);
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
    const offline = await offlineTimes(server.url, locale);
    const siteMs = median(site?.times ?? []);
    const bareMs = median(bare?.times ?? []);
    console.log(
      `${locale.padEnd(7)} ${kib(indexBytes(locale)).padEnd(12)} ${kib(site?.bytes[0] ?? 0).padStart(10)} | ${kib(bare?.bytes[0] ?? 0).padEnd(22)} ${String(Math.round(siteMs)).padStart(8)} | ${Math.round(bareMs)} | ${offline ? Math.round(median(offline)) : 'n/a'}   (site/bare ${(siteMs / Math.max(1, bareMs)).toFixed(1)}×)`,
    );
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(
  "\nsite = this site's dialog, keystroke to rendered results (searches on every input, no debounce); bare = pagefind.search() + data() of the top 8; offline = the dialog with the network off (n/a: no service worker took control).",
);
