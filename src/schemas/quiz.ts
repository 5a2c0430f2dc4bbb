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
      /** Zero-based indexes of the correct options; more than one makes it a checkbox question. */
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
  });

export const quizSchema = list(quizQuestionSchema, 'questions')
  .min(4, 'needs at least 4 questions')
  .max(8, 'allows at most 8 questions');

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
