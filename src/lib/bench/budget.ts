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
}

export interface BudgetResult {
  name: string;
  pass: boolean;
  actual: string;
  limit: string;
  /** By how much the figure is over the limit (only when failing), in the budget's own format. */
  over?: string;
}

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
  };
}

/** Budgets report, never fail a plain run; `--strict` turns a failed budget into a failing exit code. */
export function exitCode(results: readonly BudgetResult[], strict: boolean): number {
  return strict && results.some((r) => !r.pass) ? 1 : 0;
}
