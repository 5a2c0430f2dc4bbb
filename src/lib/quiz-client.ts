import { saveLessonProgress } from './progress-store.ts';
import { format } from './format-template.ts';
import { scoreQuiz } from './quiz-score.ts';

interface QuizStrings {
  correct: string;
  wrong: string;
  score: string;
  unanswered: string;
}

function chosenIndexes(fieldset: HTMLFieldSetElement): number[] {
  return [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => Number(i.value));
}

/** Adds checking to a server-rendered quiz form; without this script the form still reads and prints. */
export function initQuiz(form: HTMLFormElement): void {
  const strings = JSON.parse(form.querySelector('template[data-strings]')?.innerHTML ?? '{}') as QuizStrings;
  const fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-correct]')];
  const scoreEl = form.querySelector<HTMLElement>('.quiz__score');

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = fieldsets.map(chosenIndexes);
    const firstUnanswered = chosen.findIndex((c) => c.length === 0);
    if (firstUnanswered !== -1) {
      if (scoreEl) scoreEl.textContent = strings.unanswered;
      fieldsets[firstUnanswered]?.querySelector('input')?.focus();
      return;
    }
    const correct = fieldsets.map((f) => (f.dataset.correct ?? '').split(',').map(Number));
    const result = scoreQuiz(chosen, correct);
    fieldsets.forEach((fieldset, i) => {
      const ok = result.perQuestion[i] ?? false;
      fieldset.dataset.result = ok ? 'correct' : 'wrong';
      const feedback = fieldset.querySelector<HTMLElement>('.quiz__feedback');
      const verdict = fieldset.querySelector<HTMLElement>('.quiz__verdict');
      if (verdict) verdict.textContent = ok ? strings.correct : strings.wrong;
      if (feedback) feedback.hidden = false;
    });
    if (scoreEl) scoreEl.textContent = format(strings.score, { score: result.score, total: result.total });
    const lesson = form.dataset.quiz;
    if (lesson) {
      saveLessonProgress(localStorage, lesson, {
        score: result.score,
        total: result.total,
        at: new Date().toISOString(),
      });
    }
  });

  form.addEventListener('reset', () => {
    fieldsets.forEach((fieldset) => {
      delete fieldset.dataset.result;
      const feedback = fieldset.querySelector<HTMLElement>('.quiz__feedback');
      if (feedback) feedback.hidden = true;
    });
    if (scoreEl) scoreEl.textContent = '';
  });
}
