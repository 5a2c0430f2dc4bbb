import { foldKazakh, hasKazakhLetters, kazakhQuery } from './kazakh.ts';
import { latinReadings } from './latin.ts';

/**
 * What the search box sends to Pagefind for an index in `language`.
 * Kazakh: folded and stemmed (Pagefind has no Kazakh stemmer; stems match as prefixes).
 * Russian and English: folded only, Pagefind stems them itself; folding lets «Тазалык» match «Тазалық».
 */
export function processQuery(query: string, language: string): string {
  const trimmed = query.trim();
  if (!trimmed) return '';
  return language === 'kk' ? kazakhQuery(trimmed) : foldKazakh(trimmed);
}

/**
 * Every form of the query to search an index in `language` with; their hits are merged (`mergeHits`).
 * On kk and ru indexes a query typed in Latin letters is also read as Cyrillic (`Tazalyq` → `тазалык`),
 * while the Latin form still finds Latin names on the pages (BAIQA SYSTEM). English is searched as typed.
 */
export function queryVariants(query: string, language: string): string[] {
  const variants = [processQuery(query, language)];
  // Kazakh typed with its own letters is also searched unfolded: the page's words, titles weighted.
  if (language === 'kk' && hasKazakhLetters(query)) variants.push(kazakhQuery(query.trim(), true));
  if (language !== 'en')
    for (const reading of latinReadings(query.trim())) variants.push(processQuery(reading, language));
  return [...new Set(variants.filter(Boolean))];
}

/** Fewer results than this in the reader's language also shows matches from the other languages. */
export const CROSS_LANGUAGE_THRESHOLD = 2;

export interface RankedHit {
  id: string;
  score: number;
}

/** Merges hit lists (from query variants) by id, keeping each page's best score, best first. */
export function mergeHits<T extends RankedHit>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const hit of list) {
      const seen = best.get(hit.id);
      if (!seen || hit.score > seen.score) best.set(hit.id, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Fewer results than this for the whole query tries typo correction, then pages matching some words. */
export const FALLBACK_THRESHOLD = 2;

/**
 * Whether a correction of a query that already found pages is shown instead of them: it must find a page, and, for a
 * query of several words, as many pages as it takes not to fall back (two). A whole question that found thirty pages
 * is not replaced by one page for a word "corrected" into another (colloquial «шалам» → «аламын»).
 */
export function keepsCorrection(found: number, typedWords: number): boolean {
  return found >= (typedWords > 1 ? FALLBACK_THRESHOLD : 1);
}

/**
 * Pages ranked by the sum of their scores for each word searched alone (BM25 read as OR: each word adds what it
 * adds in Pagefind's own AND ranking, and a page lacking one word still counts the others), times the share of
 * the words the page has (the coordination factor of classic TF-IDF: of two pages with the same sum, the one with
 * more of the words first). A question typed in full («телефон доверия для подростков») has words its page lacks;
 * requiring them all keeps the page out.
 */
export function rankBySummedScore<T extends RankedHit>(perWord: readonly (readonly T[])[]): T[] {
  const pages = new Map<string, { hit: T; score: number; matched: number }>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const seen = pages.get(hit.id);
      if (seen) {
        seen.score += hit.score;
        seen.matched++;
      } else pages.set(hit.id, { hit, score: hit.score, matched: 1 });
    }
  }
  const words = perWord.length || 1;
  return [...pages.values()]
    .map((p) => ({ hit: p.hit, rank: (p.score * p.matched) / words }))
    .sort((a, b) => b.rank - a.rank)
    .map(({ hit }) => hit);
}

/** Characters of the query the dialog echoes; a longer one ends in "…" (a 300-character query pushed the results
 *  off a phone's screen when echoed whole). Counted in code points, so a letter is never cut in half. */
export const ECHO_LENGTH = 40;

/** The query as the dialog echoes it: whitespace collapsed, at most `max` characters, "…" when cut. */
export function echoQuery(query: string, max = ECHO_LENGTH): string {
  const chars = [...query.trim().replace(/\s+/g, ' ')];
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A language's search lexicon (content/search/<locale>.json); read by `readQuery` in ./lexicon.ts. */
export interface Lexicon {
  fillers: readonly string[];
  synonyms: Readonly<Record<string, readonly string[]>>;
}

export interface ReadQuery {
  /** The words searched: the query's words less its fillers (all of them if only fillers were typed). */
  words: string[];
  /** Typed as a question or a situation (three words or more besides its fillers), not as a few keywords. */
  question: boolean;
  /** For each of `words`, the page words it stands for (empty when the lexicon has none). */
  synonyms: string[][];
}

/** The query's words as typed (lowercase, punctuation dropped; hyphens and apostrophes inside words kept). */
export function queryWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A query read without a lexicon: every word kept, none with synonyms. */
export function readPlain(query: string): ReadQuery {
  const typed = queryWords(query);
  return { words: typed, question: typed.length >= 3, synonyms: typed.map(() => []) };
}

/** Whole queries to search besides `words` itself: each word that has synonyms replaced by each of them. */
export function synonymQueries(read: Pick<ReadQuery, 'words' | 'synonyms'>, max = 6): string[] {
  const out: string[] = [];
  read.synonyms.forEach((alternatives, i) => {
    for (const alternative of alternatives) {
      out.push(read.words.map((w, j) => (j === i ? alternative : w)).join(' '));
    }
  });
  return [...new Set(out)].slice(0, max);
}
