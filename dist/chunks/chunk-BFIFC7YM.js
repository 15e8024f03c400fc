import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);

// src/parse/deadline.ts
var DEFAULT_PARSE_BUDGET_MS = 5e3;
var budgetMs = DEFAULT_PARSE_BUDGET_MS;
var current;
function setParseBudget(ms) {
  budgetMs = Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_PARSE_BUDGET_MS;
}
function withParseDeadline(fn) {
  const outer = current;
  current = outer ?? performance.now() + budgetMs;
  try {
    return fn();
  } finally {
    current = outer;
  }
}
function parseDeadline() {
  return current ?? performance.now() + budgetMs;
}
function pastDeadline(deadline) {
  return performance.now() > deadline;
}
function overBudgetMessage(what) {
  return `${what} gave up after ${budgetMs} ms (--file-timeout): the file is too complex to analyse`;
}

export {
  setParseBudget,
  withParseDeadline,
  parseDeadline,
  pastDeadline,
  overBudgetMessage
};
