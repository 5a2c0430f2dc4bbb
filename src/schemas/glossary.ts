import { z } from 'astro/zod';
import { expected, perLanguage, text } from './common.ts';

const localizedTerm = z.object(
  { term: text('the term in this language'), definition: text('a one- or two-sentence definition') },
  expected('term: ... and definition: ... on two indented lines'),
);

/** One glossary entry: the same term in every language of the site; `id` is its stable anchor. */
export const glossaryTermSchema = perLanguage(
  () => localizedTerm,
  'one entry per language, each with term: and definition:',
);
