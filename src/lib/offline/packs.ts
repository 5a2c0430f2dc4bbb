/**
 * Offline language packs (pure; tested). One service worker serves an app shell, precached by Workbox,
 * plus one pack per language the reader chose to keep: that language's pages, the site's scripts and
 * styles, and exactly the Pagefind files its index needs. A pack is self-contained, so a copy saved from
 * an earlier deploy still renders and searches on its own until the reader updates it.
 *
 * Build: `src/integrations/offline.ts` lists each pack's files with Workbox's `getManifest` (a revision per
 * file), writes `/offline/packs.json` (one version per pack) and `/offline/pack-<locale>.json` (its files).
 * A pack's version is a hash of its files' URLs and revisions, so any change in a deploy shows as
 * "update available" and an unchanged pack stays current.
 */

export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

export interface PackFile {
  url: string;
  revision: string;
  /** Bytes as stored (uncompressed). */
  size: number;
}

export interface PackSummary {
  version: string;
  count: number;
  /** Bytes on disk once saved (uncompressed bodies). */
  size: number;
  /** Bytes over the network with the server's gzip. */
  transfer: number;
}

/** `/offline/packs.json`: small, fetched by every page's footer line. */
export interface PacksIndex {
  packs: Record<string, PackSummary>;
}

/** `/offline/pack-<locale>.json`: the file list the service worker downloads. */
export interface PackList {
  locale: string;
  version: string;
  files: PackFile[];
}

export const PACKS_INDEX_URL = '/offline/packs.json';
/**
 * `/offline/pages.json`: every page address of the deploy (in the shell), so that offline the worker tells
 * an address that is no page at all ("not found") from a page that is not saved ("no connection").
 */
export const PAGES_URL = '/offline/pages.json';
export const packListUrl = (locale: string) => `/offline/pack-${locale}.json`;
export const SERVICE_WORKER_URL = '/sw.js';

/** Written last into a pack's cache: a pack without it is incomplete and never served or called saved. */
export const PACK_MARKER_URL = '/offline/saved-pack.json';

export interface PackMarker {
  locale: string;
  version: string;
  count: number;
  size: number;
  /** Each saved file's revision (URL → revision), so the next update fetches only what changed. */
  revisions?: Record<string, string>;
}

/** The revisions a marker records for its files, for the next update. */
export function markerRevisions(files: readonly Pick<PackFile, 'url' | 'revision'>[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f.url, f.revision]));
}

/**
 * An update's work: files whose revision is the same as in the saved copy are copied from it on the device;
 * only the others are downloaded. A saved copy from before revisions were recorded gives nothing to copy.
 */
export function planUpdate<F extends Pick<PackFile, 'url' | 'revision'>>(
  files: readonly F[],
  saved: Record<string, string> | undefined,
): { copy: F[]; fetch: F[] } {
  const copy: F[] = [];
  const fetch: F[] = [];
  for (const f of files) (saved?.[f.url] === f.revision ? copy : fetch).push(f);
  return { copy, fetch };
}

const CACHE_PREFIX = 'offline-pack';

export function packCacheName(locale: string, version: string): string {
  return `${CACHE_PREFIX}:${locale}:${version}`;
}

export function parsePackCacheName(name: string): { locale: string; version: string } | undefined {
  const [prefix, locale, version, ...rest] = name.split(':');
  if (prefix !== CACHE_PREFIX || !locale || !version || rest.length) return undefined;
  return { locale, version };
}

/** Build-time globs (relative to dist) of a locale's pack. */
export function packGlobs(locale: string, entry: PagefindEntry, hasVocabulary: boolean): string[] {
  const lang = entry.languages[locale];
  if (!lang) {
    throw new Error(
      `Pagefind built no index for "${locale}" (languages: ${Object.keys(entry.languages).join(', ')}); check <html lang>`,
    );
  }
  return [
    `${locale}/**/*.html`,
    // Pages of an earlier deploy need that deploy's scripts and styles: a pack carries its own copy.
    '_astro/**/*.{js,css}',
    // Unhashed and deploy-specific: kept with the pack whose index they describe.
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    `pagefind/pagefind.${lang.hash}.pf_meta`,
    `pagefind/wasm.${lang.wasm ?? 'unknown'}.pagefind`,
    `pagefind/index/${locale}_*.pf_index`,
    `pagefind/fragment/${locale}_*.pf_fragment`,
    `pagefind/filter/${locale}_*.pf_filter`,
    ...(hasVocabulary ? [`search/vocab-${locale}.json`] : []),
  ];
}

/** Files of a locale that belong to the app shell, not to its pack. */
export function packIgnores(locale: string): string[] {
  return [`${locale}/offline/**`, `${locale}/offline-packs/**`, `${locale}/404/**`];
}

/** The app shell: what every page needs offline whatever is saved (Workbox precache). */
export function shellGlobs(): string[] {
  return [
    '_astro/**/*.{js,css}',
    'icon.svg',
    'icons/*.png',
    'index.html',
    '*/offline/index.html',
    '*/offline-packs/index.html',
    // Not-found pages: offline, an address that is no page gets its language's, whatever is saved.
    '*/404/index.html',
    '404.html',
    '*/manifest.webmanifest',
    'offline/packs.json',
    'offline/pages.json',
  ];
}

/** `kk/lessons/x/index.html` → `/kk/lessons/x/` (the URL a reader navigates to). */
export function packUrl(distPath: string): string {
  const path = `/${distPath.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Cache keys a request path may be stored under (`/a/b` → `/a/b/`, `/a/b/index.html`). */
export function lookupPaths(pathname: string): string[] {
  if (pathname.endsWith('/')) return [pathname, `${pathname}index.html`];
  if (pathname.endsWith('/index.html')) return [pathname, pathname.slice(0, -'index.html'.length)];
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (!last.includes('.')) return [`${pathname}/`, `${pathname}/index.html`];
  return [pathname];
}

/** Whether a navigation's path is one of the deploy's pages (`/kk/x`, `/kk/x/` and `/kk/x/index.html` alike). */
export function isKnownPage(pathname: string, pages: ReadonlySet<string>): boolean {
  return lookupPaths(pathname).some((p) => pages.has(p));
}

/**
 * The language to answer in when the address has none (`/l/7/` offline): the reader's first language that
 * is saved, then any saved language (its pages open), then the reader's first language the site has, then
 * the site's default. `preferred` is navigator.languages (`kk-KZ`, `en-US`…), `saved` in the site's order.
 */
export function answerLocale(
  preferred: readonly string[],
  saved: readonly string[],
  locales: readonly string[],
  fallback: string,
): string {
  const wanted = preferred.map((tag) => tag.toLowerCase().split('-')[0] ?? '').filter((l) => locales.includes(l));
  return wanted.find((l) => saved.includes(l)) ?? saved[0] ?? wanted[0] ?? fallback;
}

/** The locale a URL path belongs to (`/kk/...` → `kk`), if any. */
export function localeOfUrlPath(pathname: string, locales: readonly string[]): string | undefined {
  const first = pathname.split('/')[1] ?? '';
  return locales.includes(first) ? first : undefined;
}

/** A stable version from file URLs and revisions (order-independent): 53-bit cyrb53, base 36. */
export function packVersion(files: readonly Pick<PackFile, 'url' | 'revision'>[]): string {
  const text = files
    .map((f) => `${f.url} ${f.revision}`)
    .sort()
    .join('\n');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export type PackState = 'not-saved' | 'saving' | 'saved' | 'update';

/**
 * What a pack's row says. "saved" only when a complete copy matches the latest deploy; a complete older
 * copy is "update" (it still works offline); an incomplete download is never saved.
 */
export function packState(
  saved: { version: string } | undefined,
  latest: { version: string } | undefined,
  saving: boolean,
): PackState {
  if (saving) return 'saving';
  if (!saved) return 'not-saved';
  if (latest && saved.version !== latest.version) return 'update';
  return 'saved';
}

/** Which saved packs are older than the deploy (for "update saved languages automatically"). */
export function stalePacks(saved: Record<string, { version: string }>, latest: PacksIndex): string[] {
  return Object.entries(saved)
    .filter(([locale, s]) => latest.packs[locale] && latest.packs[locale].version !== s.version)
    .map(([locale]) => locale);
}

/** Bytes a save still needs when `cachedBytes` of the pack are already stored (a resumed download). */
export function fitsQuota(estimate: { usage?: number; quota?: number }, needed: number, cachedBytes = 0): boolean {
  if (estimate.quota === undefined || estimate.usage === undefined) return true;
  return estimate.quota - estimate.usage >= needed - cachedBytes;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}

/** Messages between the pages and the service worker. */
export type ToWorker =
  | { type: 'SKIP_WAITING' }
  | { type: 'pack-save'; locale: string }
  | { type: 'pack-remove'; locale: string }
  | { type: 'pack-status' };

export type PackError = 'quota' | 'network' | 'changed';

export type FromWorker =
  | { type: 'pack-progress'; locale: string; done: number; total: number }
  | { type: 'pack-saved'; locale: string; version: string }
  | { type: 'pack-removed'; locale: string }
  | { type: 'pack-error'; locale: string; reason: PackError }
  | { type: 'pack-jobs'; jobs: Record<string, { done: number; total: number }> };

/** A download the page shows as running, and when the page last heard of it. */
export interface ShownJob {
  done: number;
  total: number;
  heardAt: number;
}

/**
 * Downloads the page shows as running that the worker, asked at `askedAt`, no longer runs: the browser
 * stopped the worker (or a new deploy replaced it) mid-download. Only jobs last heard of before the
 * question count, so a save clicked after it is not mistaken for a lost one.
 */
export function lostJobs(
  shown: ReadonlyMap<string, ShownJob>,
  running: Record<string, unknown>,
  askedAt: number,
): string[] {
  return [...shown].filter(([locale, job]) => job.heardAt < askedAt && !(locale in running)).map(([l]) => l);
}

/** Jobs not heard of for `quietMs`: time to ask the worker whether they still run. */
export function quietJobs(shown: ReadonlyMap<string, ShownJob>, now: number, quietMs: number): boolean {
  return [...shown.values()].some((job) => now - job.heardAt >= quietMs);
}
