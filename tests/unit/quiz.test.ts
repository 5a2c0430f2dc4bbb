import { describe, expect, it } from 'vitest';
import { format } from '../../src/lib/format-template.ts';
import { isAnswerCorrect, isPassed, optionMarks, PASS_PERCENT, scoreQuiz } from '../../src/lib/quiz-score.ts';
import {
  clearProgress,
  countPassed,
  hasPassed,
  mergeProgress,
  pendingUndo,
  progressLabel,
  PROGRESS_KEY,
  readProgress,
  saveLessonProgress,
  undoClear,
  UNDO_HOURS,
  UNDO_KEY,
} from '../../src/lib/progress-store.ts';

describe('pass rule and option marks', () => {
  it('passes at the pass mark and not below it', () => {
    const total = 10;
    const atMark = Math.ceil((total * PASS_PERCENT) / 100);
    expect(isPassed({ score: atMark, total })).toBe(true);
    expect(isPassed({ score: atMark - 1, total })).toBe(false);
    expect(isPassed({ score: 0, total: 0 })).toBe(false);
  });

  it('marks right, missed and wrong options of a multi-select answer', () => {
    expect(optionMarks([0, 3], [0, 2], 4)).toEqual(['right', null, 'missed', 'wrong']);
    expect(optionMarks([], [1], 2)).toEqual([null, 'missed']);
  });
});

describe('quiz scoring', () => {
  it('needs exactly the correct set', () => {
    expect(isAnswerCorrect([1], [1])).toBe(true);
    expect(isAnswerCorrect([2, 0], [0, 2])).toBe(true);
    expect(isAnswerCorrect([0], [0, 2])).toBe(false);
    expect(isAnswerCorrect([0, 1, 2], [0, 2])).toBe(false);
    expect(isAnswerCorrect([], [0])).toBe(false);
  });

  it('scores a quiz question by question', () => {
    const result = scoreQuiz([[0], [1, 2], [3]], [[0], [1, 2], [2]]);
    expect(result).toEqual({ score: 2, total: 3, perQuestion: [true, true, false] });
  });

  it('treats unanswered questions as wrong', () => {
    expect(scoreQuiz([[0]], [[0], [1]]).score).toBe(1);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{{score}} из {{total}}', { score: 3, total: 5 })).toBe('3 из 5');
    expect(format('{{score}} / {{missing}}', { score: 1 })).toBe('1 / {{missing}}');
  });
});

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

describe('progress storage', () => {
  it('saves per lesson and counts only passed lessons among the course', () => {
    const storage = memoryStorage();
    saveLessonProgress(storage, 'lessons/cyberbullying', { score: 3, total: 5, at: '2026-01-01T00:00:00Z' });
    saveLessonProgress(storage, 'lessons/cyber-safety', { score: 5, total: 5, at: '2026-01-02T00:00:00Z' });
    saveLessonProgress(storage, 'lessons/public-order', { score: 0, total: 7, at: '2026-01-02T00:00:00Z' });
    const progress = readProgress(storage);
    expect(Object.keys(progress).sort()).toEqual([
      'lessons/cyber-safety',
      'lessons/cyberbullying',
      'lessons/public-order',
    ]);
    // 3/5 is below the pass mark and 0/7 is an attempt, not a pass; cyber-safety is outside this list.
    expect(countPassed(progress, ['lessons/cyberbullying', 'lessons/public-order'])).toBe(0);
    expect(countPassed(progress, ['lessons/cyber-safety', 'lessons/public-order'])).toBe(1);
  });

  it('keeps the last answers for a revisit', () => {
    const storage = memoryStorage();
    saveLessonProgress(storage, 'l', { score: 1, total: 2, at: 'a', answers: [[0], [1, 2]] });
    expect(readProgress(storage).l?.answers).toEqual([[0], [1, 2]]);
  });

  it('keeps the latest attempt as "last" and a pass for good: practice never costs a pass', () => {
    const storage = memoryStorage();
    saveLessonProgress(storage, 'l', { score: 5, total: 7, at: '2026-12-01T10:00:00Z' });
    saveLessonProgress(storage, 'l', { score: 1, total: 7, at: '2026-12-02T10:00:00Z' });
    const record = readProgress(storage).l;
    expect(record?.score).toBe(1);
    expect(record?.best).toEqual({ score: 5, total: 7, at: '2026-12-01T10:00:00Z' });
    expect(hasPassed(record)).toBe(true);
    expect(countPassed(readProgress(storage), ['l'])).toBe(1);
    // A later, better attempt becomes the best; an equal one keeps the first date.
    saveLessonProgress(storage, 'l', { score: 5, total: 7, at: '2026-12-03T10:00:00Z' });
    expect(readProgress(storage).l?.best?.at).toBe('2026-12-01T10:00:00Z');
    saveLessonProgress(storage, 'l', { score: 7, total: 7, at: '2026-12-04T10:00:00Z' });
    expect(readProgress(storage).l?.best?.score).toBe(7);
  });

  it('reads records saved before the best attempt was kept', () => {
    const storage = memoryStorage({
      [PROGRESS_KEY]: JSON.stringify({ l: { score: 6, total: 7, at: '2026-11-01T00:00:00Z' } }),
    });
    expect(hasPassed(readProgress(storage).l)).toBe(true);
    saveLessonProgress(storage, 'l', { score: 0, total: 7, at: '2026-12-01T00:00:00Z' });
    expect(hasPassed(readProgress(storage).l)).toBe(true);
  });

  it('labels a pass with its best score and names a worse last attempt beside it', () => {
    const labels = {
      passed: 'passed',
      lastScore: 'last {{score}}/{{total}} — not yet',
      lastAttempt: 'last attempt {{score}}/{{total}}',
    };
    expect(progressLabel(undefined, labels, format)).toEqual({ state: 'none', text: '' });
    const storage = memoryStorage();
    saveLessonProgress(storage, 'l', { score: 2, total: 7, at: '2026-12-01T00:00:00Z' });
    expect(progressLabel(readProgress(storage).l, labels, format)).toEqual({
      state: 'tried',
      text: 'last 2/7 — not yet',
    });
    saveLessonProgress(storage, 'l', { score: 6, total: 7, at: '2026-12-02T00:00:00Z' });
    expect(progressLabel(readProgress(storage).l, labels, format).text).toBe('✓ passed 6/7');
    saveLessonProgress(storage, 'l', { score: 1, total: 7, at: '2026-12-03T00:00:00Z' });
    expect(progressLabel(readProgress(storage).l, labels, format)).toEqual({
      state: 'passed',
      text: '✓ passed 6/7 · last attempt 1/7',
    });
  });

  it('survives a corrupted value instead of breaking the page', () => {
    expect(readProgress(memoryStorage({ [PROGRESS_KEY]: '{not json' }))).toEqual({});
    expect(readProgress(memoryStorage({ [PROGRESS_KEY]: '[1,2]' }))).toEqual({});
  });

  it('clears everything, and undo brings it back after a reload until the undo window closes', () => {
    const storage = memoryStorage();
    saveLessonProgress(storage, 'l', { score: 6, total: 7, at: '2026-12-01T00:00:00Z' });
    const clearedAt = new Date('2026-12-04T23:50:00Z');
    clearProgress(storage, clearedAt);
    expect(readProgress(storage)).toEqual({});
    // "A reload": nothing but storage carries over.
    const later = new Date(clearedAt.getTime() + (UNDO_HOURS - 1) * 3_600_000);
    expect(pendingUndo(storage, later)).not.toBeNull();
    expect(undoClear(storage, later)).toBe(true);
    expect(readProgress(storage).l?.score).toBe(6);
    expect(storage.data.has(UNDO_KEY)).toBe(false);
  });

  it('lets the undo window close, and undo then does nothing', () => {
    const storage = memoryStorage();
    saveLessonProgress(storage, 'l', { score: 6, total: 7, at: '2026-12-01T00:00:00Z' });
    const clearedAt = new Date('2026-12-04T08:00:00Z');
    clearProgress(storage, clearedAt);
    const tooLate = new Date(clearedAt.getTime() + (UNDO_HOURS + 1) * 3_600_000);
    expect(pendingUndo(storage, tooLate)).toBeNull();
    expect(undoClear(storage, tooLate)).toBe(false);
    expect(readProgress(storage)).toEqual({});
  });

  it('keeps a quiz checked after the clearing when undoing, and a second clearing never loses the first set', () => {
    const storage = memoryStorage();
    const now = new Date('2026-12-04T08:00:00Z');
    saveLessonProgress(storage, 'a', { score: 6, total: 7, at: '2026-12-01T00:00:00Z' });
    clearProgress(storage, now);
    clearProgress(storage, now); // a second "clear" of an empty set must not replace what undo restores
    saveLessonProgress(storage, 'b', { score: 7, total: 7, at: '2026-12-04T09:00:00Z' });
    undoClear(storage, new Date('2026-12-04T10:00:00Z'));
    const after = readProgress(storage);
    expect(Object.keys(after).sort()).toEqual(['a', 'b']);
  });

  it('merges two sets lesson by lesson: the later attempt is last, the best is kept', () => {
    const merged = mergeProgress(
      { l: { score: 7, total: 7, at: '2026-12-01T00:00:00Z' } },
      { l: { score: 2, total: 7, at: '2026-12-02T00:00:00Z' } },
    );
    expect(merged.l?.score).toBe(2);
    expect(merged.l?.best?.score).toBe(7);
  });
});
