import { z } from 'astro/zod';
import { completeLocales, localized, localeCodes, locales, perLocale, type Locale } from '../config/locales.ts';

/**
 * Plain-words error for a value of the wrong type or a missing one: editors read these in
 * `npm run check:content`, so they say what to write ("expected { from: 7, to: 11 }"), not zod's jargon.
 */
export function expected(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `is missing; expected ${what}` : `expected ${what}`,
  };
}

export const localeSchema = z.enum(
  localeCodes as [string, ...string[]],
  expected(`a language code: ${localeCodes.join(', ')}`),
);

/**
 * One value per language of the site model (src/config/locales.ts): required for every language that has its own
 * text, optional for a language with a `fallback`, which then reads its fallback's value. `value` gets the
 * language's English name for its messages ("the title in Kazakh").
 */
export function perLanguage<T extends z.ZodType>(value: (languageName: string) => T, what: string) {
  const shape = Object.fromEntries(
    localeCodes.map((l) => [
      l,
      completeLocales.includes(l) ? value(locales[l].name) : value(locales[l].name).optional(),
    ]),
  ) as Record<Locale, T>;
  return z
    .object(shape, expected(what))
    .transform((record) => perLocale((l) => localized<z.output<T>>(record as Partial<Record<Locale, z.output<T>>>, l)));
}

/** `with kk:, ru: and en: lines`: how an editor writes a per-language value. */
export const languageLines = `with ${localeCodes
  .map((l) => `${l}:`)
  .join(', ')
  .replace(/, ([^,]*)$/, ' and $1')} lines`;

/** Sentinel for facts the sources do not give: rendered as "not yet published", never guessed. */
export const PENDING = 'pending' as const;

/**
 * A field whose value is either published (the schema) or explicitly pending.
 * `what` describes a published value in plain words, for the error message.
 */
export function pendingOr<T extends z.ZodType>(schema: T, what: string) {
  return z
    .union([z.literal(PENDING), schema], expected(`${what}, or leave the field out until it is officially published`))
    .default(PENDING);
}

/** Fields every page kind shares. */
export const basePageSchema = z.object({
  /**
   * Locales whose translation of this page does not exist yet. Only a page listed here may be
   * missing in another locale; Starlight then shows this page with its fallback notice.
   */
  awaitingTranslation: z.array(localeSchema, expected('a list of language codes, e.g. [kk, en]')).default([]),
  /**
   * Earlier addresses of this page, without the language (e.g. `lessons/online-safety`): a teacher's link or a
   * printed QR code to them keeps working, as a redirect to this page in the same language.
   */
  redirectFrom: z
    .array(
      z
        .string(expected('an earlier address such as lessons/online-safety'))
        .regex(
          /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/,
          'must be a path without the language and slashes at the ends, e.g. lessons/online-safety',
        ),
      expected('a list of earlier addresses, e.g. [lessons/online-safety]'),
    )
    .default([]),
});

/** A kebab-case slug: what URLs, cross-references and short links are built from. */
export const slugSchema = z
  .string(expected('a kebab-case id such as family-violence'))
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase latin letters, digits and hyphens (kebab-case), e.g. family-violence',
  );

/** A required line of text; `what` names it for the error ("expected the chair's name"). */
export function text(what: string) {
  return z.string(expected(what)).trim().min(1, `must not be empty; expected ${what}`);
}

/** A list of `item`s; `what` names the list for the error. */
export function list<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, expected(`a list of ${what} (one "- item" per line, or [a, b])`));
}

export const linkSchema = z.object(
  {
    title: text('the title of the document'),
    url: z.url(expected('a full link starting with https://')),
  },
  expected('a link written as { title: ..., url: https://... }'),
);
