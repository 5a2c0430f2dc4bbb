import { describe, expect, it } from 'vitest';
import { format } from '../../src/lib/format-template.ts';
import { isAnswerCorrect, isPassed, optionMarks, PASS_PERCENT, scoreQuiz } from '../../src/lib/quiz-score.ts';
import {
  countPassed,
  PROGRESS_KEY,
  readProgress,
  resetProgress,
  restoreProgress,
  saveLessonProgress,
  snapshotProgress,
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

  it('undoes a reset from a snapshot, including "nothing stored"', () => {
    const storage = memoryStorage();
    saveLessonProgress(storage, 'l', { score: 1, total: 4, at: 'a' });
    const snapshot = snapshotProgress(storage);
    resetProgress(storage);
    expect(readProgress(storage)).toEqual({});
    restoreProgress(storage, snapshot);
    expect(readProgress(storage).l?.score).toBe(1);
    const empty = memoryStorage();
    restoreProgress(empty, snapshotProgress(empty));
    expect(empty.data.size).toBe(0);
  });

  it('overwrites a lesson with its latest result', () => {
    const storage = memoryStorage();
    saveLessonProgress(storage, 'l', { score: 1, total: 4, at: 'a' });
    saveLessonProgress(storage, 'l', { score: 4, total: 4, at: 'b' });
    expect(readProgress(storage).l?.score).toBe(4);
  });

  it('survives a corrupted value instead of breaking the page', () => {
    expect(readProgress(memoryStorage({ [PROGRESS_KEY]: '{not json' }))).toEqual({});
    expect(readProgress(memoryStorage({ [PROGRESS_KEY]: '[1,2]' }))).toEqual({});
  });

  it('resets everything', () => {
    const storage = memoryStorage();
    saveLessonProgress(storage, 'l', { score: 1, total: 4, at: 'a' });
    resetProgress(storage);
    expect(storage.data.size).toBe(0);
  });
});
