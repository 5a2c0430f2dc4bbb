import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page, type Route } from '@playwright/test';
import { localeCodes } from '../../src/config/locales.ts';
import { parsePackCacheName } from '../../src/lib/offline/packs.ts';
import { PROGRESS_KEY } from '../../src/lib/progress-store.ts';
import kk from '../../content/i18n/kk.json' with { type: 'json' };

// Language packs on /kk/offline-packs/: one browser context for the whole file (service worker and caches
// carry over from test to test, as they would for a reader), so the tests run in order.
test.describe.configure({ mode: 'serial' });

const title = (path: string) => /^title: (.+)$/m.exec(readFileSync(path, 'utf8'))?.[1]?.trim() ?? '';
const offlineTitle = (locale: string) => title(`content/docs/${locale}/offline.mdx`);
const LESSON = 'cyberbullying';

let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ baseURL: test.info().project.use.baseURL, serviceWorkers: 'allow' });
  page = await context.newPage();
});
test.afterAll(async () => {
  await context.close();
});

const row = (locale: string) => page.locator(`[data-pack="${locale}"]`);

async function openPacks() {
  await page.goto('/kk/offline-packs/');
  await expect(page.locator('[data-offline-packs]')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

async function saveAndTime(locale: string): Promise<number> {
  const started = Date.now();
  await row(locale).locator('[data-action="save"]').click();
  await expect(row(locale)).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
  return Date.now() - started;
}

async function search(query: string, href: string) {
  await page.locator('button[data-open-modal]').click();
  await page.locator('[data-search-input]').fill(query);
  await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
  await expect(page.locator(`[data-search-results] a[href*="${href}"]`).first()).toBeVisible();
  await page.keyboard.press('Escape');
}

test('the packs page lists every language with its size; saving kk and ru keeps both offline', async () => {
  await openPacks();
  await expect(page.locator('[data-pack]')).toHaveCount(localeCodes.length);
  for (const locale of localeCodes) {
    await expect(row(locale)).toHaveAttribute('data-state', 'not-saved');
    await expect(row(locale).locator('[data-pack-sizes]')).toContainText(/\d/);
  }
  // Progress stays in localStorage; no pack operation touches it.
  await page.evaluate((key) => localStorage.setItem(key, '{"kept":true}'), PROGRESS_KEY);

  const kkMs = await saveAndTime('kk');
  const ruMs = await saveAndTime('ru');
  console.log(`time to "saved" on loopback: kk ${kkMs} ms, ru ${ruMs} ms`);
  // Saving ru leaves kk saved: any set of languages can be kept.
  await expect(row('kk')).toHaveAttribute('data-state', 'saved');
  await expect(row('en')).toHaveAttribute('data-state', 'not-saved');
  await expect(page.locator('[data-storage-used]')).toContainText(/\d/);
  const sizes = await page.evaluate(async () => {
    const out: Record<string, number> = {};
    for (const name of await caches.keys()) {
      let bytes = 0;
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        bytes += (await (await cache.match(request))?.arrayBuffer())?.byteLength ?? 0;
      out[name] = bytes;
    }
    return out;
  });
  console.log('bytes stored per cache:', JSON.stringify(sizes));

  await context.setOffline(true);
  try {
    for (const locale of ['ru', 'kk']) {
      const response = await page.goto(`/${locale}/lessons/${LESSON}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(title(`content/docs/${locale}/lessons/${LESSON}.mdx`));
      await expect(page.locator('html')).toHaveAttribute('data-offline-ready', locale);
    }
    await search('Тазалык сакшылары', '/kk/initiatives/tazalyq-saqshylary/');
    await page.goto('/ru/');
    await search(
      title('content/docs/ru/initiatives/tazalyq-saqshylary.mdx').replace(/[«»]/g, ''),
      '/ru/initiatives/tazalyq-saqshylary/',
    );
  } finally {
    await context.setOffline(false);
  }
});

test('removing ru removes only its files: ru pages show the offline page, kk and progress stay', async () => {
  await openPacks();
  await row('ru').locator('[data-action="remove"]').click();
  await expect(row('ru')).toHaveAttribute('data-state', 'not-saved');
  await expect(row('kk')).toHaveAttribute('data-state', 'saved');

  await context.setOffline(true);
  try {
    await page.goto(`/ru/lessons/${LESSON}/`);
    await expect(page.locator('h1')).toHaveText(offlineTitle('ru'));
    // The offline page offers only what is saved.
    await expect(page.locator('[data-saved-language="kk"]')).toBeVisible();
    await expect(page.locator('[data-saved-language="ru"]')).toBeHidden();
    await page.locator('[data-saved-language="kk"] a').first().click();
    await expect(page).toHaveURL(/\/kk\/$/);
    await page.goto(`/kk/lessons/${LESSON}/`);
    await expect(page.locator('h1')).toHaveText(title(`content/docs/kk/lessons/${LESSON}.mdx`));
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe('{"kept":true}');
  } finally {
    await context.setOffline(false);
  }
});

test('a network drop mid-download is reported, nothing claims saved, and retry finishes', async () => {
  await openPacks();
  // Some of the pack's files fail, as when the connection drops halfway.
  await context.route('**/pagefind/fragment/en_*', (route) => route.abort('internetdisconnected'));
  await row('en').locator('[data-action="save"]').click();
  await expect(row('en').locator('[data-pack-error]')).toHaveText(kk['packs.errorNetwork'], { timeout: 30_000 });
  await expect(row('en')).toHaveAttribute('data-state', 'not-saved');
  await expect(row('en').locator('[data-action="save"]')).toHaveText(kk['packs.retry']);
  await expect(row('kk')).toHaveAttribute('data-state', 'saved');

  await context.unrouteAll();
  await row('en').locator('[data-action="save"]').click();
  await expect(row('en')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
  await expect(row('en').locator('[data-pack-error]')).toBeHidden();
  await row('en').locator('[data-action="remove"]').click();
  await expect(row('en')).toHaveAttribute('data-state', 'not-saved');
});

test('a worker stopped mid-download is reported, never left "saving", and retry resumes from the kept files', async () => {
  await openPacks();
  // The download hangs on some files, then the browser stops the worker (as it may for a tab in the background).
  const held: Route[] = [];
  await context.route('**/pagefind/fragment/en_*', (route) => void held.push(route));
  await row('en').locator('[data-action="save"]').click();
  await expect.poll(() => held.length, { timeout: 20_000 }).toBeGreaterThan(0);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (const route of held) await route.abort().catch(() => undefined);
  await context.unrouteAll({ behavior: 'ignoreErrors' });

  await expect(row('en').locator('[data-pack-error]')).toHaveText(kk['packs.errorInterrupted'], { timeout: 30_000 });
  await expect(row('en')).toHaveAttribute('data-state', 'not-saved');
  await expect(row('en').locator('[data-pack-progress]')).toBeHidden();
  await expect(row('en').locator('[data-action="save"]')).toHaveText(kk['packs.retry']);
  // "Files already downloaded are kept": the unfinished pack's cache holds them.
  const kept = await page.evaluate(async () => {
    const out: Record<string, number> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).length;
    return out;
  });
  const enCache = Object.entries(kept).find(([name]) => parsePackCacheName(name)?.locale === 'en');
  expect(enCache?.[1] ?? 0).toBeGreaterThan(0);

  await row('en').locator('[data-action="save"]').click();
  await expect(row('en')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
  await expect(row('en').locator('[data-pack-error]')).toBeHidden();
  await row('en').locator('[data-action="remove"]').click();
  await expect(row('en')).toHaveAttribute('data-state', 'not-saved');
});

test('quota exceeded: a clear message, and the pack stays "not saved"', async () => {
  await openPacks();
  const origin = new URL(page.url()).origin;
  const cdp = await context.newCDPSession(page);
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: (usage ?? 0) + 200_000 });
  try {
    await page.reload();
    await expect(page.locator('[data-offline-packs]')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await row('ru').locator('[data-action="save"]').click();
    await expect(row('ru').locator('[data-pack-error]')).toHaveText(kk['packs.errorQuota'], { timeout: 30_000 });
    await expect(row('ru')).toHaveAttribute('data-state', 'not-saved');
    await expect(row('ru').locator('[data-pack-status]')).toHaveText(kk['packs.notSaved']);
    await page.goto(`/ru/lessons/${LESSON}/`);
    await expect(page.locator('[data-offline-ready-note]')).toBeHidden();
    await expect(page.locator('html')).not.toHaveAttribute('data-offline-ready', /./);
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  }
});
