import { format } from '../lib/format-template.ts';
import {
  clearProgress,
  countPassed,
  dropUndo,
  pendingUndo,
  progressLabel,
  readProgress,
  undoClear,
} from '../lib/progress-store.ts';

/** Shows stored quiz results on the lessons index, filters it by topic, and clears results only when asked twice. */
export function initLessonIndex(root: HTMLElement): void {
  const items = [...root.querySelectorAll<HTMLLIElement>('li[data-lesson-id]')];
  const status = root.querySelector<HTMLElement>('[data-progress-template]');
  const lessonIds = items.map((li) => li.dataset.lessonId ?? '');

  const render = () => {
    const progress = readProgress(localStorage);
    for (const li of items) {
      const mark = li.querySelector<HTMLElement>('[data-done-label]');
      const label = progressLabel(
        progress[li.dataset.lessonId ?? ''],
        {
          passed: mark?.dataset.doneLabel ?? '',
          lastScore: mark?.dataset.triedLabel ?? '',
          lastAttempt: mark?.dataset.attemptLabel ?? '',
        },
        format,
      );
      li.dataset.done = label.state === 'passed' ? 'true' : 'false';
      if (!mark) continue;
      mark.dataset.state = label.state;
      mark.textContent = label.text;
    }
    if (status) {
      status.textContent = format(status.dataset.progressTemplate ?? '', {
        done: countPassed(progress, lessonIds),
        total: lessonIds.length,
      });
    }
  };

  // Clearing asks first, then offers undo for a day (stored, so a reload or a closed tab does not lose it):
  // one stray tap must not wipe a term's work.
  const reset = root.querySelector<HTMLButtonElement>('[data-progress-reset]');
  const confirm = root.querySelector<HTMLElement>('[data-progress-confirm]');
  const undo = root.querySelector<HTMLElement>('[data-progress-undo]');
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
    // Only from the open confirmation: a click on a hidden button (scripted, or a stylesheet that shows it) is ignored.
    if (confirm.hidden) return;
    clearProgress(localStorage, new Date());
    confirm.hidden = true;
    render();
    if (undo) {
      undo.hidden = false;
      undo.querySelector<HTMLButtonElement>('[data-progress-undo-yes]')?.focus();
    }
  });
  undo?.querySelector('[data-progress-undo-yes]')?.addEventListener('click', () => {
    undoClear(localStorage, new Date());
    undo.hidden = true;
    render();
    reset?.focus();
  });
  undo?.querySelector('[data-progress-undo-no]')?.addEventListener('click', () => {
    dropUndo(localStorage);
    undo.hidden = true;
    reset?.focus();
  });
  if (undo && pendingUndo(localStorage, new Date())) undo.hidden = false;

  root.querySelector<HTMLSelectElement>('[data-topic-filter]')?.addEventListener('change', (event) => {
    const topic = (event.currentTarget as HTMLSelectElement).value;
    for (const li of items) li.hidden = topic !== '' && li.dataset.topic !== topic;
  });

  render();
}
