import { z } from 'astro/zod';
import { basePageSchema, slugSchema } from './common.ts';
import { quizSchema } from './quiz.ts';

/** A legal act in the official database (adilet.zan.kz), cited by a lesson. */
export const lessonSourceSchema = z.object({
  title: z.string().min(1),
  url: z
    .url()
    .refine(
      (url) => new URL(url).hostname === 'adilet.zan.kz',
      'must link to the official legal database adilet.zan.kz',
    ),
  /** Articles cited, as written in the act, e.g. "15" or "69-1". */
  articles: z.array(z.string().min(1)).default([]),
});

export const lessonSchema = basePageSchema.extend({
  kind: z.literal('lesson'),
  /** Position in the course; also the short link `/<locale>/l/<lesson>/`. */
  lesson: z.number().int().positive(),
  topic: z.enum(['rights', 'responsibility', 'online', 'safety', 'society']),
  grades: z
    .object({ from: z.number().int().min(1).max(11), to: z.number().int().min(1).max(11) })
    .refine((g) => g.from <= g.to, 'grades.from must not be greater than grades.to'),
  durationMinutes: z.number().int().min(10).max(180),
  objectives: z.array(z.string().min(1)).min(1),
  /** Glossary term ids; an unknown id fails the build. */
  keyTerms: z.array(slugSchema).default([]),
  /** Initiatives this lesson meets. */
  initiatives: z.array(slugSchema).default([]),
  sources: z.array(lessonSourceSchema).min(2),
  /** False until a lawyer has reviewed the lesson; the page says so. */
  reviewed: z.boolean(),
  quiz: quizSchema,
});
