import { describe, expect, it } from 'vitest';
import {
  answerLocale,
  fitsQuota,
  markerRevisions,
  planUpdate,
  isKnownPage,
  lostJobs,
  localeOfUrlPath,
  lookupPaths,
  packCacheName,
  packGlobs,
  packState,
  packUrl,
  packVersion,
  parsePackCacheName,
  quietJobs,
  shellGlobs,
  stalePacks,
} from '../../src/lib/offline/packs.ts';
import { AUTO_SAVE_DONE_KEY, autoUpdate, claimFirstSave, setAutoUpdate } from '../../src/lib/offline/preference.ts';

const entry = { languages: { kk: { hash: 'kk_1', wasm: null }, ru: { hash: 'ru_2', wasm: 'ru' } } };

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('language packs', () => {
  it("lists a locale's pages and exactly its Pagefind files, plus the vocabulary when built", () => {
    const kk = packGlobs('kk', entry, false);
    expect(kk).toContain('kk/**/*.html');
    expect(kk).toContain('pagefind/pagefind.kk_1.pf_meta');
    expect(kk).toContain('pagefind/wasm.unknown.pagefind');
    expect(kk.filter((g) => g.includes('ru'))).toEqual([]);
    expect(kk.some((g) => g.includes('vocab'))).toBe(false);
    expect(packGlobs('ru', entry, true)).toContain('search/vocab-ru.json');
    expect(() => packGlobs('en', entry, false)).toThrow(/no index for "en"/);
  });

  it('keeps the offline pages and the pack list in the shell', () => {
    expect(shellGlobs()).toEqual(
      expect.arrayContaining([
        '*/offline/index.html',
        '*/offline-packs/index.html',
        '*/404/index.html',
        'offline/packs.json',
        'offline/pages.json',
      ]),
    );
  });

  it('maps built files to the URLs readers open, and back', () => {
    expect(packUrl('kk/lessons/cyberbullying/index.html')).toBe('/kk/lessons/cyberbullying/');
    expect(packUrl('kk/index.html')).toBe('/kk/');
    expect(packUrl('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
    expect(lookupPaths('/kk/lessons/')).toEqual(['/kk/lessons/', '/kk/lessons/index.html']);
    expect(lookupPaths('/kk/lessons')).toEqual(['/kk/lessons/', '/kk/lessons/index.html']);
    expect(lookupPaths('/kk/lessons/index.html')).toEqual(['/kk/lessons/index.html', '/kk/lessons/']);
    expect(lookupPaths('/pagefind/pagefind.js')).toEqual(['/pagefind/pagefind.js']);
    expect(localeOfUrlPath('/ru/lessons/', ['kk', 'ru'])).toBe('ru');
    expect(localeOfUrlPath('/pagefind/x', ['kk', 'ru'])).toBeUndefined();
  });

  it("tells the deploy's pages from addresses that are no page", () => {
    const pages = new Set(['/kk/', '/kk/lessons/cyberbullying/', '/l/7/', '/404.html']);
    expect(isKnownPage('/kk/lessons/cyberbullying', pages)).toBe(true);
    expect(isKnownPage('/kk/lessons/cyberbullying/index.html', pages)).toBe(true);
    expect(isKnownPage('/kk/no-such-page/', pages)).toBe(false);
    expect(isKnownPage('/kk/l/999/', pages)).toBe(false);
  });

  it("answers an address with no language in a saved language, the reader's first", () => {
    const locales = ['kk', 'ru', 'en'];
    // Only Kazakh saved: Kazakh, whatever the browser reads.
    expect(answerLocale(['en-US', 'en'], ['kk'], locales, 'ru')).toBe('kk');
    // Two saved: the reader's own among them.
    expect(answerLocale(['en-GB', 'kk'], ['kk', 'en'], locales, 'ru')).toBe('en');
    // Nothing saved: the reader's language the site has, then the default.
    expect(answerLocale(['de', 'KK-kz'], [], locales, 'ru')).toBe('kk');
    expect(answerLocale(['de'], [], locales, 'ru')).toBe('ru');
  });

  it('names caches by locale and version', () => {
    expect(parsePackCacheName(packCacheName('kk', 'abc'))).toEqual({ locale: 'kk', version: 'abc' });
    expect(parsePackCacheName('workbox-precache-v2-http://x/')).toBeUndefined();
  });

  it('versions a pack by its files and revisions, not their order', () => {
    const a = { url: '/kk/', revision: '1' };
    const b = { url: '/kk/lessons/', revision: '2' };
    expect(packVersion([a, b])).toBe(packVersion([b, a]));
    expect(packVersion([a, b])).not.toBe(packVersion([a, { ...b, revision: '3' }]));
    expect(packVersion([a])).not.toBe(packVersion([a, b]));
  });

  it('says "saved" only for a complete copy of the latest deploy', () => {
    expect(packState(undefined, { version: 'v2' }, false)).toBe('not-saved');
    expect(packState({ version: 'v2' }, { version: 'v2' }, false)).toBe('saved');
    expect(packState({ version: 'v1' }, { version: 'v2' }, false)).toBe('update');
    expect(packState({ version: 'v1' }, { version: 'v2' }, true)).toBe('saving');
    // Offline without the deploy's list: a complete copy is what there is.
    expect(packState({ version: 'v1' }, undefined, false)).toBe('saved');
  });

  it('finds packs older than the deploy', () => {
    const latest = {
      packs: {
        kk: { version: 'k2', count: 1, size: 1, transfer: 1 },
        ru: { version: 'r1', count: 1, size: 1, transfer: 1 },
      },
    };
    expect(stalePacks({ kk: { version: 'k1' }, ru: { version: 'r1' } }, latest)).toEqual(['kk']);
  });

  it('checks the quota against what a resumed download still needs', () => {
    expect(fitsQuota({ usage: 900, quota: 1000 }, 500)).toBe(false);
    expect(fitsQuota({ usage: 900, quota: 1000 }, 500, 450)).toBe(true);
    expect(fitsQuota({}, 500)).toBe(true);
  });

  it('counts a shown download as lost only when the worker, asked after it was last heard of, does not run it', () => {
    const shown = new Map([
      ['kk', { done: 3, total: 9, heardAt: 1_000 }],
      ['ru', { done: 0, total: 0, heardAt: 5_000 }],
    ]);
    // Asked at 4 000: kk is gone from the worker; ru was clicked after the question, so its absence says nothing.
    expect(lostJobs(shown, {}, 4_000)).toEqual(['kk']);
    expect(lostJobs(shown, { kk: { done: 3, total: 9 } }, 4_000)).toEqual([]);
    expect(lostJobs(shown, {}, 6_000)).toEqual(['kk', 'ru']);
  });

  it('asks the worker only about downloads it has been quiet about', () => {
    const shown = new Map([['kk', { done: 3, total: 9, heardAt: 1_000 }]]);
    expect(quietJobs(shown, 3_000, 5_000)).toBe(false);
    expect(quietJobs(shown, 6_000, 5_000)).toBe(true);
    expect(quietJobs(new Map(), 60_000, 5_000)).toBe(false);
  });
});

describe('offline preferences', () => {
  it('lets only the first visit save a language', () => {
    const storage = memoryStorage();
    expect(claimFirstSave(storage)).toBe(true);
    expect(claimFirstSave(storage)).toBe(false);
    expect(storage.map.has(AUTO_SAVE_DONE_KEY)).toBe(true);
  });

  it('remembers automatic updates', () => {
    const storage = memoryStorage();
    expect(autoUpdate(storage)).toBe(false);
    setAutoUpdate(storage, true);
    expect(autoUpdate(storage)).toBe(true);
  });
});

describe('a pack update fetches only what changed', () => {
  const v1 = [
    { url: '/kk/lessons/cyberbullying/', revision: 'a1', size: 10 },
    { url: '/kk/glossary/', revision: 'b1', size: 20 },
    { url: '/pagefind/pagefind.kk_1.pf_meta', revision: 'c1', size: 30 },
  ];

  it('copies unchanged files from the saved copy and downloads the changed and the new', () => {
    const saved = markerRevisions(v1);
    const v2 = [
      { url: '/kk/lessons/cyberbullying/', revision: 'a2', size: 11 },
      { url: '/kk/glossary/', revision: 'b1', size: 20 },
      { url: '/pagefind/pagefind.kk_2.pf_meta', revision: 'c2', size: 31 },
    ];
    const plan = planUpdate(v2, saved);
    expect(plan.copy.map((f) => f.url)).toEqual(['/kk/glossary/']);
    expect(plan.fetch.map((f) => f.url)).toEqual(['/kk/lessons/cyberbullying/', '/pagefind/pagefind.kk_2.pf_meta']);
  });

  it('downloads everything when the saved copy recorded no revisions (saved before this existed) or none is saved', () => {
    expect(planUpdate(v1, undefined).fetch).toHaveLength(v1.length);
    expect(planUpdate(v1, {}).copy).toEqual([]);
  });
});
