import { z } from 'astro/zod';

const localizedTerm = z.object({ term: z.string().min(1), definition: z.string().min(1) });

/** One glossary entry: the same term in the three locales; `id` is its stable anchor. */
export const glossaryTermSchema = z.object({
  kk: localizedTerm,
  ru: localizedTerm,
  en: localizedTerm,
});
