import type { PagefindInstance, PagefindModule, PagefindResult } from '../../lib/search/pagefind-types.ts';
import { required } from '../dom.ts';
import { CROSS_LANGUAGE_THRESHOLD, mergeHits, queryVariants } from '../../lib/search/query.ts';

interface Strings {
  locale: string;
  languages: Record<string, string>;
  kinds: Record<string, string>;
  zero: string;
  many: string;
  one: string;
  searching: string;
  otherLanguages: string;
  offlineUnavailable: string;
}

const MAX_RESULTS = 8;
const BUNDLE = '/pagefind/';

let pagefind: Promise<PagefindModule> | undefined;
const instances = new Map<string, PagefindInstance>();

function instanceFor(module: PagefindModule, language: string): PagefindInstance {
  let instance = instances.get(language);
  if (!instance) {
    // Pagefind 1.6 picks an instance's index from <html lang> when the instance is created (its
    // `language` option is overridden), so the other languages' instances are created under their lang.
    const html = document.documentElement;
    const pageLang = html.lang;
    html.lang = language;
    try {
      instance = module.createInstance({ basePath: BUNDLE, language });
    } finally {
      html.lang = pageLang;
    }
    instances.set(language, instance);
  }
  return instance;
}

function fill(template: string, term: string, count?: number): string {
  return template.replace('[SEARCH_TERM]', `«${term}»`).replace('[COUNT]', String(count ?? 0));
}

async function runSearch(
  module: PagefindModule,
  language: string,
  query: string,
  kind: string,
): Promise<PagefindResult[]> {
  const instance = instanceFor(module, language);
  const responses = await Promise.all(
    queryVariants(query, language).map((term) => instance.search(term, kind ? { filters: { kind } } : {})),
  );
  return mergeHits(responses.map((r) => r?.results ?? []));
}

async function renderResults(list: HTMLOListElement, results: PagefindResult[], strings: Strings, language?: string) {
  const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
  list.replaceChildren(
    ...data.map((d) => {
      const li = document.createElement('li');
      li.className = 'search-result';
      if (language) li.lang = language;
      const a = document.createElement('a');
      a.href = d.url;
      const kind = document.createElement('span');
      kind.className = 'search-result__kind';
      kind.textContent = [language ? strings.languages[language] : '', strings.kinds[d.meta.kind ?? ''] ?? '']
        .filter(Boolean)
        .join(' · ');
      const title = document.createElement('span');
      title.className = 'search-result__title';
      title.textContent = d.meta.title ?? d.url;
      const excerpt = document.createElement('span');
      excerpt.className = 'search-result__excerpt';
      // Pagefind's excerpt is text from our own pages with <mark> around matches.
      excerpt.innerHTML = d.excerpt;
      a.append(kind, title, excerpt);
      li.append(a);
      return li;
    }),
  );
}

/** Wires the search dialog; called the first time the reader opens it. */
export function startSearch(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const input = required<HTMLInputElement>(root, '[data-search-input]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const results = required<HTMLOListElement>(root, '[data-search-results]');
  const other = required<HTMLElement>(root, '[data-search-other]');
  const otherResults = required<HTMLOListElement>(root, '[data-search-other-results]');
  const otherLanguages = Object.keys(strings.languages).filter((l) => l !== strings.locale);

  const loading = (pagefind ??= import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<PagefindModule>);
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = async () => {
    const query = input.value.trim();
    const kind = new FormData(form).get('kind')?.toString() ?? '';
    const current = ++generation;
    if (!query) {
      status.textContent = '';
      results.replaceChildren();
      other.hidden = true;
      root.dataset.searchState = 'idle';
      return;
    }
    status.textContent = fill(strings.searching, query);
    root.dataset.searchState = 'searching';
    try {
      const module = await loading;
      const own = await runSearch(module, strings.locale, query, kind);
      if (current !== generation) return;
      await renderResults(results, own, strings);
      let foreignCount = 0;
      if (own.length < CROSS_LANGUAGE_THRESHOLD) {
        // Offline, another language's index may not be cached yet: its results are simply absent.
        const foreign = await Promise.all(
          otherLanguages.map((l) => runSearch(module, l, query, kind).catch(() => [] as PagefindResult[])),
        );
        if (current !== generation) return;
        const lists = await Promise.all(
          otherLanguages.map(async (language, i) => {
            const list = document.createElement('ol');
            await renderResults(list, foreign[i] ?? [], strings, language);
            return [...list.children];
          }),
        );
        otherResults.replaceChildren(...lists.flat());
        foreignCount = otherResults.children.length;
      } else {
        otherResults.replaceChildren();
      }
      other.hidden = foreignCount === 0;
      const count = own.length;
      status.textContent = fill(count === 0 ? strings.zero : count === 1 ? strings.one : strings.many, query, count);
      root.dataset.searchState = 'done';
    } catch {
      if (current !== generation) return;
      status.textContent = strings.offlineUnavailable;
      root.dataset.searchState = 'error';
    }
  };

  const schedule = () => {
    root.dataset.searchState = 'searching';
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  };
  input.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  if (input.value) void update();
}
