/**
 * A time budget for the parsers' own work on one file. tree-sitter's error recovery can take
 * minutes on a few kilobytes of hostile text (measured: `echo a=(a=(a=(...` of 60 KB, 115 s in
 * tree-sitter-bash, then 97 s to walk the broken tree), and the engine's `--file-timeout` is only
 * checked between rules, so the parsers stop themselves: tree-sitter parses are cancelled through
 * their progress callback and tree walks check the clock, and the file gets a parse error instead
 * of hanging the run.
 *
 * The budget covers every parse made for one file (a Dockerfile parses each `RUN` separately):
 * `withParseDeadline` sets the deadline for the synchronous work inside it, and parses outside any
 * such call get a fresh budget each. Only synchronous code may run inside, so that files analysed
 * concurrently never share a deadline.
 */

/** Default budget: the default `--file-timeout`. */
export const DEFAULT_PARSE_BUDGET_MS = 5_000;

let budgetMs = DEFAULT_PARSE_BUDGET_MS;
let current: number | undefined;

/** Set the budget of later parses (the engine passes its `--file-timeout`). */
export function setParseBudget(ms: number): void {
  budgetMs = Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_PARSE_BUDGET_MS;
}

/** Run synchronous parsing work under one deadline (nested calls share the outer one). */
export function withParseDeadline<T>(fn: () => T): T {
  const outer = current;
  current = outer ?? performance.now() + budgetMs;
  try {
    return fn();
  } finally {
    current = outer;
  }
}

/** The deadline in force: the enclosing `withParseDeadline`'s, or a fresh budget from now. */
export function parseDeadline(): number {
  return current ?? performance.now() + budgetMs;
}

export function pastDeadline(deadline: number): boolean {
  return performance.now() > deadline;
}

/** The message of a parse given up for time. */
export function overBudgetMessage(what: string): string {
  return `${what} gave up after ${budgetMs} ms (--file-timeout): the file is too complex to analyse`;
}
