import { foldKazakh, stemKazakh } from './kazakh.ts';
import { isLatinQuery, latinToCyrillic } from './latin.ts';
import { queryWords, readPlain, type Lexicon, type ReadQuery } from './query.ts';

/**
 * Reads a query as a question (see ./README.md, "Questions"): question words and fillers are dropped when other
 * words remain, and everyday words get the words the pages use. The lexicon is content (content/search/<locale>.json,
 * validated by src/schemas/search-lexicon.ts); nothing here touches the index.
 */
// The types, the words of a query and the searches a reading makes are in ./query.ts: the search dialog needs them for
// every query, while this reading, with the lexicon, is fetched only for a question (or a word found on too few pages).
export { queryWords, synonymQueries, type Lexicon, type ReadQuery } from './query.ts';

/** The forms a typed word is compared in: folded, and read as Cyrillic when typed in Latin letters (kk, ru). */
function forms(word: string, language: string): string[] {
  const out = [foldKazakh(word)];
  if (language !== 'en' && isLatinQuery(word)) {
    const cyrillic = latinToCyrillic(word);
    if (cyrillic) out.push(foldKazakh(cyrillic));
  }
  return out;
}

/** Whether a lexicon entry (a word, or a beginning ending in `*`) matches one of a word's forms. */
function matches(entry: string, wordForms: readonly string[], language: string): boolean {
  const key = foldKazakh(entry);
  if (key.endsWith('*')) {
    const prefix = key.slice(0, -1);
    return wordForms.some((f) => f.startsWith(prefix));
  }
  // Kazakh words inflect: «түрмеге» is «түрме». Compared by stem, so one entry serves every case ending.
  if (language === 'kk') {
    const stem = stemKazakh(key);
    return wordForms.some((f) => f === key || stemKazakh(f) === stem);
  }
  return wordForms.includes(key);
}

export function readQuery(query: string, lexicon: Lexicon | undefined, language: string): ReadQuery {
  const typed = queryWords(query);
  if (!lexicon || typed.length === 0) return readPlain(query);
  const typedForms = typed.map((w) => forms(w, language));
  // Longest phrases first, so «что делать если» goes as a whole before «что».
  const fillers = lexicon.fillers
    .map((f) => f.split(' ').map((w) => foldKazakh(w)))
    .sort((a, b) => b.length - a.length);
  const filler = typed.map(() => false);
  for (const phrase of fillers) {
    for (let i = 0; i + phrase.length <= typed.length; i++) {
      if (phrase.every((w, j) => !filler[i + j] && (typedForms[i + j] ?? []).includes(w))) {
        for (let j = 0; j < phrase.length; j++) filler[i + j] = true;
      }
    }
  }
  // A query of fillers only («что делать») is searched as typed: there is nothing else to search.
  const keep = filler.every(Boolean) ? typed.map(() => true) : filler.map((f) => !f);
  const words = typed.filter((_, i) => keep[i]);
  // An entry of several words is an idiom ("picked on", "making fun"): it matches those words in a row as typed,
  // fillers included, and each kept word of the run stands for the entry's page words.
  const byTyped: string[][] = typed.map(() => []);
  for (const [key, pageWords] of Object.entries(lexicon.synonyms)) {
    const parts = key.split(' ');
    for (let i = 0; i + parts.length <= typed.length; i++) {
      if (!parts.every((part, j) => matches(part, typedForms[i + j] ?? [], language))) continue;
      for (let j = 0; j < parts.length; j++) byTyped[i + j]?.push(...pageWords);
    }
  }
  const synonyms = byTyped.filter((_, i) => keep[i]).map((list) => [...new Set(list)]);
  return { words, question: words.length >= 3, synonyms };
}
