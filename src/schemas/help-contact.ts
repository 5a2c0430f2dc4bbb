import { z } from 'astro/zod';
import { perLanguage } from './common.ts';

const localized = z.object({ name: z.string().min(1), note: z.string().min(1) });

/** A national public help line; lessons pick from these instead of writing numbers by hand. */
export const helpContactSchema = z
  .object({
    number: z.string().regex(/^\d{3,4}$/, 'must be a short national number such as 102'),
  })
  .and(perLanguage(() => localized, 'name: and note: in every language'));
