// Performance budgets: each is an upper limit on one measured figure, checked after the run.

export interface Budget {
  /** What is limited, for the reader: "project build time ÷ bare Starlight". */
  name: string;
  /** The measured figure, in the unit of `limit`. */
  actual: number;
  /** The largest acceptable value (inclusive). */
  limit: number;
  /** How to print `actual` and `limit`. */
  format: (value: number) => string;
  /** A limit on time, which the machine's load moves; sizes are the same on every machine. */
  timed?: boolean;
}

export interface BudgetResult {
  name: string;
  pass: boolean;
  actual: string;
  limit: string;
  /** By how much the figure is over the limit (only when failing), in the budget's own format. */
  over?: string;
  timed: boolean;
}

/**
 * Which failed budgets fail the command: none (figures only), sizes (bytes and HTML growth, which do
 * not depend on the machine — what CI enforces, since speed is never a timed test) or all.
 */
export type Strictness = 'none' | 'sizes' | 'all';

export function checkBudget(budget: Budget): BudgetResult {
  if (!Number.isFinite(budget.actual)) {
    throw new Error(`budget "${budget.name}": the measured value is not a number (${budget.actual})`);
  }
  const pass = budget.actual <= budget.limit;
  return {
    name: budget.name,
    pass,
    actual: budget.format(budget.actual),
    limit: `≤ ${budget.format(budget.limit)}`,
    ...(pass ? {} : { over: budget.format(budget.actual - budget.limit) }),
    timed: budget.timed ?? false,
  };
}

/** Budgets report, never fail a plain run; strictness decides which failed budgets fail the command. */
export function exitCode(results: readonly BudgetResult[], strict: Strictness): number {
  const enforced = results.filter((r) => strict === 'all' || (strict === 'sizes' && !r.timed));
  return enforced.some((r) => !r.pass) ? 1 : 0;
}
