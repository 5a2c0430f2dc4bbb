import { z } from 'astro/zod';
import { basePageSchema, expected, linkSchema, list, pendingOr, slugSchema, text } from './common.ts';

/** A Coordination Council session summary. */
export const councilSessionSchema = basePageSchema.extend({
  kind: z.literal('council-session'),
  /** `null` when the source does not give the date; the page then says so. */
  date: z.coerce
    .date(expected('the session date as YYYY-MM-DD, e.g. 2025-03-14, or null when the source does not give it'))
    .nullable(),
  chair: text("the chair's name and post, as the source gives them"),
  /** Initiative slugs presented at the session; an unknown slug fails the build. */
  initiatives: list(slugSchema, 'initiative slugs, e.g. [kiberpol, zan-uyirmesi]').default([]),
  documents: pendingOr(
    list(linkSchema, 'links').min(1, 'must list at least one document, or leave the field out'),
    'a list of links, each { title: ..., url: https://... }',
  ),
});
