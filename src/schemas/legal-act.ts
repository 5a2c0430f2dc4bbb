import { z } from 'astro/zod';
import { expected, languageLines, PENDING, pendingOr, perLanguage, slugSchema, text } from './common.ts';

/** A document id in the official legal database adilet.zan.kz, e.g. K1400000226 or Z020000345_. */
export const adiletIdSchema = z
  .string(expected('an adilet.zan.kz document id such as K1400000226'))
  .regex(/^[A-Z]\d{9,10}_?$/, 'must be an adilet.zan.kz document id such as K1400000226 or Z020000345_');

const isoDate = (what: string) => z.coerce.date(expected(`${what} as YYYY-MM-DD, e.g. 2026-07-01`));

const localizedTitle = perLanguage((language) => text(`the title in ${language}`), `title: ${languageLines}`);

/**
 * How an act's status (in force, or repealed and by what) is known: read in the official text itself
 * (adilet.zan.kz, or the law as officially published), reported by an official body or the state news
 * agency, or only by a secondary source (a commentary, a private news site, a third-party summary).
 */
export const confirmationLevels = ['official-text', 'official-news', 'secondary'] as const;
export type ConfirmationLevel = (typeof confirmationLevels)[number];

const localizedNote = perLanguage((language) => text(`the note in ${language}`), `note: ${languageLines}`);

/**
 * One legal act of the Republic of Kazakhstan, as the site's registry records it: which text is in force,
 * since when, and when a person last checked that against the official text. Lessons cite acts by `id`.
 */
export const legalActSchema = z
  .object({
    title: localizedTitle,
    /** The act's page in the official database; `pending` until the id is verified (no link is shown). */
    adilet: pendingOr(adiletIdSchema, 'an adilet.zan.kz document id such as K1400000226'),
    status: z.enum(['in-force', 'repealed'], expected('in-force or repealed')),
    inForceSince: pendingOr(isoDate('the date it came into force'), 'the date it came into force, as YYYY-MM-DD'),
    /** What a reader should know about this entry's status, such as an open question (never an unchecked fact). */
    note: localizedNote.optional(),
    /** How the status is confirmed; `pending` while no source for it was read. Shown wherever the act is cited. */
    confirmedBy: pendingOr(
      z.enum(confirmationLevels, expected(confirmationLevels.join(', '))),
      `how the status is confirmed: ${confirmationLevels.join(', ')}`,
    ),
    /** The page that confirms the status (required with confirmedBy). */
    confirmationUrl: z.url(expected('the address of the page that confirms the status, https://…')).optional(),
    /** The act that replaced a repealed one (a registry id). */
    replacedBy: slugSchema.optional(),
    /**
     * The day this entry (status, title, id) was last checked against the official text; `pending` while
     * nobody could check it, so no lesson citing it claims a "law as of" date.
     */
    checkedOn: pendingOr(
      isoDate('the day this entry was last checked against the official text'),
      'the day this entry was last checked against the official text, as YYYY-MM-DD',
    ),
  })
  .refine((act) => act.replacedBy === undefined || act.status === 'repealed', {
    error: 'is only for a repealed act; remove it, or set status: repealed',
    path: ['replacedBy'],
  })
  .refine((act) => act.confirmedBy === PENDING || act.confirmationUrl !== undefined, {
    error: 'is missing; a confirmed status names the page that confirms it (confirmationUrl: https://…)',
    path: ['confirmationUrl'],
  })
  .refine((act) => act.confirmationUrl === undefined || act.confirmedBy !== PENDING, {
    error: 'needs confirmedBy: official-text, official-news or secondary, saying what kind of source this page is',
    path: ['confirmedBy'],
  });

export type LegalAct = z.infer<typeof legalActSchema>;
