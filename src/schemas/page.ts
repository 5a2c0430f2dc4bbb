import { z } from 'astro/zod';
import { basePageSchema, expected } from './common.ts';

/** Section indexes, home, about: pages with no structured data of their own. */
export const plainPageSchema = basePageSchema.extend({
  kind: z.enum(['page', 'glossary'], expected('page or glossary')),
});
