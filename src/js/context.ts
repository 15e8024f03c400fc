/**
 * Where a JS/TS node sits: enclosing function, `try`/`catch`, loops; whether a promise has a
 * rejection handler; timer and scheduler callbacks. Searches stop at the nearest function
 * boundary, because a `try` around a function definition does not guard its body.
 */
import { ancestors, unwrapExpression, walk, type Node, type TSESTree } from './ast.js';
import { dottedName, isTruthyConstant, methodName, propertyName } from './literals.js';
import type { JsResolver } from './resolve.js';

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export function isFunction(node: Node): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/** The innermost function whose parameters or body contain `node`; null at the top level. */
export function enclosingFunction(node: Node): FunctionNode | null {
  for (const a of ancestors(node)) if (isFunction(a)) return a;
  return null;
}

/** Whether the innermost enclosing function is `async` (top-level code counts as not async). */
export function inAsyncFunction(node: Node): boolean {
  return enclosingFunction(node)?.async ?? false;
}

/**
 * `try` statements with a `catch` clause whose `try { }` block contains `node`, innermost first, up
 * to the function boundary. `try/finally` without `catch` does not count, nor does code in the
 * `catch` or `finally` blocks themselves.
 */
export function enclosingTryCatches(node: Node): TSESTree.TryStatement[] {
  const out: TSESTree.TryStatement[] = [];
  let child: Node = node;
  for (const a of ancestors(node)) {
    if (isFunction(a)) break;
    if (a.type === 'TryStatement' && a.handler && child === a.block) out.push(a);
    child = a;
  }
  return out;
}

/** The innermost enclosing `try { } catch` (see `enclosingTryCatches`), or null. */
export function enclosingTryCatch(node: Node): TSESTree.TryStatement | null {
  return enclosingTryCatches(node)[0] ?? null;
}

/**
 * Whether a promise expression has a rejection handler attached in the same expression:
 * `p.catch(h)`, `p.then(ok, fail)`, and chains ending in `.finally(...)` / `.then(...)` after one
 * (`p.catch(h).finally(f)`). Accepts the awaited expression or the `await` itself.
 */
export function hasCatchHandler(expr: Node): boolean {
  let n = unwrapExpression(expr);
  if (n.type === 'AwaitExpression') n = unwrapExpression(n.argument);
  while (n.type === 'CallExpression') {
    const callee = unwrapExpression(n.callee);
    if (callee.type !== 'MemberExpression') return false;
    const name = propertyName(callee);
    if (name === 'catch') return true;
    if (name === 'then' && n.arguments.length >= 2) return true;
    if (name !== 'then' && name !== 'finally') return false;
    n = unwrapExpression(callee.object);
  }
  return false;
}

export type LoopNode =
  | TSESTree.WhileStatement
  | TSESTree.DoWhileStatement
  | TSESTree.ForStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement;

const LOOP_TYPES = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);

export function isLoop(node: Node): node is LoopNode {
  return LOOP_TYPES.has(node.type);
}

/**
 * Loops that repeat `node`, innermost first, up to the function boundary: `node` is in the body, the
 * test or the update (not in a `for` initialiser or the iterable of `for...of`, which run once).
 */
export function enclosingLoops(node: Node): LoopNode[] {
  const out: LoopNode[] = [];
  let child: Node = node;
  for (const a of ancestors(node)) {
    if (isFunction(a)) break;
    if (isLoop(a)) {
      const once = (a.type === 'ForStatement' && child === a.init) || ((a.type === 'ForOfStatement' || a.type === 'ForInStatement') && (child === a.right || child === a.left));
      if (!once) out.push(a);
    }
    child = a;
  }
  return out;
}

const RUN_FLAG = /^_*(is)?(running|alive|active|enabled|run|keepRunning|keepGoing|shouldRun|started)$/i;
const STOP_FLAG = /^_*(is)?(stop|stopped|stopping|shutdown|shuttingDown|closed|closing|done|exit|exiting|finished|cancelled|canceled|terminated|quit|aborted)(Requested)?$/i;

/**
 * A loop meant to run for the life of the process: `while (true)`, `while (1)`, `for (;;)`,
 * `do {} while (true)`, `while (!stopped)`, `while (!this.stopping)`, `while (!signal.aborted)`,
 * `while (this.running)`. Loops over data are not included.
 */
export function isInfiniteLoop(loop: Node): boolean {
  if (loop.type === 'ForStatement') return !loop.test || isTruthyConstant(loop.test);
  if (loop.type !== 'WhileStatement' && loop.type !== 'DoWhileStatement') return false;
  const test = unwrapExpression(loop.test);
  if (isTruthyConstant(test)) return true;
  if (test.type === 'UnaryExpression' && test.operator === '!') {
    const last = lastName(unwrapExpression(test.argument));
    return last !== null && STOP_FLAG.test(last);
  }
  const last = lastName(test);
  return last !== null && RUN_FLAG.test(last);
}

function lastName(expr: Node): string | null {
  if (expr.type === 'Identifier') return expr.name;
  if (expr.type === 'MemberExpression') return propertyName(expr);
  return null;
}

/**
 * `await` expressions (and `for await` loops) that belong to `fn`'s own body, not to nested
 * functions, in source order.
 */
export function ownAwaits(fn: FunctionNode | Node): (TSESTree.AwaitExpression | TSESTree.ForOfStatement)[] {
  const out: (TSESTree.AwaitExpression | TSESTree.ForOfStatement)[] = [];
  walk(fn, (n) => {
    if (n !== fn && isFunction(n)) return false;
    if (n.type === 'AwaitExpression' || (n.type === 'ForOfStatement' && n.await)) out.push(n);
  });
  return out;
}

export interface ScheduledCallback {
  /** The scheduling call (`setInterval(...)`, `cron.schedule(...)`, `new CronJob(...)`). */
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The callback function written inline, or a function declared in the file and passed by name. */
  callback: FunctionNode;
  kind: 'interval' | 'timeout' | 'cron';
}

const TIMER_HOSTS = new Set(['', 'globalThis', 'global', 'window', 'timers']);

/**
 * The callback a timer or scheduler call runs repeatedly or later: `setInterval(fn, ms)`,
 * `setTimeout(fn, ms)` (also on `globalThis`/`timers`), node-cron `cron.schedule(expr, fn)`,
 * cron `new CronJob(expr, fn)`, node-schedule `scheduleJob([name,] rule, fn)`. Null otherwise.
 */
export function scheduledCallback(call: TSESTree.CallExpression | TSESTree.NewExpression, resolver: JsResolver): ScheduledCallback | null {
  const written = dottedName(call.callee) ?? '';
  const method = methodName(call) ?? '';
  const host = written.includes('.') ? written.slice(0, written.lastIndexOf('.')) : '';
  const ref = resolver.resolve(call.callee);
  const module = ref?.module ?? '';
  let kind: ScheduledCallback['kind'] | null = null;
  let index = -1;
  if (call.type === 'CallExpression' && (method === 'setInterval' || method === 'setTimeout') && (TIMER_HOSTS.has(host) || module === 'timers') && module !== 'timers/promises') {
    kind = method === 'setInterval' ? 'interval' : 'timeout';
    index = 0;
  } else if (module === 'node-cron' && ref?.path.at(-1) === 'schedule') {
    kind = 'cron';
    index = 1;
  } else if (module === 'cron' && ref?.path.at(-1) === 'CronJob' && call.type === 'NewExpression') {
    kind = 'cron';
    index = 1;
  } else if (module === 'node-schedule' && ref?.path.at(-1) === 'scheduleJob') {
    kind = 'cron';
    index = call.arguments.length - 1;
  }
  if (kind === null || index < 0) return null;
  const arg = call.arguments[index];
  const callback = arg ? functionValue(arg, resolver) : null;
  return callback ? { call, callback, kind } : null;
}

/** The function an expression is: written inline, or a function declared in the file and named. */
export function functionValue(expr: Node, resolver: JsResolver): FunctionNode | null {
  const e = unwrapExpression(expr);
  if (isFunction(e)) return e;
  if (e.type === 'Identifier') {
    const b = resolver.bindingOf(e);
    if (b?.kind === 'function' && b.declaration && isFunction(b.declaration)) return b.declaration;
    if (b?.kind === 'variable' && b.init) {
      const init = unwrapExpression(b.init);
      if (isFunction(init)) return init;
    }
  }
  return null;
}
