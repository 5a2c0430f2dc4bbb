import { foldKazakh, kazakhQuery } from './kazakh.ts';

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
