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

/** A lesson counts as done once its quiz has been checked with every question answered. */
export function countDone(progress: ProgressMap, lessons: readonly string[]): number {
  return lessons.filter((l) => progress[l] !== undefined).length;
}
