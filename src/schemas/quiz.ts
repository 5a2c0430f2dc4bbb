import { z } from 'astro/zod';
import { expected, list, text } from './common.ts';

export const quizQuestionSchema = z
  .object(
    {
      question: text('the question'),
      // YAML reads `[14, 16]` as numbers; an option is shown as text either way.
      options: list(
        z.union([text('an answer option'), z.number().transform(String)], expected('an answer option as text')),
        'answer options',
      )
        .min(2, 'needs at least 2 options')
        .max(6, 'allows at most 6 options'),
      /** Said, not implied by how many answers are right: a typo in `correct` cannot turn a question into another kind. */
      type: z.enum(['single', 'multiple'], expected('single (one right answer) or multiple (two or more)')),
      /** Zero-based indexes of the correct options. */
      correct: list(
        z
          .number(expected('option numbers counted from 0, e.g. [0] or [0, 2]'))
          .int('must be an option number counted from 0')
          .min(0, 'must be an option number counted from 0'),
        'option numbers counted from 0, e.g. [0] for the first option',
      ).min(1, 'needs at least one correct answer'),
      explanation: z.string(expected('an explanation of the right answer')).min(1, 'needs an explanation'),
    },
    expected('a question with question, options, correct and explanation'),
  )
  .refine((q) => q.correct.every((i) => i < q.options.length), {
    error: (issue) => {
      const q = issue.input as { options: unknown[] };
      return `correct answer index points past the last option; options count from 0, so with ${q.options.length} options use 0 to ${q.options.length - 1}`;
    },
    path: ['correct'],
  })
  // A question whose key repeats an option or disagrees with its type can never be answered right: the student
  // would silently lose it toward the pass mark.
  .refine((q) => new Set(q.correct).size === q.correct.length, {
    error: (issue) =>
      `lists the same option twice (${JSON.stringify((issue.input as { correct: unknown }).correct)}); each right option once`,
    path: ['correct'],
  })
  .refine((q) => (q.type === 'single' ? q.correct.length === 1 : q.correct.length >= 2), {
    error: (issue) => {
      const q = issue.input as { type: string; correct: unknown[] };
      return q.type === 'single'
        ? `is type: single but lists ${q.correct.length} right options; use type: multiple or keep one`
        : `is type: multiple but lists ${q.correct.length} right option; use type: single or add the others`;
    },
    path: ['correct'],
  });

export const quizSchema = list(quizQuestionSchema, 'questions')
  .min(4, 'needs at least 4 questions')
  .max(8, 'allows at most 8 questions');

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
