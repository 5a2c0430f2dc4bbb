import { isPassed } from './quiz-score.ts';

/**
 * Per-lesson quiz results in localStorage. The key is versioned, not tied to a deploy,
 * so progress survives site updates and service-worker cache changes.
 */
export const PROGRESS_KEY = 'zan-uyirmesi:progress:v1';
/** A cleared set of results, kept so "undo" works after a reload, until `until`. */
export const UNDO_KEY = 'zan-uyirmesi:progress-undo:v1';
/** How long a cleared set can be brought back: at least the rest of the day, whenever it was cleared. */
export const UNDO_HOURS = 24;

export interface Attempt {
  score: number;
  total: number;
  /** ISO time of the check. */
  at: string;
}

export interface LessonProgress extends Attempt {
  /** The options chosen per question at the last check, so a revisit shows them again. */
  answers?: number[][];
  /**
   * The best attempt so far (by share of right answers; the earlier one on a tie). Practice never costs a pass:
   * a worse retry changes the last attempt, not this. Absent in records saved before it existed.
   */
  best?: Attempt;
}

export type ProgressMap = Record<string, LessonProgress>;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseMap(raw: string | null): ProgressMap {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return isRecord(parsed) ? (parsed as ProgressMap) : {};
  } catch {
    // A corrupted value must not break the page; start over rather than throw.
    return {};
  }
}

export function readProgress(storage: StorageLike): ProgressMap {
  return parseMap(storage.getItem(PROGRESS_KEY));
}

const attemptOf = (a: Attempt): Attempt => ({ score: a.score, total: a.total, at: a.at });
const share = (a: Attempt) => (a.total > 0 ? a.score / a.total : 0);

/** The better of two attempts; on a tie the earlier one, so "passed on" keeps its first date. */
function better(a: Attempt | undefined, b: Attempt | undefined): Attempt | undefined {
  if (!a) return b;
  if (!b) return a;
  if (share(a) !== share(b)) return share(a) > share(b) ? a : b;
  return a.at <= b.at ? a : b;
}

/** The lesson's best attempt, including records saved before `best` was kept. */
export function bestAttempt(result: LessonProgress): Attempt {
  return attemptOf(better(result.best, result) ?? result);
}

/** Passed once, passed for good: the best attempt decides, not the last one. */
export function hasPassed(result: LessonProgress | undefined): boolean {
  return result !== undefined && isPassed(bestAttempt(result));
}

/** Two records of one lesson as one: the later attempt is "last", the best of all attempts is kept. */
export function mergeLesson(a: LessonProgress | undefined, b: LessonProgress | undefined): LessonProgress | undefined {
  if (!a || !b) return a ?? b;
  const [older, newer] = a.at <= b.at ? [a, b] : [b, a];
  const best = better(bestAttempt(older), bestAttempt(newer));
  return { ...newer, best };
}

export function mergeProgress(a: ProgressMap, b: ProgressMap): ProgressMap {
  const merged: ProgressMap = {};
  for (const lesson of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const m = mergeLesson(a[lesson], b[lesson]);
    if (m) merged[lesson] = m;
  }
  return merged;
}

export function saveLessonProgress(storage: StorageLike, lesson: string, result: LessonProgress): ProgressMap {
  const all = readProgress(storage);
  const next = { ...all, [lesson]: mergeLesson(all[lesson], result) ?? result };
  storage.setItem(PROGRESS_KEY, JSON.stringify(next));
  return next;
}

/** Lessons of the course passed at least once (see PASS_PERCENT); an attempt alone is not "done". */
export function countPassed(progress: ProgressMap, lessons: readonly string[]): number {
  return lessons.filter((l) => hasPassed(progress[l])).length;
}

interface UndoRecord {
  snapshot: string | null;
  until: string;
}

/**
 * Clears every result, keeping what was cleared for UNDO_HOURS so "undo" survives a reload or a closed tab.
 * Clearing twice keeps the first set: undo brings back the results, never an empty set.
 */
export function clearProgress(storage: StorageLike, now: Date): void {
  const current = storage.getItem(PROGRESS_KEY);
  const pending = pendingUndo(storage, now);
  const snapshot = pending && Object.keys(parseMap(current)).length === 0 ? pending.snapshot : current;
  const until = new Date(now.getTime() + UNDO_HOURS * 3_600_000).toISOString();
  storage.setItem(UNDO_KEY, JSON.stringify({ snapshot, until } satisfies UndoRecord));
  storage.removeItem(PROGRESS_KEY);
}

/** The cleared results that can still be brought back, or `null`. */
export function pendingUndo(storage: StorageLike, now: Date): UndoRecord | null {
  try {
    const raw = storage.getItem(UNDO_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!isRecord(parsed) || typeof parsed.until !== 'string') return null;
    if (!(Date.parse(parsed.until) > now.getTime())) {
      storage.removeItem(UNDO_KEY);
      return null;
    }
    return { snapshot: typeof parsed.snapshot === 'string' ? parsed.snapshot : null, until: parsed.until };
  } catch {
    return null;
  }
}

/** Brings cleared results back; a quiz checked since the clearing is kept too (merged, nothing overwritten). */
export function undoClear(storage: StorageLike, now: Date): boolean {
  const pending = pendingUndo(storage, now);
  if (!pending) return false;
  const merged = mergeProgress(parseMap(pending.snapshot), readProgress(storage));
  if (Object.keys(merged).length > 0) storage.setItem(PROGRESS_KEY, JSON.stringify(merged));
  storage.removeItem(UNDO_KEY);
  return true;
}

/** Forgets the cleared set (the reader closed the "undo" offer). */
export function dropUndo(storage: StorageLike): void {
  storage.removeItem(UNDO_KEY);
}

export interface ProgressLabels {
  /** "passed" */
  passed: string;
  /** "last score {{score}}/{{total}} — not passed yet" */
  lastScore: string;
  /** "last attempt {{score}}/{{total}}" */
  lastAttempt: string;
}

/**
 * How a lesson's record reads in a list (lessons index, club plan): a pass stays shown as a pass with its best
 * score, and a worse later attempt is named beside it; `fill` is the template filler (format-template).
 */
export function progressLabel(
  result: LessonProgress | undefined,
  labels: ProgressLabels,
  fill: (template: string, values: Record<string, number>) => string,
): { state: 'none' | 'passed' | 'tried'; text: string } {
  if (result === undefined) return { state: 'none', text: '' };
  if (!hasPassed(result))
    return { state: 'tried', text: fill(labels.lastScore, { score: result.score, total: result.total }) };
  const best = bestAttempt(result);
  const passed = `✓ ${labels.passed} ${best.score}/${best.total}`;
  const sameAsLast = best.at === result.at && best.score === result.score;
  return {
    state: 'passed',
    text: sameAsLast ? passed : `${passed} · ${fill(labels.lastAttempt, { score: result.score, total: result.total })}`,
  };
}
