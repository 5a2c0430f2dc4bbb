import { z } from 'astro/zod';
import { localeCodes } from '../config/locales.ts';

export const localeSchema = z.enum(localeCodes as [string, ...string[]]);

/** Sentinel for facts the sources do not give: rendered as "not yet published", never guessed. */
export const PENDING = 'pending' as const;

/** A field whose value is either published (the schema) or explicitly pending. */
export function pendingOr<T extends z.ZodType>(schema: T) {
  return z.union([z.literal(PENDING), schema]).default(PENDING);
}

/** Fields every page kind shares. */
export const basePageSchema = z.object({
  /**
   * Locales whose translation of this page does not exist yet. Only a page listed here may be
   * missing in another locale; Starlight then shows this page with its fallback notice.
   */
  awaitingTranslation: z.array(localeSchema).default([]),
});

/** A kebab-case slug: what URLs, cross-references and short links are built from. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug: lowercase latin letters, digits and hyphens');

export const linkSchema = z.object({
  title: z.string().min(1),
  url: z.url(),
});
