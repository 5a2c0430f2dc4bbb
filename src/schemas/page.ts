import { z } from 'astro/zod';
import { basePageSchema, expected } from './common.ts';
import { questionsAnsweredSchema } from './questions.ts';

/** Section indexes, home, about: pages with no structured data of their own. */
export const plainPageSchema = basePageSchema.extend({
  kind: z.enum(['page', 'glossary'], expected('page or glossary')),
  /** Everyday questions the page answers (the help page: «кімге хабарласу», "phone"), as on lessons. */
  questionsAnswered: questionsAnsweredSchema,
});
