/** Retrieval metrics for the search evaluation (pure, unit-tested). */

/** Does a result path (`/ru/lessons/x/`) satisfy an expectation given after the locale (`lessons/x`, `council/`)? */
export function matchesExpectation(resultPath: string, locale: string, expect: string): boolean {
  const path = resultPath.replace(/#.*$/, '');
  const want = `/${locale}/${expect.replace(/^\/+/, '')}`;
  if (want.endsWith('/')) return path.startsWith(want);
  return path === want || path === `${want}/`;
}

/** 1-based rank of the first matching result, or 0. */
export function firstRank(paths: readonly string[], locale: string, expect: string): number {
  const i = paths.findIndex((p) => matchesExpectation(p, locale, expect));
  return i === -1 ? 0 : i + 1;
}

export interface Summary {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
}

export function summarize(ranks: readonly number[]): Summary {
  const n = ranks.length;
  if (n === 0) return { queries: 0, recallAt1: 0, recallAt5: 0, mrr: 0 };
  return {
    queries: n,
    recallAt1: ranks.filter((r) => r === 1).length / n,
    recallAt5: ranks.filter((r) => r >= 1 && r <= 5).length / n,
    mrr: ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / n,
  };
}
