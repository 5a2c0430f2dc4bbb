import { isPassed } from './quiz-score.ts';

/**
 * Per-lesson quiz results in localStorage. The key is versioned, not tied to a deploy,
 * so progress survives site updates and service-worker cache changes.
 */
export const PROGRESS_KEY = 'zan-uyirmesi:progress:v1';

export interface LessonProgress {
  score: number;
  total: number;
  /** ISO time of the last check. */
  at: string;
  /** The options chosen per question at the last check, so a revisit shows them again. */
  answers?: number[][];
}

export type ProgressMap = Record<string, LessonProgress>;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readProgress(storage: StorageLike): ProgressMap {
  try {
    const raw = storage.getItem(PROGRESS_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ProgressMap) : {};
  } catch {
    // A corrupted value must not break the page; start over rather than throw.
    return {};
  }
}

export function saveLessonProgress(storage: StorageLike, lesson: string, result: LessonProgress): ProgressMap {
  const next = { ...readProgress(storage), [lesson]: result };
  storage.setItem(PROGRESS_KEY, JSON.stringify(next));
  return next;
}

export function resetProgress(storage: StorageLike): void {
  storage.removeItem(PROGRESS_KEY);
}

/** Lessons of the course whose last check passed (see PASS_PERCENT); an attempt alone is not "done". */
export function countPassed(progress: ProgressMap, lessons: readonly string[]): number {
  return lessons.filter((l) => {
    const result = progress[l];
    return result !== undefined && isPassed(result);
  }).length;
}

/** The raw stored value, for undoing a reset; `null` when nothing is stored. */
export function snapshotProgress(storage: StorageLike): string | null {
  return storage.getItem(PROGRESS_KEY);
}

export function restoreProgress(storage: StorageLike, snapshot: string | null): void {
  if (snapshot === null) storage.removeItem(PROGRESS_KEY);
  else storage.setItem(PROGRESS_KEY, snapshot);
}
