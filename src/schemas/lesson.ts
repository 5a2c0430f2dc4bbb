import { z } from 'astro/zod';
import { basePageSchema, expected, list, PENDING, slugSchema, text } from './common.ts';
import { questionsAnsweredSchema } from './questions.ts';
import { quizSchema } from './quiz.ts';

/**
 * A legal act cited by a lesson, by its id in the registry (content/data/legal-acts.yaml): titles and
 * adilet.zan.kz links come from there, so a lesson cannot link a text the registry does not know.
 */
export const lessonSourceSchema = z.strictObject(
  {
    act: z
      .string(expected('an act id from content/data/legal-acts.yaml, e.g. criminal-code'))
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an act id from content/data/legal-acts.yaml, e.g. criminal-code'),
    /** Articles cited, as written in the act ("15", "69-1"); `pending` while the numbers are not verified. */
    articles: z
      .union(
        [z.literal(PENDING), list(text('an article number'), "article numbers in quotes, e.g. ['15', '69-1']")],
        expected("article numbers in quotes, e.g. ['15', '69-1'], or pending while they are not verified"),
      )
      .default([]),
    /** The lesson talks about this act on purpose although it is repealed (e.g. the history of the Constitution). */
    historical: z.boolean(expected('true or false')).default(false),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `cites an act by its registry id only, e.g. { act: criminal-code, articles: ['15'] }; remove ${issue.keys.join(', ')} (titles and links come from content/data/legal-acts.yaml)`
        : "expected a source written as { act: criminal-code, articles: ['15'] }",
  },
);

export type LessonSource = z.infer<typeof lessonSourceSchema>;

const statementCount = (what: string) =>
  z
    .number(expected(`the number of statements the reviewer ${what}, a whole number`))
    .int('must be a whole number of statements')
    .min(0, 'must be 0 or more');

/**
 * Who reviewed a lesson's law, when, and which text: the content fingerprint printed on the review sheet the
 * lawyer signed. The page says "reviewed" only while the lesson's current fingerprint is that one. Only a real
 * review is recorded: never a guessed reviewer.
 */
export const reviewSchema = z.object(
  {
    by: text("the reviewer's name"),
    role: text("the reviewer's role, e.g. advocate, member of the bar of Shymkent"),
    on: z.coerce.date(expected('the date of the review as YYYY-MM-DD')),
    fingerprint: z
      .string(expected('the content fingerprint printed on the review sheet the lawyer signed, e.g. 3f2a9c0b41de'))
      .regex(
        /^[0-9a-f]{12}$/,
        'must be the 12-character content fingerprint printed on the signed review sheet (/<locale>/lessons/<slug>/review/), e.g. 3f2a9c0b41de',
      ),
    /** How many numbered statements of the sheet the reviewer marked as right, and as needing a change. */
    agreed: statementCount('marked as right').optional(),
    changed: statementCount('marked as needing a change').optional(),
  },
  expected('review: { by: ..., role: ..., on: YYYY-MM-DD, fingerprint: ... }'),
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
  /** Everyday questions the lesson answers (shown on the page, weighted in search); every translation has them. */
  questionsAnswered: questionsAnsweredSchema,
  /** Glossary term ids; an unknown id fails the build. */
  keyTerms: list(slugSchema, 'glossary ids, e.g. [constitution, victim]').default([]),
  /** Initiatives this lesson meets. */
  initiatives: list(slugSchema, 'initiative slugs, e.g. [kiberpol]').default([]),
  sources: list(lessonSourceSchema, 'sources').min(2, 'must cite at least 2 legal acts from the registry'),
  /** False until a lawyer has reviewed the lesson; the page says so. */
  reviewed: z.boolean(expected('true or false (false until a lawyer has reviewed the lesson)')),
  /** The review itself, once there is one: the notice names the reviewer and the date while the text is unchanged. */
  review: reviewSchema.optional(),
  quiz: quizSchema,
  /** Common misconceptions and how a teacher can address each (teacher notes, presenter notes, answer key). */
  misconceptions: list(
    z.object(
      {
        claim: text('the misconception, as a student would say it'),
        response: text('how to address it'),
      },
      expected('a misconception written as { claim: ..., response: ... }'),
    ),
    'misconceptions',
  )
    .min(2, 'needs 2 or 3 misconceptions')
    .max(3, 'allows at most 3 misconceptions'),
});
