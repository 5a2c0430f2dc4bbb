import { z } from 'astro/zod';
import { basePageSchema, expected, list, pendingOr, slugSchema, text } from './common.ts';
import { questionsAnsweredSchema } from './questions.ts';

/**
 * An initiative presented by the prosecutor's office. Only what the seed states is a value;
 * everything else stays `pending` until it is officially published.
 */
export const initiativeSchema = basePageSchema.extend({
  kind: z.literal('initiative'),
  /** Equal to the page slug under `initiatives/`; sessions reference initiatives by it. */
  initiativeId: slugSchema,
  /** The name as the office writes it (often Kazakh). */
  nativeName: text('the name as the office writes it, e.g. Тазалық сақшылары'),
  /** How people type the name without Kazakh letters, e.g. "Tazalyq saqshylary". */
  transliterations: list(text('a spelling without Kazakh letters'), 'spellings, e.g. [Tazalyq saqshylary]').default([]),
  /**
   * What the seed says happened to it: `presented` at the council, or `handed-out` where the seed says only that
   * something (certificates, equipment) was handed out there, not that it was presented as an initiative.
   */
  /** Everyday questions the page answers (shown on the page, weighted in search); every translation has them. */
  questionsAnswered: questionsAnsweredSchema,
  status: z.enum(
    ['presented', 'handed-out', 'active', 'completed'],
    expected('one of presented, handed-out, active, completed'),
  ),
  /** Who presented it, only where the source names the presenter. */
  presentedBy: pendingOr(text('who presented it, as the source says'), 'who presented it, as the source says'),
  aims: pendingOr(text('the aims as published'), 'the aims as published'),
  howToJoin: pendingOr(text('how to join, as published'), 'how to join, as published'),
  contacts: pendingOr(text('the published contacts'), 'the published contacts'),
  startDate: pendingOr(z.coerce.date(expected('a date as YYYY-MM-DD')), 'a date as YYYY-MM-DD, e.g. 2025-03-14'),
});
