import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import kk from '../../content/i18n/kk.json' with { type: 'json' };
import { markerRevisions, planUpdate, type PackList } from '../../src/lib/offline/packs.ts';
import { PROGRESS_KEY } from '../../src/lib/progress-store.ts';
import { serveDist } from '../../tools/lib/serve-dist.ts';
import { buildCopy, copySite } from '../helpers/site-copy.ts';

// Service workers and offline state are per browser context; these tests share nothing with the others.
test.describe.configure({ mode: 'serial' });
// Offline use is the service worker's: on here (the configuration blocks it for the other specs).
test.use({ serviceWorkers: 'allow' });

async function waitOfflineReady(page: Page, locale = 'kk') {
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', locale, { timeout: 30_000 });
}

test('after one visit to /kk/, a new lesson, search, a result and a quiz all work offline', async ({
  page,
  context,
}) => {
  const started = Date.now();
  await page.goto('/kk/');
  await waitOfflineReady(page);
  console.log(`offline ready after ${Date.now() - started} ms on loopback`);
  // Readiness is said in the page's footer, not in a pop-up over the text.
  await expect(page.locator('[data-offline-ready-note]')).toHaveText(kk['offline.ready']);
  await expect(page.locator('[data-offline-status]')).toBeHidden();

  await context.setOffline(true);
  await page.goto('/kk/lessons/public-order/');
  await expect(page.locator('h1')).toContainText(/тәртіп/i);

  await page.locator('button[data-open-modal]').click();
  await page.locator('[data-search-input]').fill('Тазалык сакшылары');
  await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout: 20_000 });
  // Results may link to a section of the page.
  const hit = page.locator('[data-search-results] a[href*="/kk/initiatives/tazalyq-saqshylary/"]').first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/\/kk\/initiatives\/tazalyq-saqshylary\/(#.*)?$/);
  await expect(page.locator('h1')).toContainText('Тазалық');

  await page.goto('/kk/lessons/cyberbullying/');
  for (const fieldset of await page.locator('form[data-quiz] fieldset').all()) {
    await fieldset.locator('input').first().check();
  }
  await page.locator('form[data-quiz] button[type="submit"]').click();
  await expect(page.locator('form[data-quiz] fieldset').first().locator('.quiz__feedback')).toBeVisible();
  await expect(page.locator('.quiz__score')).not.toBeEmpty();
});

test('offline, a page outside the cache shows the translated offline page', async ({ page, context }) => {
  await page.goto('/kk/');
  await waitOfflineReady(page);
  await context.setOffline(true);
  // Only kk was saved (by the first visit): a Russian page offline gets the Russian offline page.
  const response = await page.goto('/ru/lessons/police-encounters/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(RU_OFFLINE_TITLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('a new deploy marks saved packs "update available"; updating keeps quiz progress and offline use', async ({
  browser,
}) => {
  // Includes a whole second build (about 20 s on a quiet 2-core machine, minutes on a busy one).
  test.setTimeout(420_000);
  // Two deploys behind one URL: the served root is a symlink switched from the old build to a new one.
  const work = mkdtempSync(join(tmpdir(), 'deploys-'));
  // nginx workers run unprivileged; mkdtemp makes the directory private.
  chmodSync(work, 0o755);
  const oldBuild = join(work, 'old');
  const newBuild = join(work, 'new');
  cpSync(process.env.DIST_DIR ?? 'dist', oldBuild, { recursive: true });
  const built = Date.now();
  buildChanged(newBuild);
  console.log(`second build: ${Date.now() - built} ms`);
  const current = join(work, 'current');
  symlinkSync(oldBuild, current);
  // Its own port, next to the one the configuration serves.
  const server = await serveDist(current, Number(process.env.PORT ?? 4322) + 1);
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const row = (locale: string) => page.locator(`[data-pack="${locale}"]`);
  try {
    // The first visit saves kk; the reader also keeps ru.
    await page.goto('/kk/lessons/cyberbullying/');
    await waitOfflineReady(page);
    for (const fieldset of await page.locator('form[data-quiz] fieldset').all()) {
      await fieldset.locator('input').first().check();
    }
    await page.locator('form[data-quiz] button[type="submit"]').click();
    const progress = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(progress).toContain('cyberbullying');
    await page.goto('/kk/offline-packs/');
    await expect(row('kk')).toHaveAttribute('data-state', 'saved');
    await row('ru').locator('[data-action="save"]').click();
    await expect(row('ru')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
    await page.goto('/kk/');
    await expect(page.locator('body')).not.toContainText(CHANGED_TEXT);

    // Deploy: switch the symlink atomically.
    const next = join(work, 'next');
    symlinkSync(newBuild, next);
    renameSync(next, current);

    await page.goto('/kk/offline-packs/');
    for (const locale of ['kk', 'ru']) {
      await expect(row(locale)).toHaveAttribute('data-state', 'update', { timeout: 30_000 });
    }
    // The prompt still decides when the new version of the site itself activates.
    const status = page.locator('[data-offline-status]');
    await expect(status).toContainText(kk['offline.update'], { timeout: 30_000 });

    // What the update downloads, seen from the service workers' own resource timings: only the files whose
    // revision changed between the two builds (a one-sentence edit), never the unchanged rest of the pack.
    const workers = () => context.serviceWorkers();
    for (const sw of workers()) await sw.evaluate(() => performance.clearResourceTimings());
    // ru is not updated yet: its old copy still works offline.
    await row('kk').locator('[data-action="update"]').click();
    await expect(row('kk')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
    const fetched = (
      await Promise.all(
        workers().map((sw) =>
          sw.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .map((e) => ({ path: new URL(e.name).pathname, bytes: (e as PerformanceResourceTiming).transferSize })),
          ),
        ),
      )
    ).flat();
    const [before, after] = [oldBuild, newBuild].map(
      (dir) => JSON.parse(readFileSync(join(dir, 'offline/pack-kk.json'), 'utf8')) as PackList,
    );
    const changed = planUpdate(after?.files ?? [], markerRevisions(before?.files ?? [])).fetch.map((f) => f.url);
    const packFiles = new Set(after?.files.map((f) => f.url));
    const fetchedFiles = [...new Set(fetched.filter((f) => packFiles.has(f.path)).map((f) => f.path))].sort();
    const kib = fetched.filter((f) => packFiles.has(f.path)).reduce((s, f) => s + f.bytes, 0) / 1024;
    console.log(
      `one-sentence edit: ${changed.length} of ${packFiles.size} pack files changed; the update fetched ${fetchedFiles.length} (${kib.toFixed(1)} KiB)`,
    );
    expect(fetchedFiles).toEqual([...changed].sort());
    expect(changed.length).toBeLessThan(packFiles.size / 4);
    await expect(row('ru')).toHaveAttribute('data-state', 'update');
    // Accepting reloads the page once the new worker controls it: wait for that reload, or the next
    // navigation races it (the row below was already "saved" before the click).
    const reloaded = page.waitForEvent('framenavigated', {
      predicate: (frame) => frame === page.mainFrame(),
      timeout: 30_000,
    });
    await status.getByRole('button', { name: kk['offline.reload'] }).click();
    await reloaded;
    await page.waitForLoadState('load');
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return Boolean(navigator.serviceWorker.controller) && !registration?.waiting && !registration?.installing;
    });
    await expect(row('kk')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });

    await context.setOffline(true);
    await page.goto('/kk/lessons/');
    await expect(page.locator('.lesson-index__progress')).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(progress);
    await page.goto('/kk/');
    await expect(page.locator('body')).toContainText(CHANGED_TEXT);
    await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'kk');
    await page.goto('/ru/lessons/cyberbullying/');
    await expect(page.locator('h1')).not.toHaveText(RU_OFFLINE_TITLE);
    await expect(page.locator('.quiz, form[data-quiz]').first()).toBeVisible();
  } finally {
    await context.close();
    server.stop();
    rmSync(work, { recursive: true, force: true });
  }
});

const CHANGED_TEXT = 'Жаңа нұсқаның белгісі';
const RU_OFFLINE_TITLE = /^title: (.+)$/m.exec(readFileSync('content/docs/ru/offline.mdx', 'utf8'))?.[1] ?? '';

/** A real second build from a copy of the project (with its git history, as a deploy has) whose Kazakh home page says something new. */
function buildChanged(outDir: string) {
  const copy = copySite('project-', false, true);
  const home = join(copy, 'content/docs/kk/index.mdx');
  writeFileSync(home, `${readFileSync(home, 'utf8')}\n\n${CHANGED_TEXT}\n`);
  const result = buildCopy(copy, 300_000);
  // Output is kept and printed only when the build fails, so a broken second build says why.
  if (result.status !== 0) throw new Error(`second build failed (${result.status}):\n${result.output}`);
  renameSync(join(copy, 'dist'), outDir);
  rmSync(copy, { recursive: true, force: true });
}
