import { countDone, readProgress, resetProgress } from './progress-store.ts';
import { format } from './format-template.ts';

/** Shows stored quiz progress on the lessons index and filters it by topic. */
export function initLessonIndex(root: HTMLElement): void {
  const items = [...root.querySelectorAll<HTMLLIElement>('li[data-lesson-id]')];
  const status = root.querySelector<HTMLElement>('[data-progress-template]');
  const lessonIds = items.map((li) => li.dataset.lessonId ?? '');

  const render = () => {
    const progress = readProgress(localStorage);
    for (const li of items) {
      const result = progress[li.dataset.lessonId ?? ''];
      const mark = li.querySelector<HTMLElement>('[data-done-label]');
      li.dataset.done = result ? 'true' : 'false';
      if (mark) mark.textContent = result ? `✓ ${mark.dataset.doneLabel ?? ''} ${result.score}/${result.total}` : '';
    }
    if (status) {
      status.textContent = format(status.dataset.progressTemplate ?? '', {
        done: countDone(progress, lessonIds),
        total: lessonIds.length,
      });
    }
  };

  root.querySelector('[data-progress-reset]')?.addEventListener('click', () => {
    resetProgress(localStorage);
    render();
  });

  root.querySelector<HTMLSelectElement>('[data-topic-filter]')?.addEventListener('change', (event) => {
    const topic = (event.currentTarget as HTMLSelectElement).value;
    for (const li of items) li.hidden = topic !== '' && li.dataset.topic !== topic;
  });

  render();
}
