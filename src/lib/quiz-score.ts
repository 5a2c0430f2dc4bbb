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
