/**
 * Loops meant to run for the life of a process ("worker loops"), as opposed to `while (true)`
 * loops that end when their work is done: a pagination loop that `break`s on the last page, a
 * stream reader that `return`s at the end, a retry loop that `return`s on success.
 */
import { ancestors, unwrapExpression, walk, type Node, type TSESTree } from './ast.js';
import { enclosingFunction, isFunction, isInfiniteLoop, isLoop, type LoopNode } from './context.js';
import { dottedName, propertyName } from './literals.js';
import { nameWords } from './names.js';

/** Words of a condition that asks whether the worker should stop: `if (this.stopping) break`. */
const STOP_WORDS = new Set([
  'stop', 'stopped', 'stopping', 'shutdown', 'shutting', 'closed', 'closing', 'abort', 'aborted', 'cancel', 'cancelled',
  'canceled', 'running', 'terminate', 'terminated', 'terminating', 'quit', 'exit', 'exiting', 'disposed', 'destroyed',
  'signal', 'alive', 'active', 'enabled',
]);

/**
 * `break` statements that leave `loop` and `return` statements inside it (not in nested functions),
 * except those under a condition about stopping (`if (signal.aborted) break`): a worker loop may
 * have a shutdown exit and still be a worker loop.
 */
export function workExits(loop: LoopNode): Node[] {
  const out: Node[] = [];
  const label = loop.parent?.type === 'LabeledStatement' ? loop.parent.label.name : null;
  walk(loop.body, (n) => {
    if (isFunction(n)) return false;
    if (n.type === 'ReturnStatement' || (n.type === 'BreakStatement' && breakTarget(n, label) === loop)) {
      if (!underStopCondition(n, loop)) out.push(n);
    }
    return true;
  });
  return out;
}

/** The loop or switch a `break` leaves. */
function breakTarget(node: TSESTree.BreakStatement, label: string | null): Node | null {
  if (node.label) {
    if (node.label.name !== label) return null;
    for (const a of ancestors(node)) if (a.parent?.type === 'LabeledStatement' && a.parent.label.name === label) return a;
    return null;
  }
  for (const a of ancestors(node)) {
    if (isFunction(a)) return null;
    if (isLoop(a) || a.type === 'SwitchStatement') return a;
  }
  return null;
}

function underStopCondition(node: Node, loop: Node): boolean {
  let child: Node = node;
  for (const a of ancestors(node)) {
    if (a === loop) return false;
    if (a.type === 'IfStatement' && child !== a.test && flagsOf(a.test).some((f) => nameWords(f).some((w) => STOP_WORDS.has(w)))) return true;
    child = a;
  }
  return false;
}

/**
 * The flags a condition tests, by their last name: `this.stopping || !signal.aborted` -> [stopping,
 * aborted]. Comparisons and calls test no flag (`options.doneIf(start, stop)` is not a stop flag).
 */
function flagsOf(test: Node): string[] {
  const e = unwrapExpression(test);
  if (e.type === 'LogicalExpression') return [...flagsOf(e.left), ...flagsOf(e.right)];
  if (e.type === 'UnaryExpression' && e.operator === '!') return flagsOf(e.argument);
  if (e.type === 'Identifier') return [e.name];
  if (e.type === 'MemberExpression') {
    const name = propertyName(e);
    return name === null ? [] : [name];
  }
  return [];
}

/**
 * `while (!done) { …; done = true; }`: a loop on a flag that its own body sets ends by itself. A
 * worker's stop flag is set from outside the loop (a signal handler, a `stop()` method).
 */
function setsOwnFlag(loop: LoopNode): boolean {
  if (loop.type !== 'WhileStatement' && loop.type !== 'DoWhileStatement') return false;
  let test = unwrapExpression(loop.test);
  if (test.type === 'UnaryExpression' && test.operator === '!') test = unwrapExpression(test.argument);
  const flag = dottedName(test);
  if (flag === null) return false;
  let sets = false;
  walk(loop.body, (n) => {
    if (sets || isFunction(n)) return false;
    if (n.type === 'AssignmentExpression' && dottedName(n.left) === flag) sets = true;
    return true;
  });
  return sets;
}

/** An infinite loop (see `isInfiniteLoop`) in an async function that has no work exit. */
export function isAsyncWorkerLoop(loop: Node): loop is LoopNode {
  if (!isLoop(loop) || !isInfiniteLoop(loop)) return false;
  const fn = enclosingFunction(loop);
  if (!fn?.async) return false;
  return workExits(loop).length === 0 && !setsOwnFlag(loop);
}

/** The innermost async worker loop (see `isAsyncWorkerLoop`) repeating `node` inside its function, if any. */
export function innermostWorkerLoop(node: Node): LoopNode | null {
  for (const a of ancestors(node)) {
    if (isFunction(a)) return null;
    if (isAsyncWorkerLoop(a)) return a;
  }
  return null;
}
