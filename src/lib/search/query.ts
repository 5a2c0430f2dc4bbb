import { foldKazakh, kazakhQuery } from './kazakh.ts';
import { latinToCyrillic } from './latin.ts';

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
  const cyrillic = language === 'en' ? undefined : latinToCyrillic(query.trim());
  if (cyrillic) variants.push(processQuery(cyrillic, language));
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
