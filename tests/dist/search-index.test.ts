// Runs Kazakh queries through the built Pagefind index in Node (its own pagefind.js, files read from dist/):
// what the unit tests assert of the stemmer must hold in the real index too. And the search vocabulary
// built beside the index holds the words the index holds.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldKazakh, kazakhQuery } from '../../src/lib/search/kazakh.ts';
import type { PagefindInstance } from '../../src/lib/search/pagefind-types.ts';
import { Corrector, type VocabularyFile } from '../../src/lib/search/typo.ts';
import { HINT_MARK } from '../../src/lib/search/vocabulary.ts';
import { localeCodes } from '../../src/config/locales.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');

/** Pagefind for one language, reading its files from dist/ (no browser: file: URLs, no worker). */
async function pagefindFor(language: string): Promise<PagefindInstance> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return realFetch(input, init);
    const path = new URL(url).pathname;
    return existsSync(path) ? new Response(readFileSync(path)) : new Response('', { status: 404 });
  }) as typeof fetch;
  // Pagefind reads the index language from <html lang>.
  (globalThis as { document?: unknown }).document = {
    currentScript: null,
    querySelector: () => ({ getAttribute: () => language }),
  };
  const url = `${pathToFileURL(`${dist}/pagefind/pagefind.js`).href}?${language}`;
  const module = (await import(/* @vite-ignore */ url)) as {
    createInstance: (o: { basePath: string; language: string }) => PagefindInstance;
  };
  return module.createInstance({ basePath: pathToFileURL(`${dist}/pagefind/`).href, language });
}

async function urls(instance: PagefindInstance, query: string): Promise<Set<string>> {
  const response = await instance.search(query);
  const data = await Promise.all((response?.results ?? []).map((r) => r.data()));
  return new Set(data.map((d) => d.url));
}

// A sample of the stemmer table (tests/unit/kazakh-search.test.ts): an inflected form and its dictionary form.
const sample: [string, string][] = [
  ['заңға', 'заң'],
  ['есірткінің', 'есірткі'],
  ['алаяқтарға', 'алаяқ'],
  ['жемқорлыққа', 'жемқорлық'],
  ['құқығы', 'құқық'],
  ['балаларының', 'бала'],
  ['үйірмеге', 'үйірме'],
  ['полициядан', 'полиция'],
  ['кибербуллингке', 'кибербуллинг'],
  ['Тазалык', 'тазалық'],
];

describe.skipIf(!existsSync(`${dist}/pagefind/pagefind.js`))('the built Kazakh index', () => {
  let kk: PagefindInstance;
  beforeAll(async () => {
    kk = await pagefindFor('kk');
  });

  it.each(sample)('«%s» finds every page that «%s» finds', async (inflected, root) => {
    const byRoot = await urls(kk, kazakhQuery(root));
    const byInflected = await urls(kk, kazakhQuery(inflected));
    expect(byRoot.size, `no page has «${root}»`).toBeGreaterThan(0);
    for (const url of byRoot) expect(byInflected, `${inflected} misses ${url}`).toContain(url);
  });

  it('keeps the index-only hint words out of what a reader reads', async () => {
    const response = await kk.search(kazakhQuery('есірткі'));
    const data = await Promise.all((response?.results ?? []).slice(0, 5).map((r) => r.data()));
    for (const d of data) {
      // Hints are bracketed, so excerpts can drop them; print-only text is not indexed.
      expect(d.content.split(HINT_MARK).length % 2, d.url).toBe(1);
      expect(d.content, d.url).not.toMatch(/\/kk\/l\/\d+\//);
    }
  });

  it('finds a page by words typed without Kazakh letters, though the served pages no longer carry the hints', async () => {
    const pages = globSync('**/*.html', { cwd: dist });
    const carrying = pages.filter((f) => readFileSync(`${dist}/${f}`, 'utf8').includes('data-hints='));
    expect(carrying, 'pages still serving index-only hints').toEqual([]);
    // Each Kazakh lesson's title, folded the way a reader types it on a phone without a Kazakh layout.
    const lessons = pages
      .filter((f) => f.startsWith('kk/'))
      .map((file) => ({ file, html: readFileSync(`${dist}/${file}`, 'utf8') }))
      .filter(({ html }) => html.includes('data-pagefind-filter="kind:lesson"'));
    expect(lessons.length).toBeGreaterThan(5);
    for (const { file, html } of lessons) {
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '';
      const folded = foldKazakh(title.toLowerCase());
      if (folded === title.toLowerCase()) continue;
      // Result addresses carry the file: base path the index is read from here.
      const found = [...(await urls(kk, kazakhQuery(folded)))];
      const address = `/${file.replace(/index\.html$/, '')}`;
      expect(found.some((url) => url.endsWith(address)), `«${folded}» misses ${address}`).toBe(true);
    }
  });
});

describe.skipIf(!existsSync(`${dist}/search`))('the search vocabulary', () => {
  it.each(localeCodes)('%s: lists indexed words, none of which would be "corrected"', (locale) => {
    const vocabulary = JSON.parse(readFileSync(`${dist}/search/vocab-${locale}.json`, 'utf8')) as VocabularyFile;
    expect(vocabulary.words.length).toBeGreaterThan(500);
    expect(vocabulary.words.length).toBe(vocabulary.counts.length);
    const corrector = new Corrector(vocabulary, foldKazakh);
    for (const word of vocabulary.words.slice(0, 300)) expect(corrector.correct(word), word).toBeUndefined();
    // Written in the pages' own letters, not the folded hint forms.
    if (locale === 'kk') expect(vocabulary.words.some((w) => w !== foldKazakh(w))).toBe(true);
  });
});

describe.skipIf(!existsSync(`${dist}/pagefind/pagefind.js`))('the search lexicon', () => {
  // A synonym maps an everyday word to the words the pages use: each of those must be on a page, as written (a
  // phrase as a phrase). «қылмыстық жауапкершілік» was one, while the Kazakh pages say «қылмыстық жауаптылық».
  it.each(localeCodes)('%s: every page word it gives is on a page of its language', async (locale) => {
    const lexicon = JSON.parse(readFileSync(`content/search/${locale}.json`, 'utf8')) as {
      synonyms: Record<string, string[]>;
    };
    const instance = await pagefindFor(locale);
    const absent: string[] = [];
    for (const pageWords of new Set(Object.values(lexicon.synonyms).flat())) {
      const response = await instance.search(`"${pageWords}"`);
      if (!response?.results.length) absent.push(pageWords);
    }
    expect(absent).toEqual([]);
  });
});
