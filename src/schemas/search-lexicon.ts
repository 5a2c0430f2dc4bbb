import { z } from 'astro/zod';
import { expected, list, text } from './common.ts';

/** A word or phrase as the lexicon matches it: lowercase words, one space between them; `*` only at the end. */
const entry = (what: string) =>
  text(what).refine(
    (s) => s === s.toLowerCase() && /^[\p{L}\p{N}'-]+(?: [\p{L}\p{N}'-]+)*\*?$/u.test(s),
    `must be lowercase words with single spaces (and * only at the end, meaning "any word starting with this"), e.g. что делать если`,
  );

/**
 * A language's search lexicon (content/search/<locale>.json), applied to the query, never to the index:
 * `fillers`, question words and fillers dropped from a query when other words remain («что делать если»,
 * "what should I do"); `synonyms`, an everyday word → the words the pages use (травят → травля, кибербуллинг).
 * Reviewed by hand: each entry says what readers type and what the pages call it.
 */
export const searchLexiconSchema = z.strictObject(
  {
    fillers: list(entry('a filler word or phrase'), 'filler words and phrases').min(1, 'must list at least one filler'),
    synonyms: z.record(
      // A key of several words is an idiom, matched as consecutive words of the query ("making fun").
      entry('an everyday word or idiom (or a beginning ending in *)'),
      list(entry('a word or phrase the pages use'), "the pages' words").min(1, 'must list at least one page word'),
      expected('an object: everyday word → list of the words the pages use'),
    ),
  },
  expected('{ "fillers": [...], "synonyms": { "word": [...] } }'),
);

export type SearchLexicon = z.infer<typeof searchLexiconSchema>;
