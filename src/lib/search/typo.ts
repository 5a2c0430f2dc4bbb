import { distance } from 'fastest-levenshtein';
import { foldKazakh } from './kazakh.ts';

/**
 * Typo correction against the words the index holds (`vocab-<locale>.json`, built by
 * src/integrations/search-vocabulary.ts). Words are compared folded (ә = а, і = и, ё = е…), so a word
 * typed without Kazakh letters is never counted as a typo; see ./README.md.
 */

/** The vocabulary file: words (as the pages spell them) and how often they occur, most frequent first. */
export interface VocabularyFile {
  words: string[];
  counts: number[];
}

/** Edits forgiven in a word of this many letters: none under 5, one up to 8, two beyond. */
export function maxTypoDistance(length: number): number {
  if (length < 5) return 0;
  return length <= 8 ? 1 : 2;
}

interface Entry {
  folded: string;
  word: string;
  count: number;
}

export class Corrector {
  /** Folded word → its most frequent spelling, bucketed by length for the candidate scan. */
  private readonly byFolded = new Map<string, Entry>();
  private readonly byLength = new Map<number, Entry[]>();

  constructor(vocabulary: VocabularyFile) {
    vocabulary.words.forEach((word, i) => {
      const folded = foldKazakh(word);
      const count = vocabulary.counts[i] ?? 0;
      const seen = this.byFolded.get(folded);
      if (seen) {
        seen.count += count;
        return;
      }
      const entry = { folded, word, count };
      this.byFolded.set(folded, entry);
      const bucket = this.byLength.get(folded.length) ?? [];
      bucket.push(entry);
      this.byLength.set(folded.length, bucket);
    });
  }

  get size(): number {
    return this.byFolded.size;
  }

  /** True when the index holds this word, or a longer word it is a prefix of (Pagefind matches prefixes). */
  known(word: string): boolean {
    const folded = foldKazakh(word);
    if (this.byFolded.has(folded)) return true;
    for (const [length, bucket] of this.byLength) {
      if (length > folded.length && bucket.some((e) => e.folded.startsWith(folded))) return true;
    }
    return false;
  }

  /**
   * The closest indexed word to a word with no match, or undefined: within `maxTypoDistance`, fewest
   * edits first, then the more frequent word. A known word is never corrected.
   */
  correct(word: string): string | undefined {
    const folded = foldKazakh(word);
    const max = maxTypoDistance(folded.length);
    if (max === 0 || this.known(folded)) return undefined;
    let best: { entry: Entry; edits: number } | undefined;
    for (let length = folded.length - max; length <= folded.length + max; length++) {
      for (const entry of this.byLength.get(length) ?? []) {
        const edits = distance(folded, entry.folded);
        if (edits > max) continue;
        if (!best || edits < best.edits || (edits === best.edits && entry.count > best.entry.count)) {
          best = { entry, edits };
        }
      }
    }
    return best?.entry.word;
  }
}
