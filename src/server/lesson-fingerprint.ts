import { createHash } from 'node:crypto';
import type { CollectionEntry } from 'astro:content';
import { FINGERPRINT_LENGTH, lessonLegalText } from '../lib/lesson-review.ts';

/** The lesson's content fingerprint: SHA-256 of its normalised legal text (body, quiz, sources), 12 hex digits. */
export function fingerprintOf(lesson: { body: string; quiz?: unknown; sources?: unknown }): string {
  return createHash('sha256').update(lessonLegalText(lesson)).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

/** The fingerprint of a lesson page as built (its MDX body as written, and its parsed frontmatter). */
export function lessonFingerprint(entry: CollectionEntry<'docs'>): string {
  if (entry.data.kind !== 'lesson') throw new Error(`${entry.filePath}: only a lesson has a content fingerprint`);
  return fingerprintOf({ body: entry.body ?? '', quiz: entry.data.quiz, sources: entry.data.sources });
}
