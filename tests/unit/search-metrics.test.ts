import { describe, expect, it } from 'vitest';
import { firstRank, matchesExpectation, summarize } from '../../src/lib/search/metrics.ts';
import { mergeHits, processQuery } from '../../src/lib/search/query.ts';

describe('expectations', () => {
  it('matches a page exactly, with or without the trailing slash', () => {
    expect(matchesExpectation('/ru/lessons/cyber-safety/', 'ru', 'lessons/cyber-safety')).toBe(true);
    expect(matchesExpectation('/ru/lessons/cyber-safety/#quiz', 'ru', 'lessons/cyber-safety')).toBe(true);
    expect(matchesExpectation('/ru/lessons/cyber-safety-2/', 'ru', 'lessons/cyber-safety')).toBe(false);
    expect(matchesExpectation('/kk/lessons/cyber-safety/', 'ru', 'lessons/cyber-safety')).toBe(false);
  });
  it('treats a trailing slash as a section', () => {
    expect(matchesExpectation('/ru/council/expanded-session-public-safety/', 'ru', 'council/')).toBe(true);
    expect(matchesExpectation('/ru/lessons/x/', 'ru', 'council/')).toBe(false);
  });
});

describe('metrics', () => {
  it('ranks the first match', () => {
    expect(firstRank(['/en/a/', '/en/b/', '/en/c/'], 'en', 'b')).toBe(2);
    expect(firstRank(['/en/a/'], 'en', 'z')).toBe(0);
  });
  it('computes recall@1, recall@5 and MRR', () => {
    const s = summarize([1, 2, 0, 6]);
    expect(s.recallAt1).toBe(0.25);
    expect(s.recallAt5).toBe(0.5);
    expect(s.mrr).toBeCloseTo((1 + 0.5 + 0 + 1 / 6) / 4);
  });
});

describe('query processing', () => {
  it('folds and stems Kazakh queries only', () => {
    expect(processQuery('  Тазалық сақшыларына ', 'kk')).toBe('таза сакшы');
    expect(processQuery('Тазалык сакшылары', 'ru')).toBe('тазалык сакшылары');
    expect(processQuery('Травля', 'ru')).toBe('травля');
    expect(processQuery('   ', 'kk')).toBe('');
  });
  it('merges variant hit lists by best score', () => {
    const merged = mergeHits([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [{ id: 'a', score: 5 }],
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 3 },
    ]);
  });
});
