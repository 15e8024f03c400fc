/**
 * Where a node sits: its enclosing function, loops, `try` blocks and `with` blocks. All of these
 * stop at the nearest function boundary (`def`, `lambda`, `class`), because code in a nested
 * function runs at another time: a `try` around a `def` does not guard the def's body.
 */
import { dottedName } from './calls.js';
import { isTruthyConstant } from './literals.js';
import { unparenthesize, type PyNode } from './node.js';

const BOUNDARIES = new Set(['function_definition', 'lambda', 'class_definition']);

export interface FunctionInfo {
  /** The `function_definition` or `lambda` node. */
  node: PyNode;
  kind: 'def' | 'lambda';
  /** Null for lambdas. */
  name: string | null;
  /** `async def`. Lambdas are never async (an async def's inner lambda does not run on the loop). */
  async: boolean;
  /** The class whose body defines this function (methods), else null. */
  classNode: PyNode | null;
  /** The function's `block` (or the lambda's body expression). */
  body: PyNode | undefined;
}

export function functionInfo(node: PyNode): FunctionInfo {
  if (node.type === 'lambda') {
    return { node, kind: 'lambda', name: null, async: false, classNode: null, body: node.child('body') };
  }
  let p = node.parent;
  if (p?.type === 'decorated_definition') p = p.parent;
  const classNode = p?.type === 'block' && p.parent?.type === 'class_definition' ? p.parent : null;
  return {
    node,
    kind: 'def',
    name: node.child('name')?.text ?? null,
    async: node.children.some((c) => !c.named && c.type === 'async'),
    classNode,
    body: node.child('body'),
  };
}

/**
 * The innermost `def` or `lambda` whose body contains `node` (a def's decorators and default values
 * belong to the enclosing code); null at module or class level.
 */
export function enclosingFunction(node: PyNode): FunctionInfo | null {
  let child = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (n.type === 'class_definition' && child.field === 'body') return null;
    if ((n.type === 'function_definition' || n.type === 'lambda') && child.field === 'body') return functionInfo(n);
  }
  return null;
}

export interface LoopInfo {
  /** `while_statement` or `for_statement`. */
  node: PyNode;
  kind: 'while' | 'for';
  /** `async for`. */
  async: boolean;
  /** The `while` condition, or the `for` iterable. */
  condition: PyNode | undefined;
  body: PyNode | undefined;
}

export function loopInfo(node: PyNode): LoopInfo {
  const isWhile = node.type === 'while_statement';
  return {
    node,
    kind: isWhile ? 'while' : 'for',
    async: !isWhile && node.children.some((c) => !c.named && c.type === 'async'),
    condition: isWhile ? node.child('condition') : node.child('right'),
    body: node.child('body'),
  };
}

/**
 * Loops that repeat `node`, innermost first, up to the enclosing function boundary. `node` repeats
 * when it is in the loop's body or in a `while` condition; a `for` iterable (evaluated once) and a
 * loop's `else:` clause do not repeat.
 */
export function enclosingLoops(node: PyNode): LoopInfo[] {
  const out: LoopInfo[] = [];
  let child = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (BOUNDARIES.has(n.type)) break;
    if (n.type === 'while_statement' && (child.field === 'body' || child.field === 'condition')) out.push(loopInfo(n));
    if (n.type === 'for_statement' && child.field === 'body') out.push(loopInfo(n));
  }
  return out;
}

/** Names of stop flags and run flags: `while self.running`, `while not self._stopped`. */
const RUN_FLAG = /^_*(is_)?(running|alive|active|enabled|run|keep_running|keep_going|should_run|started)$/i;
const STOP_FLAG = /^_*(is_)?(stop|stopped|stopping|shutdown|shutting_down|closed|closing|done|exit|exiting|finished|cancelled|terminated|quit)(_requested|_event|_flag)?$/i;

/**
 * Words every long-running loop spells out (see `isLongRunningLoop`): `while`, or `count` of
 * `itertools.count()`. Unlike `LONG_LOOP_TRIGGERS`, which lists the usual loop heads and so rules
 * out more files, these miss no loop (`while app.running:`), so a rule can add them as a condition
 * without losing anything it reports.
 */
export const LONG_LOOP_KEYWORDS: readonly string[] = ['while', 'count'];

/**
 * A loop meant to run for the life of the process: `while True`, `while 1`, `while not stop.is_set()`,
 * `while not self._stopped`, `while self.running`, `for _ in itertools.count()`. Loops over data
 * (`for x in items`, `async for msg in ws`) are not included.
 */
export function isLongRunningLoop(loop: PyNode): boolean {
  if (loop.type === 'for_statement') {
    const it = loop.child('right');
    if (!it) return false;
    const i = unparenthesize(it);
    if (i.type !== 'call') return false;
    const name = dottedName(i.child('function') ?? i);
    return (name === 'itertools.count' || name === 'count') && (i.child('arguments')?.namedChildren.length ?? 0) <= 1;
  }
  if (loop.type !== 'while_statement') return false;
  const cond = loop.child('condition');
  if (!cond) return false;
  const c = unparenthesize(cond);
  if (isTruthyConstant(c)) return true;
  if (c.type === 'not_operator') {
    const arg = c.child('argument');
    if (!arg) return false;
    const a = unparenthesize(arg);
    // `while not stop_event.is_set()`, `while not shutdown.is_set()`
    if (a.type === 'call') {
      const fn = a.child('function');
      const method = fn?.type === 'attribute' ? fn.child('attribute')?.text : undefined;
      return method === 'is_set';
    }
    const last = lastName(a);
    return last !== null && STOP_FLAG.test(last);
  }
  const last = lastName(c);
  return last !== null && RUN_FLAG.test(last);
}

function lastName(expr: PyNode): string | null {
  if (expr.type === 'identifier') return expr.text;
  if (expr.type === 'attribute') return expr.child('attribute')?.text ?? null;
  return null;
}

export interface ExceptHandler {
  /** The `except_clause` node. */
  node: PyNode;
  /** The exception type expressions (`except (A, B):` gives two); empty for a bare `except:`. */
  types: PyNode[];
  /** The same, as written dotted names (null for computed ones). */
  typeNames: (string | null)[];
  /** `except:` with no type. */
  bare: boolean;
  /** `except*` (exception groups). */
  star: boolean;
  /** Bare, or catches `Exception` / `BaseException`: any failure of the guarded code is caught. */
  catchesAll: boolean;
  /** The name bound by `as e`, if any. */
  alias: string | null;
  body: PyNode | undefined;
}

export interface TryInfo {
  /** The `try_statement` node. */
  node: PyNode;
  /** The `try:` block. */
  body: PyNode | undefined;
  handlers: ExceptHandler[];
  hasElse: boolean;
  hasFinally: boolean;
}

const BROAD_EXCEPTIONS = new Set(['Exception', 'BaseException', 'builtins.Exception', 'builtins.BaseException']);

export function exceptHandler(clause: PyNode): ExceptHandler {
  const value = clause.child('value') ?? clause.namedChildren.find((c) => c.type !== 'block' && c.type !== 'comment');
  let typeExpr = value;
  let alias: string | null = null;
  if (value?.type === 'as_pattern') {
    typeExpr = value.namedChildren.find((c) => c.field !== 'alias' && c.type !== 'comment');
    alias = value.child('alias')?.text ?? null;
  }
  // Python 2 style `except E, e:` puts the alias in a second child; only the first is the type.
  let types: PyNode[] = [];
  if (typeExpr) {
    const t = unparenthesize(typeExpr);
    types = t.type === 'tuple' ? t.namedChildren.filter((c) => c.type !== 'comment') : [t];
  }
  const typeNames = types.map((t) => dottedName(t));
  const bare = types.length === 0;
  return {
    node: clause,
    types,
    typeNames,
    bare,
    star: clause.children.some((c) => !c.named && c.type === '*'),
    catchesAll: bare || typeNames.some((n) => n !== null && BROAD_EXCEPTIONS.has(n)),
    alias,
    body: clause.childOfType('block'),
  };
}

export function tryInfo(node: PyNode): TryInfo {
  return {
    node,
    body: node.child('body'),
    handlers: node.children.filter((c) => c.type === 'except_clause' || c.type === 'except_group_clause').map(exceptHandler),
    hasElse: node.children.some((c) => c.type === 'else_clause'),
    hasFinally: node.children.some((c) => c.type === 'finally_clause'),
  };
}

/**
 * `try` statements whose `try:` block contains `node`, innermost first, up to the function
 * boundary. Code in a handler, `else:` or `finally:` is not guarded by that statement's handlers.
 */
export function enclosingTries(node: PyNode): TryInfo[] {
  const out: TryInfo[] = [];
  let child = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (BOUNDARIES.has(n.type)) break;
    if (n.type === 'try_statement' && child.field === 'body') out.push(tryInfo(n));
  }
  return out;
}

/** Whether some enclosing `try` (within the function) catches everything (`except Exception`, bare). */
export function guardedByBroadExcept(node: PyNode, within?: PyNode): boolean {
  return enclosingTries(node).some((t) => (!within || within.contains(t.node)) && t.handlers.some((h) => h.catchesAll));
}

export interface WithItem {
  /** The `with_item` node. */
  node: PyNode;
  /** The context manager expression (`httpx.AsyncClient()`, `conn.transaction()`). */
  expr: PyNode;
  /** The `as` target, if any. */
  alias: PyNode | undefined;
}

export interface WithInfo {
  /** The `with_statement` node. */
  node: PyNode;
  async: boolean;
  items: WithItem[];
  body: PyNode | undefined;
}

export function withInfo(node: PyNode): WithInfo {
  const clause = node.childOfType('with_clause');
  const items: WithItem[] = [];
  for (const item of clause?.namedChildren ?? []) {
    if (item.type !== 'with_item') continue;
    const value = item.child('value') ?? item.namedChildren[0];
    if (!value) continue;
    if (value.type === 'as_pattern') {
      const expr = value.namedChildren.find((c) => c.field !== 'alias' && c.type !== 'comment');
      if (expr) items.push({ node: item, expr, alias: value.child('alias') });
    } else {
      items.push({ node: item, expr: value, alias: undefined });
    }
  }
  return {
    node,
    async: node.children.some((c) => !c.named && c.type === 'async'),
    items,
    body: node.child('body'),
  };
}

/** `with` / `async with` statements whose body contains `node`, innermost first, up to the function boundary. */
export function enclosingWiths(node: PyNode): WithInfo[] {
  const out: WithInfo[] = [];
  let child = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (BOUNDARIES.has(n.type)) break;
    if (n.type === 'with_statement' && child.field === 'body') out.push(withInfo(n));
  }
  return out;
}


