import { z } from 'astro/zod';
import { basePageSchema, linkSchema, pendingOr, slugSchema } from './common.ts';

/** A Coordination Council session summary. */
export const councilSessionSchema = basePageSchema.extend({
  kind: z.literal('council-session'),
  /** `null` when the source does not give the date; the page then says so. */
  date: z.coerce.date().nullable(),
  chair: z.string().min(1),
  /** Initiative slugs presented at the session; an unknown slug fails the build. */
  initiatives: z.array(slugSchema).default([]),
  documents: pendingOr(z.array(linkSchema).min(1)),
});
