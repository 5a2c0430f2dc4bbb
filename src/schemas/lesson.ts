import { z } from 'astro/zod';
import { basePageSchema, expected, list, slugSchema, text } from './common.ts';
import { quizSchema } from './quiz.ts';

const officialUrl = 'a full link to the official legal database, like https://adilet.zan.kz/rus/docs/K950001000_';

/** A legal act in the official database (adilet.zan.kz), cited by a lesson. */
export const lessonSourceSchema = z.object(
  {
    title: text('the title of the legal act'),
    url: z
      .string(expected(officialUrl))
      // One check, so a malformed link gets one message (and never reaches `new URL`).
      .refine((url) => URL.canParse(url) && new URL(url).hostname === 'adilet.zan.kz', `must be ${officialUrl}`),
    /** Articles cited, as written in the act, e.g. "15" or "69-1". */
    articles: list(text('an article number'), "article numbers in quotes, e.g. ['15', '69-1']").default([]),
  },
  expected('a source written as { title: ..., url: https://adilet.zan.kz/... }'),
);

const grade = z
  .number(expected('a school grade from 1 to 11, as in { from: 7, to: 11 }'))
  .int('must be a whole school grade from 1 to 11')
  .min(1, 'must be a school grade from 1 to 11')
  .max(11, 'must be a school grade from 1 to 11');

export const lessonSchema = basePageSchema.extend({
  kind: z.literal('lesson'),
  /** Position in the course; also the short link `/<locale>/l/<lesson>/`. */
  lesson: z
    .number(expected('the lesson number, a whole number such as 14'))
    .int('must be a whole number such as 14')
    .positive('must be 1 or more'),
  topic: z.enum(
    ['rights', 'responsibility', 'online', 'safety', 'society'],
    expected('one of rights, responsibility, online, safety, society'),
  ),
  grades: z
    .object({ from: grade, to: grade }, expected('{ from: 7, to: 11 }'))
    .refine((g) => g.from <= g.to, 'grades.from must not be greater than grades.to'),
  durationMinutes: z
    .number(expected('minutes as a whole number, e.g. 45'))
    .int('must be whole minutes, e.g. 45')
    .min(10, 'must be at least 10 minutes')
    .max(180, 'must be at most 180 minutes'),
  objectives: list(text('an objective'), 'objectives').min(1, 'must list at least one objective'),
  /** Glossary term ids; an unknown id fails the build. */
  keyTerms: list(slugSchema, 'glossary ids, e.g. [constitution, victim]').default([]),
  /** Initiatives this lesson meets. */
  initiatives: list(slugSchema, 'initiative slugs, e.g. [kiberpol]').default([]),
  sources: list(lessonSourceSchema, 'sources').min(2, 'must cite at least 2 legal acts on adilet.zan.kz'),
  /** False until a lawyer has reviewed the lesson; the page says so. */
  reviewed: z.boolean(expected('true or false (false until a lawyer has reviewed the lesson)')),
  quiz: quizSchema,
});
