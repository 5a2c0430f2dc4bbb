import { z } from 'astro/zod';
import { basePageSchema, pendingOr, slugSchema } from './common.ts';

/**
 * An initiative presented by the prosecutor's office. Only what the seed states is a value;
 * everything else stays `pending` until it is officially published.
 */
export const initiativeSchema = basePageSchema.extend({
  kind: z.literal('initiative'),
  /** Equal to the page slug under `initiatives/`; sessions reference initiatives by it. */
  initiativeId: slugSchema,
  /** The name as the office writes it (often Kazakh). */
  nativeName: z.string().min(1),
  /** How people type the name without Kazakh letters, e.g. "Tazalyq saqshylary". */
  transliterations: z.array(z.string().min(1)).default([]),
  /** What the seed says happened to it; `presented` is the only status the seed supports today. */
  status: z.enum(['presented', 'active', 'completed']),
  presentedBy: z.string().min(1),
  aims: pendingOr(z.string().min(1)),
  howToJoin: pendingOr(z.string().min(1)),
  contacts: pendingOr(z.string().min(1)),
  startDate: pendingOr(z.coerce.date()),
});
