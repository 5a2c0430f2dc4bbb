import { z } from 'astro/zod';

export const quizQuestionSchema = z
  .object({
    question: z.string().min(1),
    // YAML reads `[14, 16]` as numbers; an option is shown as text either way.
    options: z
      .array(z.union([z.string().min(1), z.number().transform(String)]))
      .min(2)
      .max(6),
    /** Zero-based indexes of the correct options; more than one makes it a checkbox question. */
    correct: z.array(z.number().int().min(0)).min(1, 'needs at least one correct answer'),
    explanation: z.string().min(1, 'needs an explanation'),
  })
  .refine((q) => q.correct.every((i) => i < q.options.length), {
    message: 'correct answer index points past the last option',
    path: ['correct'],
  });

export const quizSchema = z.array(quizQuestionSchema).min(4).max(8);

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
