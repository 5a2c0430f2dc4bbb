import { foldKazakh, words } from './kazakh.ts';
import type { VocabularyFile } from './typo.ts';

/**
 * Marks the index-only hint text (folded twins of Kazakh words) inside a page's indexed content, so the
 * vocabulary and the excerpts can leave it out: SearchIndexHints writes `⁂ words ⁂`.
 */
export const HINT_MARK = '⁂';

/** A page's indexed content without the hint text. */
export function withoutHints(content: string): string {
  return content.replace(new RegExp(`${HINT_MARK}[^${HINT_MARK}]*(?:${HINT_MARK}|$)`, 'g'), ' ');
}

/** Shorter words are never the target of a correction (typos are forgiven from five letters on). */
const MIN_WORD = 4;

/**
 * Counts the words of the pages' indexed texts, keyed by their folded form, each kept in its most
 * frequent spelling; most frequent first. Digits-only tokens are left out.
 */
export function buildVocabulary(texts: Iterable<string>): VocabularyFile {
  const byFolded = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const text of texts) {
    for (const word of words(withoutHints(text))) {
      if (word.length < MIN_WORD || /^[\d-]+$/.test(word)) continue;
      const folded = foldKazakh(word);
      const entry = byFolded.get(folded) ?? { count: 0, spellings: new Map<string, number>() };
      entry.count++;
      entry.spellings.set(word, (entry.spellings.get(word) ?? 0) + 1);
      byFolded.set(folded, entry);
    }
  }
  const entries = [...byFolded.entries()]
    .map(([folded, { count, spellings }]) => ({
      folded,
      count,
      word: [...spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? folded,
    }))
    .sort((a, b) => b.count - a.count || a.folded.localeCompare(b.folded));
  return { words: entries.map((e) => e.word), counts: entries.map((e) => e.count) };
}
