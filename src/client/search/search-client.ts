import type {
  PagefindInstance,
  PagefindModule,
  PagefindResult,
  PagefindResultData,
} from '../../lib/search/pagefind-types.ts';
import { required } from '../dom.ts';
import { format } from '../../lib/format-template.ts';
import { bestSections, highlightTerms, leadExcerpt, makeExcerpt, matchedWords } from '../../lib/search/excerpt.ts';
import { isLatinQuery, latinToCyrillic } from '../../lib/search/latin.ts';
import { foldKazakh, stemKazakh } from '../../lib/search/kazakh.ts';
import {
  CROSS_LANGUAGE_THRESHOLD,
  FALLBACK_THRESHOLD,
  echoQuery,
  keepsCorrection,
  mergeHits,
  queryVariants,
  queryWords,
  rankBySummedScore,
  readPlain,
  synonymQueries,
  type Lexicon,
  type ReadQuery,
} from '../../lib/search/query.ts';
import type { Corrector, VocabularyFile } from '../../lib/search/typo.ts';
import { HINT_MARK } from '../../lib/search/vocabulary.ts';

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
  showingFor: string;
  searchInstead: string;
  partial: string;
  count: string;
  loadMore: string;
}

/** Results rendered at once; "Show more" adds as many again. Each costs a fragment fetch (5–9 KB), and
 * the first query must stay under 150 KiB. */
const PAGE_SIZE = 5;
const BUNDLE = '/pagefind/';
const STORED_QUERY = 'site-search:query';

let pagefind: Promise<PagefindModule> | undefined;
const instances = new Map<string, PagefindInstance>();
const correctors = new Map<string, Promise<Corrector | undefined>>();

// Each language's lexicon (fillers, synonyms) is its own small chunk, fetched with the code that reads it only when a
// query needs it (several words, or one word found on fewer than two pages): only the reader's language, which the
// other languages' fallback searches do not need. A first query of one word found on the pages loads neither.
const lexiconFiles = import.meta.glob<Lexicon>('../../../content/search/*.json', { import: 'default' });
type Reader = (query: string) => ReadQuery;
const readers = new Map<string, Promise<Reader | undefined>>();
function readerFor(language: string): Promise<Reader | undefined> {
  let reader = readers.get(language);
  if (!reader) {
    const load = lexiconFiles[`../../../content/search/${language}.json`];
    reader = load
      ? Promise.all([load(), import('../../lib/search/lexicon.ts')])
          .then(
            ([lexicon, { readQuery }]) =>
              (query: string) =>
                readQuery(query, lexicon, language),
          )
          .catch(() => undefined)
      : Promise.resolve(undefined);
    readers.set(language, reader);
  }
  return reader;
}

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

/** The locale's vocabulary, fetched the first time a correction is needed (never on page load). */
function correctorFor(language: string): Promise<Corrector | undefined> {
  let corrector = correctors.get(language);
  if (!corrector) {
    // The corrector's code (with its distance library) loads with the vocabulary, not with search.
    corrector = Promise.all([
      fetch(`/search/vocab-${language}.json`).then((r) => (r.ok ? (r.json() as Promise<VocabularyFile>) : undefined)),
      import('../../lib/search/typo.ts'),
    ])
      .then(([v, { Corrector }]) =>
        v ? new Corrector(v, foldKazakh, language === 'kk' ? stemKazakh : undefined) : undefined,
      )
      .catch(() => undefined);
    correctors.set(language, corrector);
  }
  return corrector;
}

const loaded = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
/** A result's data, fetched once (the typo check and the rendering both read it). */
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let data = loaded.get(result);
  if (!data) {
    data = result.data();
    loaded.set(result, data);
  }
  return data;
}

function fill(template: string, vars: Record<string, string | number>): string {
  return format(
    template.replace('[SEARCH_TERM]', `«${vars.term ?? ''}»`).replace('[COUNT]', String(vars.count ?? 0)),
    vars,
  );
}

async function runSearch(
  module: PagefindModule,
  language: string,
  query: string,
  kind: string,
  also: readonly string[] = [],
): Promise<PagefindResult[]> {
  const instance = instanceFor(module, language);
  const terms = [...new Set([query, ...also].flatMap((q) => queryVariants(q, language)))];
  const responses = await Promise.all(terms.map((term) => instance.search(term, kind ? { filters: { kind } } : {})));
  return mergeHits(responses.map((r) => r?.results ?? []));
}

interface Outcome {
  hits: PagefindResult[];
  /** The query searched instead of what was typed (typos corrected). */
  corrected?: string;
  /** No page has every word: pages ranked by how many words they match. */
  partial: boolean;
  /** Every form searched, for marking matches in excerpts. */
  searched: string[];
  /** No typed word is a real word here (see `unmatchedWords`): nothing was found, whatever Pagefind returned. */
  nonsense?: boolean;
}

/** For each typed word (5+ letters, typos are not corrected below that): true if no page here matched it. */
async function wordsMissingFrom(hits: PagefindResult[], typed: string[], language: string): Promise<boolean[]> {
  const candidates = typed.map((w) => [...w].length >= 5);
  if (!candidates.some(Boolean)) return typed.map(() => false);
  const data = await Promise.all(hits.map(dataOf));
  return typed.map((word, i) => {
    if (!candidates[i]) return false;
    // Kazakh: the stem; Russian and English, which Pagefind stems itself: the word less its last two letters.
    const terms =
      language === 'kk'
        ? highlightTerms(queryVariants(word, language), language)
        : queryVariants(word, language).map((w) => foldKazakh(w).slice(0, Math.max(5, w.length - 2)));
    return !data.some((d) => makeExcerpt(matchedWords(d.content, d.locations), terms, 1) !== undefined);
  });
}

/**
 * For each typed word: true if nothing real matched it. No top page has it (`wordsMissingFrom`), and the
 * vocabulary has neither the word, nor a word it begins, nor a word within typo distance, as typed or in its
 * Cyrillic reading. Pagefind answers such a word with pages for a fragment of it (`qwzxqwzx`, read
 * «кузкскузкс», found «ӘҚБтК»); those pages are not results.
 */
async function unmatchedWords(hits: PagefindResult[], typed: string[], language: string): Promise<boolean[]> {
  const missing = await wordsMissingFrom(hits.slice(0, PAGE_SIZE), typed, language);
  if (!missing.some(Boolean)) return missing;
  const corrector = await correctorFor(language);
  if (!corrector) return typed.map(() => false);
  return typed.map((word, i) => {
    if (!missing[i]) return false;
    const readings: string[] = [word];
    const cyrillic = language !== 'en' && isLatinQuery(word) ? latinToCyrillic(word) : undefined;
    if (cyrillic) readings.push(cyrillic);
    // A typo late in a long word (`полицейлреге`) keeps a real beginning: its first half (5 letters at least)
    // begins a word here, and Pagefind's prefix pages are then the right ones.
    const head = (r: string) => [...r].slice(0, Math.max(5, Math.ceil([...r].length * 0.5))).join('');
    return !readings.some((r) => corrector.known(r) || corrector.known(head(r)) || corrector.correct(r) !== undefined);
  });
}

const allTrue = (flags: boolean[]) => flags.length > 0 && flags.every(Boolean);

/** The query with each flagged word replaced by its closest indexed word, or undefined if none changes. */
async function correctWords(language: string, typed: string[], flagged: boolean[]): Promise<string | undefined> {
  const corrector = await correctorFor(language);
  if (!corrector) return undefined;
  const fixed = typed.map((w, i) => {
    if (!flagged[i]) return w;
    // A Kazakh or Russian word typed in Latin letters is corrected in its Cyrillic reading.
    const cyrillic = language !== 'en' && isLatinQuery(w) ? latinToCyrillic(w) : undefined;
    return corrector.correct(cyrillic ?? w) ?? w;
  });
  return fixed.some((w, i) => w !== typed[i]) ? fixed.join(' ') : undefined;
}

/**
 * The reader's query in their language: as typed; with fewer than two pages, each word with no match is
 * corrected to the closest indexed word, and a multi-word query falls back to pages matching most words.
 */
async function searchOwn(
  module: PagefindModule,
  language: string,
  query: string,
  kind: string,
  exact: boolean,
  synonyms: readonly (readonly string[])[] = [],
  question = false,
): Promise<Outcome> {
  const typed = query.split(/\s+/).filter(Boolean);
  // Everyday words the lexicon knows are searched with the pages' words too (each query's hits merged), and are
  // never typo candidates: they are real words, only not the pages' own.
  const also = synonymQueries({ words: typed, synonyms: typed.map((_, i) => [...(synonyms[i] ?? [])]) });
  const lexical = typed.map((_, i) => (synonyms[i]?.length ?? 0) > 0);
  const notLexical = (flags: boolean[]) => flags.map((f, i) => f && !lexical[i]);
  const searched = [query, ...synonyms.flat()].flatMap((q) => queryVariants(q, language));
  const hits = await runSearch(module, language, query, kind, also);
  if (exact) return { hits, partial: false, searched };
  // A question: pages ranked by what each word adds (rankBySummedScore), each word searched alone with its
  // synonyms, so a page lacking one of its words still counts; words flagged as matching nothing real add
  // nothing. A few keywords keep Pagefind's own ranking of the pages that have them all.
  const byWords = async (skip: readonly boolean[]) => {
    if (!question || typed.length < 2) return hits;
    const perWord = await Promise.all(
      typed.map((w, i) => (skip[i] ? [] : runSearch(module, language, w, kind, synonyms[i] ?? []))),
    );
    return rankBySummedScore(perWord);
  };
  if (hits.length >= FALLBACK_THRESHOLD) {
    // Pagefind answers a word it lacks with pages for a shorter prefix (кибербулинг → кибер…): a word of five
    // letters or more that none of the top pages contains is a typo candidate all the same.
    const missing = notLexical(await wordsMissingFrom(hits.slice(0, PAGE_SIZE), typed, language));
    if (!missing.some(Boolean)) return { hits: await byWords(missing), partial: false, searched };
    const fixedQuery = await correctWords(language, typed, missing);
    const fixedHits = fixedQuery ? await runSearch(module, language, fixedQuery, kind) : [];
    if (fixedQuery && keepsCorrection(fixedHits.length, typed.length)) {
      return { hits: fixedHits, corrected: fixedQuery, partial: false, searched: queryVariants(fixedQuery, language) };
    }
    // Pages found only for fragments of words that are no words: nothing was found.
    const unmatched = notLexical(await unmatchedWords(hits, typed, language));
    if (allTrue(unmatched)) return { hits: [], partial: false, searched, nonsense: true };
    return { hits: await byWords(unmatched), partial: false, searched };
  }
  let terms = typed;
  let perWord =
    typed.length > 1
      ? await Promise.all(typed.map((w, i) => runSearch(module, language, w, kind, synonyms[i] ?? [])))
      : [hits];
  let corrected: string | undefined;
  // Words finding fewer than two pages are worth correcting; a word the index holds never is (Corrector).
  const fixedQuery = await correctWords(
    language,
    typed,
    typed.map((_, i) => !lexical[i] && (perWord[i]?.length ?? 0) < FALLBACK_THRESHOLD),
  );
  // Whether some pages have every word (as corrected): if not, the status line says pages match some words.
  let allWords = false;
  if (fixedQuery) {
    const fixedHits = await runSearch(module, language, fixedQuery, kind);
    if (typed.length === 1 && fixedHits.length > hits.length) {
      return { hits: fixedHits, corrected: fixedQuery, partial: false, searched: queryVariants(fixedQuery, language) };
    }
    const fixed = fixedQuery.split(' ');
    terms = fixed;
    corrected = fixedQuery;
    allWords = fixedHits.length >= FALLBACK_THRESHOLD;
    perWord = await Promise.all(
      fixed.map((w, i) => (w === typed[i] ? (perWord[i] ?? []) : runSearch(module, language, w, kind))),
    );
  }
  // Words nothing real matched find only fragments: they count for no page, and if every word is one, nothing was found.
  const unmatched = notLexical(await unmatchedWords(hits, typed, language));
  if (allTrue(unmatched)) return { hits: [], partial: false, searched, nonsense: true };
  if (unmatched.some(Boolean)) perWord = perWord.map((list, i) => (unmatched[i] && terms[i] === typed[i] ? [] : list));
  if (terms.length > 1) {
    // As above: what each word adds, so a page lacking one of a question's words still ranks by the others.
    const ranked = rankBySummedScore(perWord);
    if (ranked.length > hits.length || corrected) {
      return {
        hits: ranked,
        corrected,
        partial: !allWords,
        searched: [...terms, ...synonyms.flat()].flatMap((w) => queryVariants(w, language)),
      };
    }
  }
  return { hits, partial: false, searched };
}

function renderResult(
  d: PagefindResultData,
  terms: string[],
  strings: Strings,
  language: string | undefined,
): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  if (language) li.lang = language;
  const sections = bestSections(d.content, d.anchors ?? [], terms);
  const base = d.url.replace(/#.*$/, '');
  const a = document.createElement('a');
  // Opens at the section that matches best, like Pagefind's sub-results.
  a.href = sections[0] ? `${base}#${sections[0].id}` : d.url;
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
  // Our own pages' text with <mark> around matches (escaped in makeExcerpt); Pagefind's excerpt is used
  // only when it holds none of the index-only hint words.
  excerpt.innerHTML =
    makeExcerpt(d.content, terms) ?? (d.excerpt.includes(HINT_MARK) ? leadExcerpt(d.content) : d.excerpt);
  a.append(kind, title, excerpt);
  li.append(a);
  if (sections.length > 1) {
    const list = document.createElement('ul');
    list.className = 'search-result__sections';
    for (const s of sections) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${base}#${s.id}`;
      link.textContent = s.text;
      item.append(link);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

async function renderInto(
  list: HTMLOListElement,
  results: PagefindResult[],
  terms: string[],
  strings: Strings,
  language?: string,
): Promise<HTMLLIElement[]> {
  const data = await Promise.all(results.map(dataOf));
  const items = data.map((d) => renderResult(d, terms, strings, language));
  list.append(...items);
  return items;
}

/** Wires the search dialog; called the first time the reader opens it. */
export function startSearch(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const input = required<HTMLInputElement>(root, '[data-search-input]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const correction = required<HTMLElement>(root, '[data-search-correction]');
  const results = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');
  const suggestions = required<HTMLElement>(root, '[data-search-suggestions]');
  const other = required<HTMLElement>(root, '[data-search-other]');
  const otherResults = required<HTMLOListElement>(root, '[data-search-other-results]');
  const otherLanguages = Object.keys(strings.languages).filter((l) => l !== strings.locale);

  const loading = (pagefind ??= import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<PagefindModule>);
  let generation = 0;
  let rendered = '';
  let exact = false;
  let preloaded = false;
  let shown: { hits: PagefindResult[]; count: number; terms: string[] } = { hits: [], count: 0, terms: [] };

  const showCorrection = (outcome: Outcome, query: string) => {
    if (!outcome.corrected) {
      correction.hidden = true;
      correction.replaceChildren();
      return;
    }
    // The one place the corrected query is shown (the status line then gives only the count).
    const text = document.createElement('span');
    text.textContent = fill(strings.showingFor, { corrected: echoQuery(outcome.corrected) });
    const instead = document.createElement('button');
    instead.type = 'button';
    instead.className = 'search-link';
    instead.dataset.searchExact = '';
    instead.textContent = fill(strings.searchInstead, { typed: echoQuery(query) });
    instead.addEventListener('click', () => {
      exact = true;
      void update();
      input.focus();
    });
    correction.replaceChildren(text, ' ', instead);
    correction.hidden = false;
  };

  const update = async () => {
    const query = input.value.trim();
    const kind = new FormData(form).get('kind')?.toString() ?? '';
    const current = ++generation;
    try {
      sessionStorage.setItem(STORED_QUERY, input.value);
    } catch {
      // storage may be unavailable (private mode); the query is simply not kept
    }
    if (!query) {
      status.textContent = '';
      results.replaceChildren();
      correction.hidden = true;
      suggestions.hidden = true;
      more.hidden = true;
      other.hidden = true;
      rendered = '';
      root.dataset.searchState = 'idle';
      return;
    }
    root.dataset.searchState = 'searching';
    try {
      // Question words and fillers out, everyday words read as the pages' words (src/lib/search/lexicon.ts). The
      // lexicon is fetched for a query of several words, or for one word that finds fewer than two pages (an
      // everyday word such as «дружинник»): a first query of one word found on the pages never waits for it,
      // and stays under its byte budget.
      const ask = async (read: ReadQuery) => {
        const words = read.words.length ? read.words.join(' ') : query;
        return searchOwn(await loading, strings.locale, words, kind, exact, read.synonyms, read.question);
      };
      const readWithLexicon = async () => (await readerFor(strings.locale))?.(query);
      const severalWords = queryWords(query).length > 1;
      let outcome = await ask((severalWords ? await readWithLexicon() : undefined) ?? readPlain(query));
      if (!severalWords && outcome.hits.length < FALLBACK_THRESHOLD) {
        const read = await readWithLexicon();
        if (read?.synonyms.some((s) => s.length > 0)) outcome = await ask(read);
      }
      const module = await loading;
      if (current !== generation) return;
      const terms = highlightTerms(outcome.searched, strings.locale);
      let foreign: PagefindResult[][] = [];
      if (outcome.hits.length < CROSS_LANGUAGE_THRESHOLD) {
        // Offline, another language's index may not be cached yet: its results are simply absent.
        foreign = await Promise.all(
          otherLanguages.map((l) => runSearch(module, l, query, kind).catch(() => [] as PagefindResult[])),
        );
        // Words that are no words here may be words there (a Kazakh name typed on an English page); where they
        // are not, the other language's pages too are only fragment matches.
        if (outcome.nonsense) {
          const typed = query.split(/\s+/).filter(Boolean);
          foreign = await Promise.all(
            foreign.map(async (hits, i) =>
              hits.length && allTrue(await unmatchedWords(hits, typed, otherLanguages[i] ?? '')) ? [] : hits,
            ),
          );
        }
        if (current !== generation) return;
      }
      // Rendering only when the result set changes keeps typing smooth (a longer prefix often finds the same pages).
      const key = JSON.stringify([
        kind,
        outcome.hits.slice(0, PAGE_SIZE).map((h) => h.id),
        foreign.map((f) => f.slice(0, PAGE_SIZE).map((h) => h.id)),
        outcome.corrected,
        outcome.partial,
        terms,
      ]);
      if (key !== rendered) {
        const list = document.createElement('ol');
        const own = await renderInto(list, outcome.hits.slice(0, PAGE_SIZE), terms, strings);
        const otherLists = await Promise.all(
          otherLanguages.map(async (language, i) => {
            const ol = document.createElement('ol');
            const foreignTerms = highlightTerms(queryVariants(query, language), language);
            return renderInto(ol, (foreign[i] ?? []).slice(0, PAGE_SIZE), foreignTerms, strings, language);
          }),
        );
        if (current !== generation) return;
        results.replaceChildren(...own);
        otherResults.replaceChildren(...otherLists.flat());
        other.hidden = otherResults.children.length === 0;
        rendered = key;
        shown = { hits: outcome.hits, count: Math.min(PAGE_SIZE, outcome.hits.length), terms };
      } else shown.hits = outcome.hits;
      more.hidden = shown.count >= outcome.hits.length;
      showCorrection(outcome, query);
      const count = outcome.hits.length;
      // The query is echoed once, cut at 40 characters: a corrected one in the correction line, else here.
      const term = echoQuery(query);
      status.textContent = [
        outcome.corrected
          ? fill(strings.count, { total: count })
          : fill(count === 0 ? strings.zero : count === 1 ? strings.one : strings.many, { term, count }),
        outcome.partial ? strings.partial : '',
      ]
        .filter(Boolean)
        .join(' ');
      // Nothing in any language: the section lists instead of an empty dialog.
      suggestions.hidden = count > 0 || foreign.some((f) => f.length > 0);
      root.dataset.searchState = 'done';
      root.dataset.searchPartial = String(outcome.partial);
    } catch {
      if (current !== generation) return;
      status.textContent = strings.offlineUnavailable;
      root.dataset.searchState = 'error';
    }
  };

  input.addEventListener('input', () => {
    exact = false;
    if (!preloaded && input.value.trim()) {
      preloaded = true;
      // Fetches the index chunks for the typed prefix while the rest of the query is typed.
      void loading
        .then((module) => {
          const instance = instanceFor(module, strings.locale);
          return Promise.all(queryVariants(input.value, strings.locale).map((t) => instance.preload?.(t)));
        })
        .catch(() => undefined);
    }
    void update();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter opens the first result.
    const first = root.querySelector<HTMLAnchorElement>('.search-result > a');
    if (first) first.click();
    else void update();
  });
  more.addEventListener('click', async () => {
    const current = generation;
    const next = shown.hits.slice(shown.count, shown.count + PAGE_SIZE);
    const items = await renderInto(document.createElement('ol'), next, shown.terms, strings);
    if (current !== generation) return;
    const firstNew = items[0]?.querySelector('a');
    results.append(...items);
    shown.count += next.length;
    more.hidden = shown.count >= shown.hits.length;
    firstNew?.focus();
  });

  root.dataset.searchState ??= 'idle';
  if (!input.value) {
    try {
      input.value = sessionStorage.getItem(STORED_QUERY) ?? '';
      input.select();
    } catch {
      // no storage: start empty
    }
  }
  if (input.value) void update();
}
