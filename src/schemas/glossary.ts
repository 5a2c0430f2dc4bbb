import { z } from 'astro/zod';
import { expected, text } from './common.ts';

const localizedTerm = z.object(
  { term: text('the term in this language'), definition: text('a one- or two-sentence definition') },
  expected('term: ... and definition: ... on two indented lines'),
);

/** One glossary entry: the same term in the three locales; `id` is its stable anchor. */
export const glossaryTermSchema = z.object({
  kk: localizedTerm,
  ru: localizedTerm,
  en: localizedTerm,
});
