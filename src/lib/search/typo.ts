import { distance } from 'fastest-levenshtein';

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

/**
 * Edits between two words, a swap of neighbouring letters counting as one (Levenshtein counts it as two):
 * people swap letters as often as they drop one.
 */
export function edits(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i] ? 1 : d;
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

  private byStem: Map<string, Entry> | undefined;

  /** `stem` (Kazakh): a typo in an inflected word is also looked for among the indexed words' stems. */
  private readonly stem: ((word: string) => string) | undefined;
  /** Words are compared folded (`foldKazakh`). Passed in rather than imported: the search dialog already has it, and
   *  a module shared by two of its lazily loaded chunks (this one and the lexicon's) is split into a request of its
   *  own, on the first query's byte budget. */
  private readonly fold: (word: string) => string;

  constructor(vocabulary: VocabularyFile, fold: (word: string) => string, stem?: (word: string) => string) {
    this.fold = fold;
    this.stem = stem;
    vocabulary.words.forEach((word, i) => {
      const folded = this.fold(word);
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
    const folded = this.fold(word);
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
    const folded = this.fold(word);
    const max = maxTypoDistance(folded.length);
    if (max === 0 || this.known(folded)) return undefined;
    let best: { entry: Entry; edits: number } | undefined;
    for (let length = folded.length - max; length <= folded.length + max; length++) {
      for (const entry of this.byLength.get(length) ?? []) {
        const n = edits(folded, entry.folded);
        if (n > max) continue;
        if (!best || n < best.edits || (n === best.edits && entry.count > best.entry.count)) {
          best = { entry, edits: n };
        }
      }
    }
    return best?.entry.word ?? this.correctStem(folded);
  }

  /** The most frequent indexed word whose stem is within reach of the typed word's stem. */
  private correctStem(folded: string): string | undefined {
    if (!this.stem) return undefined;
    const stem = this.stem(folded);
    const max = Math.min(maxTypoDistance(folded.length), maxTypoDistance(stem.length));
    if (max === 0) return undefined;
    if (!this.byStem) {
      this.byStem = new Map();
      // Entries come most frequent first within a length, so the first entry seen for a stem is kept.
      for (const entry of [...this.byFolded.values()].sort((a, b) => b.count - a.count)) {
        const s = this.stem(entry.folded);
        if (!this.byStem.has(s)) this.byStem.set(s, entry);
      }
    }
    let best: { entry: Entry; edits: number } | undefined;
    for (const [s, entry] of this.byStem) {
      if (Math.abs(s.length - stem.length) > max) continue;
      const n = edits(stem, s);
      if (n > max) continue;
      if (!best || n < best.edits || (n === best.edits && entry.count > best.entry.count)) {
        best = { entry, edits: n };
      }
    }
    return best?.entry.word;
  }
}
