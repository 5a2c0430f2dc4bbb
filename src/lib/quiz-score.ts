/** A question is right only when the chosen set equals the correct set (order does not matter). */
export function isAnswerCorrect(chosen: readonly number[], correct: readonly number[]): boolean {
  if (chosen.length !== correct.length) return false;
  const want = new Set(correct);
  return chosen.every((c) => want.has(c));
}

export interface QuizResult {
  score: number;
  total: number;
  perQuestion: boolean[];
}

export function scoreQuiz(chosen: readonly (readonly number[])[], correct: readonly (readonly number[])[]): QuizResult {
  const perQuestion = correct.map((c, i) => isAnswerCorrect(chosen[i] ?? [], c));
  return { score: perQuestion.filter(Boolean).length, total: correct.length, perQuestion };
}

/** A lesson counts as passed at this share of correct answers; the lessons index states the rule. */
export const PASS_PERCENT = 70;

export function isPassed(result: { score: number; total: number }): boolean {
  return result.total > 0 && result.score * 100 >= result.total * PASS_PERCENT;
}

/**
 * How each option of a checked question is marked: a right option the student chose, a right option they
 * missed, a wrong option they chose; `null` for a wrong option left alone. Shown after every check, so a
 * wrong multi-select answer reveals exactly what was missed.
 */
export type OptionMark = 'right' | 'missed' | 'wrong' | null;

export function optionMarks(chosen: readonly number[], correct: readonly number[], optionCount: number): OptionMark[] {
  const picked = new Set(chosen);
  const right = new Set(correct);
  return Array.from({ length: optionCount }, (_, i) =>
    right.has(i) ? (picked.has(i) ? 'right' : 'missed') : picked.has(i) ? 'wrong' : null,
  );
}
