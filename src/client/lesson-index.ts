import { format } from '../lib/format-template.ts';
import { countPassed, readProgress, resetProgress, restoreProgress, snapshotProgress } from '../lib/progress-store.ts';
import { isPassed } from '../lib/quiz-score.ts';

/** Shows stored quiz results on the lessons index, filters it by topic, and clears results only when asked twice. */
export function initLessonIndex(root: HTMLElement): void {
  const items = [...root.querySelectorAll<HTMLLIElement>('li[data-lesson-id]')];
  const status = root.querySelector<HTMLElement>('[data-progress-template]');
  const lessonIds = items.map((li) => li.dataset.lessonId ?? '');

  const render = () => {
    const progress = readProgress(localStorage);
    for (const li of items) {
      const result = progress[li.dataset.lessonId ?? ''];
      const mark = li.querySelector<HTMLElement>('[data-done-label]');
      const passed = result !== undefined && isPassed(result);
      li.dataset.done = passed ? 'true' : 'false';
      if (!mark) continue;
      mark.dataset.state = result === undefined ? 'none' : passed ? 'passed' : 'tried';
      mark.textContent =
        result === undefined
          ? ''
          : passed
            ? `✓ ${mark.dataset.doneLabel ?? ''} ${result.score}/${result.total}`
            : format(mark.dataset.triedLabel ?? '', { score: result.score, total: result.total });
    }
    if (status) {
      status.textContent = format(status.dataset.progressTemplate ?? '', {
        done: countPassed(progress, lessonIds),
        total: lessonIds.length,
      });
    }
  };

  // Clearing asks first, then offers undo: one stray tap must not wipe a term's work.
  const reset = root.querySelector<HTMLButtonElement>('[data-progress-reset]');
  const confirm = root.querySelector<HTMLElement>('[data-progress-confirm]');
  const undo = root.querySelector<HTMLElement>('[data-progress-undo]');
  let snapshot: string | null = null;
  reset?.addEventListener('click', () => {
    if (undo) undo.hidden = true;
    if (confirm) confirm.hidden = false;
    confirm?.querySelector<HTMLButtonElement>('[data-progress-confirm-yes]')?.focus();
  });
  confirm?.querySelector('[data-progress-confirm-no]')?.addEventListener('click', () => {
    confirm.hidden = true;
    reset?.focus();
  });
  confirm?.querySelector('[data-progress-confirm-yes]')?.addEventListener('click', () => {
    snapshot = snapshotProgress(localStorage);
    resetProgress(localStorage);
    confirm.hidden = true;
    render();
    if (undo) {
      undo.hidden = false;
      undo.querySelector<HTMLButtonElement>('button')?.focus();
    }
  });
  undo?.querySelector('button')?.addEventListener('click', () => {
    restoreProgress(localStorage, snapshot);
    undo.hidden = true;
    render();
    reset?.focus();
  });

  root.querySelector<HTMLSelectElement>('[data-topic-filter]')?.addEventListener('change', (event) => {
    const topic = (event.currentTarget as HTMLSelectElement).value;
    for (const li of items) li.hidden = topic !== '' && li.dataset.topic !== topic;
  });

  render();
}
