import type { DateNames } from '../config/locales.ts';
import { formatDay } from '../lib/format-day.ts';
import { format } from '../lib/format-template.ts';
import {
  bestAttempt,
  hasPassed,
  readProgress,
  saveLessonProgress,
  type LessonProgress,
} from '../lib/progress-store.ts';
import { isPassed, optionMarks, scoreQuiz, type OptionMark } from '../lib/quiz-score.ts';

interface QuizStrings {
  correct: string;
  wrong: string;
  score: string;
  unanswered: string;
  seeMarked: string;
  passed: string;
  notPassed: string;
  lastResult: string;
  passedBefore: string;
  marks: Record<Exclude<OptionMark, null>, string>;
  date: DateNames;
}

function chosenIndexes(fieldset: HTMLFieldSetElement): number[] {
  return [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => Number(i.value));
}

/** Adds checking to a server-rendered quiz form; without this script the form still reads and prints. */
export function initQuiz(form: HTMLFormElement): void {
  const strings = JSON.parse(form.querySelector('template[data-strings]')?.innerHTML ?? '{}') as QuizStrings;
  const fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-correct]')];
  const scoreEl = form.querySelector<HTMLElement>('.quiz__score');
  const lastEl = form.querySelector<HTMLElement>('.quiz__last');
  const correct = fieldsets.map((f) => (f.dataset.correct ?? '').split(',').map(Number));
  const lesson = form.dataset.quiz;
  // Hidden in the HTML: without JavaScript a "Check" button could only reload the page.
  const actions = form.querySelector<HTMLElement>('.quiz__actions');
  if (actions) actions.hidden = false;

  /** Marks every option and shows each explanation, as after a check. */
  const show = (chosen: number[][]) => {
    const result = scoreQuiz(chosen, correct);
    fieldsets.forEach((fieldset, i) => {
      const ok = result.perQuestion[i] ?? false;
      fieldset.dataset.result = ok ? 'correct' : 'wrong';
      const labels = [...fieldset.querySelectorAll<HTMLElement>('.quiz__option')];
      optionMarks(chosen[i] ?? [], correct[i] ?? [], labels.length).forEach((mark, oi) => {
        const label = labels[oi];
        if (!label) return;
        label.querySelector('.quiz__mark')?.remove();
        if (mark === null) return void delete label.dataset.mark;
        label.dataset.mark = mark;
        const note = document.createElement('span');
        note.className = 'quiz__mark';
        note.textContent = strings.marks[mark];
        label.append(note);
      });
      const feedback = fieldset.querySelector<HTMLElement>('.quiz__feedback');
      const verdict = fieldset.querySelector<HTMLElement>('.quiz__verdict');
      if (verdict) verdict.textContent = ok ? strings.correct : `${strings.wrong} ${strings.seeMarked}`;
      if (feedback) feedback.hidden = false;
    });
    return result;
  };

  const scoreLine = (result: { score: number; total: number }) =>
    `${format(strings.score, { score: result.score, total: result.total })} ${isPassed(result) ? strings.passed : strings.notPassed}`;

  /** After a worse retry, the pass already earned is said beside the new score: practice never costs a pass. */
  const passedBeforeLine = (saved: LessonProgress | undefined, latest: { score: number; total: number }) => {
    if (!saved || !hasPassed(saved) || isPassed(latest)) return '';
    const best = bestAttempt(saved);
    const date = formatDay(new Date(best.at), strings.date);
    return ` ${format(strings.passedBefore, { date, score: best.score, total: best.total })}`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = fieldsets.map(chosenIndexes);
    const firstUnanswered = chosen.findIndex((c) => c.length === 0);
    if (firstUnanswered !== -1) {
      if (scoreEl) scoreEl.textContent = strings.unanswered;
      fieldsets[firstUnanswered]?.querySelector('input')?.focus();
      return;
    }
    const result = show(chosen);
    if (lastEl) lastEl.hidden = true;
    const saved = lesson
      ? saveLessonProgress(localStorage, lesson, {
          score: result.score,
          total: result.total,
          at: new Date().toISOString(),
          answers: chosen,
        })[lesson]
      : undefined;
    if (scoreEl) scoreEl.textContent = scoreLine(result) + passedBeforeLine(saved, result);
  });

  form.addEventListener('reset', () => {
    fieldsets.forEach((fieldset) => {
      delete fieldset.dataset.result;
      for (const label of fieldset.querySelectorAll<HTMLElement>('.quiz__option')) {
        delete label.dataset.mark;
        label.querySelector('.quiz__mark')?.remove();
      }
      const feedback = fieldset.querySelector<HTMLElement>('.quiz__feedback');
      if (feedback) feedback.hidden = true;
    });
    if (scoreEl) scoreEl.textContent = '';
    if (lastEl) lastEl.hidden = true;
  });

  // A revisit shows the last answers and score; "Try again" (the reset button) clears them from the form.
  const last: LessonProgress | undefined = lesson ? readProgress(localStorage)[lesson] : undefined;
  if (last?.answers && last.answers.length === fieldsets.length) {
    fieldsets.forEach((fieldset, i) => {
      for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) {
        input.checked = last.answers?.[i]?.includes(Number(input.value)) ?? false;
      }
    });
    const result = show(last.answers);
    if (lastEl) {
      const lastLine = format(strings.lastResult, {
        score: result.score,
        total: result.total,
        date: formatDay(new Date(last.at), strings.date),
      });
      lastEl.textContent = `${lastLine} ${isPassed(result) ? strings.passed : strings.notPassed}${passedBeforeLine(last, result)}`;
      lastEl.hidden = false;
    }
  }
}
