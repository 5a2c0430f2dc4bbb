import { describe, expect, it } from 'vitest';
import { format } from '../../src/lib/format-template.ts';
import { isAnswerCorrect, scoreQuiz } from '../../src/lib/quiz-score.ts';
import {
  countDone,
  PROGRESS_KEY,
  readProgress,
  resetProgress,
  saveLessonProgress,
} from '../../src/lib/progress-store.ts';

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
    expect(format('{score} из {total}', { score: 3, total: 5 })).toBe('3 из 5');
    expect(format('{score} / {missing}', { score: 1 })).toBe('1 / {missing}');
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
  it('saves per lesson and counts done lessons among the course', () => {
    const storage = memoryStorage();
    saveLessonProgress(storage, 'lessons/cyberbullying', { score: 3, total: 5, at: '2026-01-01T00:00:00Z' });
    saveLessonProgress(storage, 'lessons/cyber-safety', { score: 5, total: 5, at: '2026-01-02T00:00:00Z' });
    const progress = readProgress(storage);
    expect(Object.keys(progress).sort()).toEqual(['lessons/cyber-safety', 'lessons/cyberbullying']);
    expect(countDone(progress, ['lessons/cyberbullying', 'lessons/public-order'])).toBe(1);
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
