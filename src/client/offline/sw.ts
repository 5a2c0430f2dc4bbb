/**
 * The site's one service worker (built by src/integrations/offline.ts: bundled, then Workbox's
 * injectManifest fills `self.__WB_MANIFEST` with the app shell). It serves, in order: the pack of the
 * page's language when that pack matches this deploy, the app shell, the network; offline, any saved
 * pack (an older copy still renders and searches on its own), and for a navigation the translated
 * offline page. Packs are downloaded here on a message from a page, so a save finishes on its own,
 * whichever version of the worker is active; progress and failures are posted back to every page.
 */
import { cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { defaultLocale, isLocale, localeCodes } from '../../config/locales.ts';
import {
  PACK_MARKER_URL,
  PACKS_INDEX_URL,
  PAGES_URL,
  answerLocale,
  fitsQuota,
  isKnownPage,
  localeOfUrlPath,
  lookupPaths,
  markerRevisions,
  packCacheName,
  packListUrl,
  parsePackCacheName,
  planUpdate,
  type FromWorker,
  type PackError,
  type PackList,
  type PackMarker,
  type PacksIndex,
  type ToWorker,
} from '../../lib/offline/packs.ts';
import { readSavedPacks, type SavedPack } from './saved-packs.ts';

// Service-worker types, declared here: the project's TypeScript lib is the DOM's.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface WorkerGlobal {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  registration: { active: { scriptURL: string } | null };
  clients: {
    matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<{ postMessage(m: unknown): void }[]>;
    claim(): Promise<void>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: WorkerGlobal;

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

self.addEventListener('install', () => {
  // The per-locale workers of earlier deploys cannot serve packs: replace them without waiting.
  if (/\/sw-[a-z]+\.js$/.test(self.registration.active?.scriptURL ?? '')) void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  packs = undefined;
  event.waitUntil(
    (async () => {
      // Runtime caches of the per-locale workers, now replaced by packs.
      await Promise.all(['pages', 'assets'].map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

let packs: Promise<Map<string, SavedPack>> | undefined;
let build: Promise<PacksIndex | undefined> | undefined;
let pageList: Promise<Set<string> | undefined> | undefined;

function savedPacks(): Promise<Map<string, SavedPack>> {
  packs ??= readSavedPacks();
  return packs;
}

/** The pack versions of the deploy this worker belongs to (its precached copy of packs.json). */
function buildIndex(): Promise<PacksIndex | undefined> {
  build ??= matchPrecache(PACKS_INDEX_URL).then((r) => (r ? (r.json() as Promise<PacksIndex>) : undefined));
  return build;
}

/** Every page address of this worker's deploy (its precached /offline/pages.json). */
function sitePages(): Promise<Set<string> | undefined> {
  pageList ??= matchPrecache(PAGES_URL).then(async (r) => (r ? new Set((await r.json()) as string[]) : undefined));
  return pageList;
}

async function matchIn(cacheName: string, paths: string[]): Promise<Response | undefined> {
  const cache = await caches.open(cacheName);
  for (const path of paths) {
    const hit = await cache.match(path, { ignoreSearch: true });
    if (hit) return hit;
  }
  return undefined;
}

async function matchShell(paths: string[]): Promise<Response | undefined> {
  for (const path of paths) {
    const hit = await matchPrecache(path);
    if (hit) return hit;
  }
  return undefined;
}

function localeOf(url: URL, referrer: string): string | undefined {
  const own = localeOfUrlPath(url.pathname, localeCodes);
  if (own || !referrer) return own;
  return localeOfUrlPath(new URL(referrer).pathname, localeCodes);
}

async function respond(request: Request, url: URL): Promise<Response> {
  const paths = lookupPaths(url.pathname);
  // The deploy's pack list must be fresh to tell "update available"; offline, this build's copy.
  if (url.pathname === PACKS_INDEX_URL) {
    try {
      return await fetch(request);
    } catch {
      return (await matchShell(paths)) ?? Response.error();
    }
  }
  const locale = localeOf(url, request.referrer);
  const saved = await savedPacks();
  const mine = locale ? saved.get(locale) : undefined;
  if (mine && locale && (await buildIndex())?.packs[locale]?.version === mine.version) {
    const hit = await matchIn(mine.cacheName, paths);
    if (hit) return hit;
  }
  const shell = await matchShell(paths);
  if (shell) return shell;
  try {
    return await fetch(request);
  } catch (error) {
    // Offline: this language's saved copy, even from an earlier deploy (self-contained), then any pack.
    if (mine) {
      const hit = await matchIn(mine.cacheName, paths);
      if (hit) return hit;
    }
    if (request.mode === 'navigate') {
      const page = await offlineNavigation(url, locale, saved);
      if (page) return page;
    } else {
      for (const other of saved.values()) {
        const hit = await matchIn(other.cacheName, paths);
        if (hit) return hit;
      }
    }
    throw error;
  }
}

/**
 * A navigation offline that no saved pack answers, in the language of the address (or, for an address with
 * none such as `/l/7/`, the language the reader has saved or reads): the same page from that language's
 * pack when it has one, the language's not-found page for an address that is no page of the site, and
 * otherwise its "no connection" page.
 */
async function offlineNavigation(url: URL, locale: string | undefined, saved: Map<string, SavedPack>) {
  const own = localeOfUrlPath(url.pathname, localeCodes);
  const answer =
    own ??
    answerLocale(
      [...(locale ? [locale] : []), ...navigator.languages],
      localeCodes.filter((l) => saved.has(l)),
      localeCodes,
      defaultLocale,
    );
  const pages = await sitePages();
  const pack = saved.get(answer);
  if (!own && pack && pages && isKnownPage(`/${answer}${url.pathname}`, pages)) {
    const hit = await matchIn(pack.cacheName, lookupPaths(`/${answer}${url.pathname}`));
    if (hit) return hit;
  }
  if (pages && !isKnownPage(url.pathname, pages)) {
    const notFound = await matchShell(lookupPaths(`/${answer}/404/`));
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
  return matchShell(lookupPaths(`/${answer}/offline/`));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  event.respondWith(respond(request, url));
});

async function broadcast(message: FromWorker): Promise<void> {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) {
    client.postMessage(message);
  }
}

const jobs = new Map<string, { done: number; total: number; promise: Promise<void> }>();

class PackFailure extends Error {
  constructor(readonly reason: PackError) {
    super(reason);
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

async function fetchJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    throw new PackFailure('network');
  }
  if (!response.ok) throw new PackFailure('network');
  return (await response.json()) as T;
}

/** The saved (marked) copy of a language other than `except`, with the revisions its marker records. */
async function savedCopy(
  locale: string,
  except: string,
): Promise<{ cache: Cache; revisions?: Record<string, string> } | undefined> {
  for (const name of await caches.keys()) {
    if (name === except || parsePackCacheName(name)?.locale !== locale) continue;
    const cache = await caches.open(name);
    const marker = await cache.match(PACK_MARKER_URL);
    if (!marker) continue;
    const { revisions } = (await marker.json()) as PackMarker;
    return { cache, revisions };
  }
  return undefined;
}

/**
 * Downloads a pack into a cache named by its version. Files already there (an interrupted download)
 * are kept, so a retry resumes; files whose revision is unchanged since the saved copy are copied from
 * it on the device, so an update costs only what changed. The marker goes in last, and only then are
 * older copies deleted: until then the previous copy keeps working.
 */
async function download(locale: string): Promise<void> {
  const list = await fetchJson<PackList>(packListUrl(locale));
  const cacheName = packCacheName(locale, list.version);
  const cache = await caches.open(cacheName);
  const job = jobs.get(locale);
  // Set on the first failure: the other downloads stop, and no progress is reported after the error.
  let failed = false;
  const progress = (done: number) => {
    if (failed) return;
    if (job) job.done = done;
    void broadcast({ type: 'pack-progress', locale, done, total: list.files.length });
  };
  if (job) job.total = list.files.length;
  try {
    const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
    const previous = await savedCopy(locale, cacheName);
    const plan = planUpdate(
      list.files.filter((f) => !have.has(f.url)),
      previous?.revisions,
    );
    for (const file of plan.copy) {
      const kept = await previous?.cache.match(file.url);
      if (kept) await cache.put(file.url, kept);
      else plan.fetch.push(file);
    }
    const missing = plan.fetch;
    const size = list.files.reduce((s, f) => s + f.size, 0);
    const cachedBytes = size - missing.reduce((s, f) => s + f.size, 0);
    if (!fitsQuota(await navigator.storage.estimate(), size, cachedBytes)) throw new PackFailure('quota');
    let done = list.files.length - missing.length;
    progress(done);
    const queue = [...missing];
    const worker = async () => {
      for (let file = queue.shift(); file && !failed; file = queue.shift()) {
        let response: Response;
        try {
          response = await fetch(file.url, { cache: 'no-cache' });
        } catch {
          throw new PackFailure('network');
        }
        if (!response.ok) throw new PackFailure(response.status === 404 ? 'changed' : 'network');
        await cache.put(file.url, response);
        progress(++done);
      }
    };
    // Settled, not raced: the error is reported after the last write, never before it.
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        worker().catch((error: unknown) => {
          failed = true;
          throw error;
        }),
      ),
    );
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (rejected) throw rejected.reason;
    // A deploy during the download would mix two versions: start again instead.
    const now = await fetchJson<PacksIndex>(PACKS_INDEX_URL);
    if (now.packs[locale]?.version !== list.version) throw new PackFailure('changed');
    const marker: PackMarker = {
      locale,
      version: list.version,
      count: list.files.length,
      size,
      revisions: markerRevisions(list.files),
    };
    await cache.put(
      PACK_MARKER_URL,
      new Response(JSON.stringify(marker), { headers: { 'content-type': 'application/json' } }),
    );
  } catch (error) {
    failed = true;
    const failure = error instanceof PackFailure ? error : isQuotaError(error) ? new PackFailure('quota') : error;
    // Never half-saved: a pack that does not fit is dropped; an interrupted one stays (unmarked) to resume.
    if (failure instanceof PackFailure && failure.reason !== 'network') await caches.delete(cacheName);
    throw failure;
  }
  for (const name of await caches.keys()) {
    if (name !== cacheName && parsePackCacheName(name)?.locale === locale) await caches.delete(name);
  }
}

function save(locale: string): Promise<void> {
  const running = jobs.get(locale);
  if (running) return running.promise;
  const job = { done: 0, total: 0, promise: Promise.resolve() };
  job.promise = (async () => {
    try {
      await download(locale);
      packs = undefined;
      const version = (await savedPacks()).get(locale)?.version ?? '';
      await broadcast({ type: 'pack-saved', locale, version });
    } catch (error) {
      packs = undefined;
      const reason: PackError = error instanceof PackFailure ? error.reason : isQuotaError(error) ? 'quota' : 'network';
      await broadcast({ type: 'pack-error', locale, reason });
    } finally {
      jobs.delete(locale);
    }
  })();
  jobs.set(locale, job);
  return job.promise;
}

/** Removes a pack's caches and nothing else: other packs, the shell and localStorage stay. */
async function remove(locale: string): Promise<void> {
  for (const name of await caches.keys()) {
    if (parsePackCacheName(name)?.locale === locale) await caches.delete(name);
  }
  packs = undefined;
  await broadcast({ type: 'pack-removed', locale });
}

self.addEventListener('message', (event) => {
  const data = event.data as ToWorker | undefined;
  if (!data || typeof data !== 'object') return;
  if (data.type === 'SKIP_WAITING') void self.skipWaiting();
  else if (data.type === 'pack-save' && isLocale(data.locale)) event.waitUntil(save(data.locale));
  else if (data.type === 'pack-remove' && isLocale(data.locale)) event.waitUntil(remove(data.locale));
  else if (data.type === 'pack-status') {
    const snapshot = Object.fromEntries([...jobs].map(([l, j]) => [l, { done: j.done, total: j.total }]));
    event.waitUntil(broadcast({ type: 'pack-jobs', jobs: snapshot }));
  }
});
