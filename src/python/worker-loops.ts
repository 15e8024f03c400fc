/**
 * Worker loops: the `while True:` (or `while not stop.is_set():`, `while self.running:`) loops that
 * keep a background job alive for the life of the process, and what each iteration does. Shared by
 * PY002 (watchdogs), PY003 (unguarded iterations), PY004 (iterations with no time bound) and PY013
 * (silently swallowed errors).
 */
import { calleeName, isAwaited, methodName, receiver } from './calls.js';
import {
  enclosingFunction,
  enclosingLoops,
  exceptHandler,
  functionInfo,
  isLongRunningLoop,
  loopInfo,
  withInfo,
  type FunctionInfo,
  type LoopInfo,
} from './context.js';
import { httpCall, importedCallee, isSleep } from './libraries.js';
import { unparenthesize, walk, type PyNode } from './node.js';
import type { PyResolver } from './resolve.js';
import { getOrMake } from '../multimap.js';
import { isWaitFor } from './timeouts.js';
import { functionReferenced, startedFunctions, type StartedFunction } from './tasks.js';

const BOUNDARIES = new Set(['function_definition', 'lambda', 'class_definition']);

/**
 * Literal strings one of which a file must contain to hold a long-running loop (see
 * `isLongRunningLoop`); rules that only look at such loops use them as triggers.
 */
export const LONG_LOOP_TRIGGERS: readonly string[] = [
  'while True',
  'while 1',
  'while(',
  'while (',
  'while not',
  'while self',
  'while _',
  'while run',
  'while is_',
  'while keep',
  'while alive',
  'while active',
  'while enabled',
  'while should',
  'while started',
  'itertools.count',
  'in count(',
];

export interface WorkerLoop {
  loop: LoopInfo;
  /** The function the loop is in; null at module level. */
  fn: FunctionInfo | null;
  /** How the module starts that function in the background, if it does. */
  started: StartedFunction | undefined;
}

const loopsCache = new WeakMap<PyResolver, Map<PyNode, readonly WorkerLoop[]>>();

/** Every long-running loop of the module, with its function (outer loops first); once per tree. */
export function longRunningLoops(root: PyNode, resolver: PyResolver): readonly WorkerLoop[] {
  const byRoot = getOrMake(loopsCache, resolver, () => new Map());
  return getOrMake(byRoot, root, () => findLongRunningLoops(root, resolver));
}

function findLongRunningLoops(root: PyNode, resolver: PyResolver): WorkerLoop[] {
  const started = startedFunctions(root, resolver);
  const out: WorkerLoop[] = [];
  walk(root, (n) => {
    if ((n.type === 'while_statement' || n.type === 'for_statement') && isLongRunningLoop(n)) {
      const fn = enclosingFunction(n);
      out.push({ loop: loopInfo(n), fn, started: fn ? started.find((s) => s.fn === fn.node) : undefined });
    }
  });
  return out;
}

/**
 * Long-running loops that are background workers: in a function the module starts as a thread,
 * process, fire-and-forget task or executor job (not a supervised start, see `supervised`), or in an `async def` whose loop paces itself (see `isPaced`); not
 * in generators (a generator's caller sees its exceptions), not loops that `return` a value (retry
 * and poll-until loops hand their result, or their exception, to a caller that awaits them), and not
 * loops that read a stream until it ends (see `consumesStream`) or retry until one success (see
 * `retriesUntilDone`).
 */
export function workerLoops(root: PyNode, resolver: PyResolver): WorkerLoop[] {
  return longRunningLoops(root, resolver).filter(
    (w) =>
      w.fn !== null &&
      w.fn.kind === 'def' &&
      !(w.started && supervised(w.started, resolver)) &&
      (w.started !== undefined || (w.fn.async && isPaced(w.loop, resolver))) &&
      !isGenerator(w.fn) &&
      !returnsValue(w.loop.node) &&
      !retriesUntilDone(w.loop.node) &&
      !consumesStream(w.loop, resolver),
  );
}

/**
 * Started so that its exception reaches someone: awaited through `asyncio.run`, `gather`,
 * `run_until_complete`, `wait_for` or `shield`, or started in a task group or nursery
 * (`tg.create_task`, `nursery.start_soon`), whose exceptions propagate to the group's owner.
 */
export function supervised(started: StartedFunction, resolver: PyResolver): boolean {
  if (started.kind !== 'task' || started.site.type !== 'call') return false;
  const method = methodName(started.site) ?? '';
  if (['gather', 'run_until_complete', 'wait_for', 'shield', 'start_soon', 'start', 'run'].includes(method)) return true;
  if (method === 'create_task') {
    const recv = receiverLastName(started.site) ?? '';
    const name = resolver.qualifiedName(receiver(started.site) ?? started.site) ?? '';
    return /(^|_)(tg|taskgroup|task_group|group|nursery)$/i.test(recv) || /TaskGroup$/.test(name);
  }
  return false;
}

/**
 * A loop that paces itself or takes work from a queue: it sleeps, or waits on a queue or an event,
 * in its own iteration. That is what a background job looks like; an `async def` whose
 * `while True:` reads a stream until EOF or retries a call is code its caller awaits, and the
 * caller sees its exceptions.
 */
export function isPaced(loop: LoopInfo, resolver: PyResolver): boolean {
  let found = false;
  iterationNodes(loop, (n) => {
    if (found) return false;
    if (n.type === 'call' && isQuietWait(n, resolver)) found = true;
    return !found;
  });
  return found;
}

/** A function whose own body (not nested functions) contains `yield`. */
export function isGenerator(fn: FunctionInfo): boolean {
  if (!fn.body) return false;
  let found = false;
  walk(fn.body, (n) => {
    if (found || BOUNDARIES.has(n.type)) return false;
    if (n.type === 'yield') found = true;
    return !found;
  });
  return found;
}

/**
 * A retry loop: it `break`s unconditionally once its body got through (`try: work(); break`,
 * or a `break` at the end of the body), so it runs until one success, not forever.
 */
function retriesUntilDone(loop: PyNode): boolean {
  let found = false;
  walk(loop, (n) => {
    if (found || (n !== loop && (BOUNDARIES.has(n.type) || ((n.type === 'while_statement' || n.type === 'for_statement') && n !== loop)))) return false;
    if (n.type === 'break_statement') {
      let conditional = false;
      for (let a = n.parent; a && a !== loop; a = a.parent) {
        if (a.type === 'if_statement' || a.type === 'elif_clause' || a.type === 'else_clause' || a.type === 'except_clause' || a.type === 'match_statement' || a.type === 'with_statement') {
          // `else:` of a try and `with` blocks still run on success; only branches make a break conditional.
          if (a.type === 'else_clause' && a.parent?.type === 'try_statement') continue;
          if (a.type === 'with_statement') continue;
          conditional = true;
          break;
        }
      }
      if (!conditional) found = true;
    }
    return !found;
  });
  return found;
}

/** The loop contains `return <value>` for itself (a bare `return` is a stop condition). */
function returnsValue(loop: PyNode): boolean {
  let found = false;
  walk(loop, (n) => {
    if (found || (n !== loop && BOUNDARIES.has(n.type))) return false;
    if (n.type === 'return_statement' && n.namedChildren.some((c) => c.type !== 'comment')) found = true;
    return !found;
  });
  return found;
}

/**
 * The nodes an iteration runs, in source order: everything in the loop body except nested
 * functions and classes (their code runs at another time) and, on request, nested long-running
 * loops. `visit` may return false to skip a node's children.
 */
export function iterationNodes(loop: LoopInfo, visit: (n: PyNode) => boolean | void, options: { skipNestedWorkerLoops?: boolean } = {}): void {
  const body = loop.body;
  if (!body) return;
  walk(body, (n) => {
    if (n === body) return true;
    if (BOUNDARIES.has(n.type)) return false;
    // A nested `while True:` is a worker loop of its own and is judged as one.
    if (options.skipNestedWorkerLoops && (n.type === 'while_statement' || n.type === 'for_statement') && isLongRunningLoop(n)) return false;
    return visit(n);
  });
}

/** Error-handling code: inside an `except`, `else` or `finally` clause of a `try` within `within`. */
export function inHandlerCode(node: PyNode, within: PyNode): boolean {
  for (let n = node.parent; n && n !== within; n = n.parent) {
    if (n.type === 'except_clause' || n.type === 'except_group_clause' || n.type === 'finally_clause') return true;
    if (n.type === 'else_clause' && n.parent?.type === 'try_statement') return true;
  }
  return false;
}

/** A handler that ends by re-raising does not keep the loop alive. */
function reraises(handlerBody: PyNode | undefined): boolean {
  if (!handlerBody) return false;
  return handlerBody.namedChildren.some((s) => s.type === 'raise_statement');
}

/**
 * Whether an exception raised at `node` is caught before it leaves `within` (a loop body): a `try`
 * between them with `except Exception`/`BaseException`/bare `except` that does not re-raise, or a
 * `with contextlib.suppress(Exception):` block.
 */
export function caughtWithin(node: PyNode, within: PyNode, resolver: PyResolver): boolean {
  let child = node;
  for (let n = node.parent; n && n !== within; child = n, n = n.parent) {
    if (BOUNDARIES.has(n.type)) return false;
    if (n.type === 'try_statement' && child.field === 'body') {
      for (const c of n.children) {
        if (c.type !== 'except_clause' && c.type !== 'except_group_clause') continue;
        const h = exceptHandler(c);
        if (h.catchesAll && !reraises(h.body)) return true;
      }
    }
    if (n.type === 'with_statement' && child.field === 'body') {
      for (const item of withInfo(n).items) {
        if (item.expr.type !== 'call') continue;
        const name = importedCallee(item.expr, resolver);
        if (name !== 'contextlib.suppress') continue;
        const args = item.expr.child('arguments')?.namedChildren ?? [];
        if (args.some((a) => a.text === 'Exception' || a.text === 'BaseException')) return true;
      }
    }
  }
  return false;
}

/** Whether a loop sits in a `try` of an enclosing long-running loop that restarts it on any error. */
export function restartedByOuterLoop(loop: PyNode, resolver: PyResolver): boolean {
  for (const outer of enclosingLoops(loop)) {
    if (!isLongRunningLoop(outer.node) || !outer.body) continue;
    if (caughtWithin(loop, outer.body, resolver)) return true;
  }
  return false;
}

/** Names of queues, events and locks whose waits cannot fail. */
const QUEUE_RECEIVER = /(queue|^_*q$|_q$|inbox|mailbox)$/i;
const QUEUE_METHODS = new Set(['get', 'get_nowait', 'put', 'put_nowait', 'join', 'task_done', 'empty', 'qsize', 'full']);
const EVENT_METHODS = new Set(['wait', 'is_set', 'set', 'clear', 'notify', 'notify_all']);
const LOCK_METHODS = new Set(['acquire', 'release', 'locked']);
const LOCK_RECEIVER = /(lock|sem|semaphore|mutex|limiter)$/i;
const EVENT_RECEIVER = /(event|stop|stopped|stopping|shutdown|ready|done|exit|closed|closing|cond|condition|flag|wake|wakeup|signal|finished|running|alive)$/i;

function receiverLastName(call: PyNode): string | null {
  const r = receiver(call);
  if (!r) return null;
  const u = unparenthesize(r);
  if (u.type === 'identifier') return u.text;
  if (u.type === 'attribute') return u.child('attribute')?.text ?? null;
  return null;
}

/** A wait on a sleep, queue, event or lock: it blocks by design and does not fail. */
export function isQuietWait(call: PyNode, resolver: PyResolver): boolean {
  if (isSleep(call, resolver)) return true;
  const method = methodName(call);
  const recv = receiverLastName(call);
  if (!method || recv === null) return false;
  if (QUEUE_METHODS.has(method) && QUEUE_RECEIVER.test(recv)) return true;
  if (EVENT_METHODS.has(method) && (EVENT_RECEIVER.test(recv) || method === 'wait')) return true;
  if (LOCK_METHODS.has(method) && LOCK_RECEIVER.test(recv)) return true;
  return false;
}

/** The call an `await` awaits, when it awaits a call directly. */
export function awaitedCall(awaitNode: PyNode): PyNode | undefined {
  const inner = awaitNode.namedChildren.find((c) => c.type !== 'comment');
  const u = inner ? unparenthesize(inner) : undefined;
  return u?.type === 'call' ? u : undefined;
}

const BUILTINS = new Set([
  'print', 'len', 'str', 'int', 'float', 'bool', 'list', 'dict', 'set', 'tuple', 'frozenset', 'bytes', 'isinstance',
  'issubclass', 'range', 'min', 'max', 'sum', 'abs', 'repr', 'sorted', 'enumerate', 'zip', 'id', 'hash', 'type', 'hasattr',
  'iter', 'round', 'format', 'any', 'all', 'reversed', 'map', 'filter', 'super', 'vars', 'callable', 'divmod', 'object',
]);
const LOG_RECEIVER = /^_*(log|logger|logging|LOG|LOGGER|Log|Logger)$/;
const LOG_METHODS = new Set(['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'log', 'fatal']);
const PURE_MODULES = /^(time|datetime|math|random|logging|uuid|itertools|functools|operator|collections|typing|string|threading|queue)\./;
/** Calls that end or signal the process on purpose: what they raise is the point. */
const DELIBERATE_EXITS = /^(os\.(getpid|_exit|kill|abort)|sys\.exit|signal\.\w+)$/;
const CONTAINER_METHODS = new Set([
  'append', 'appendleft', 'extend', 'extendleft', 'pop', 'popleft', 'popitem', 'add', 'discard', 'remove', 'clear', 'update',
  'keys', 'values', 'items', 'copy', 'setdefault', 'insert', 'sort', 'index', 'count', 'join', 'format', 'strip', 'lstrip',
  'rstrip', 'split', 'rsplit', 'lower', 'upper', 'startswith', 'endswith', 'encode', 'decode', 'replace', 'monotonic', 'time',
  'total_seconds', 'isoformat', 'now', 'utcnow', 'cancelled', 'done', 'random', 'randint', 'uniform', 'choice',
]);

/** A call that does no work worth guarding: builtins, logging, clocks, container and string methods, quiet waits. */
export function isHarmlessCall(call: PyNode, resolver: PyResolver): boolean {
  const fn = call.child('function');
  if (!fn) return false;
  const f = unparenthesize(fn);
  if (f.type === 'identifier') {
    const r = resolver.resolve(f);
    if (r?.root === 'unbound' && BUILTINS.has(f.text)) return true;
  }
  if (isQuietWait(call, resolver)) return true;
  const imported = importedCallee(call, resolver);
  if (imported !== null && (PURE_MODULES.test(imported) || DELIBERATE_EXITS.test(imported) || imported === 'contextlib.suppress')) return true;
  const method = methodName(call);
  const recv = receiverLastName(call);
  if (method && recv !== null && LOG_RECEIVER.test(recv) && LOG_METHODS.has(method)) return true;
  if (method && f.type === 'attribute' && CONTAINER_METHODS.has(method)) return true;
  // `self.opts.get("x")`, `item.get("id")`: a mapping lookup, unless the receiver is a client from an import.
  if (method === 'get' && f.type === 'attribute' && imported === null) return true;
  return calleeName(call) === 'print';
}

/**
 * Something an iteration does that can raise. In async code (`mode: 'async'`): an `await` (except
 * quiet waits, and `wait_for` of a quiet wait inside a `try`), an `async with` on a call, an
 * `async for`, and synchronous network calls (requests, urllib); other plain calls in a coroutine
 * are computation and are not counted. In synchronous code (`mode: 'sync'`, thread targets), where
 * all I/O is plain calls: any call that is not harmless. A call of a function of this module is
 * followed (two levels deep): it can raise only if its body lets something out.
 */
export type IterationMode = 'async' | 'sync';

export function canRaise(n: PyNode, within: PyNode, resolver: PyResolver, mode: IterationMode, depth = 0): boolean {
  if (!n.named) return false;
  switch (n.type) {
    case 'await': {
      const call = awaitedCall(n);
      if (!call) return true;
      if (isQuietWait(call, resolver) || importedCallee(call, resolver) === 'asyncio.wait') return false;
      // `await asyncio.wait_for(stop.wait(), 5)` raises TimeoutError by design: it is the loop's
      // pacing, always written inside a `try` that catches that one error.
      const first = call.child('arguments')?.namedChildren[0];
      if (isWaitFor(call, resolver) && first && isQuietExpr(first, resolver) && insideAnyTry(n, within)) return false;
      return calleeMayRaise(call, resolver, depth);
    }
    case 'with_statement': {
      const info = withInfo(n);
      // `async with lock:` cannot fail; `async with pool.acquire() as conn:` can.
      return info.async && info.items.some((i) => unparenthesize(i.expr).type === 'call');
    }
    case 'for_statement':
      return n.children.some((c) => !c.named && c.type === 'async');
    case 'call':
      if (isAwaited(n)) return false;
      if (mode === 'async') return httpCall(n, resolver)?.sync === true;
      return !isHarmlessCall(n, resolver) && calleeMayRaise(n, resolver, depth);
    default:
      return false;
  }
}

const MAX_CALLEE_DEPTH = 2;

/** Unknown callees may raise; a function of this module may raise if its body can let an error out. */
function calleeMayRaise(call: PyNode, resolver: PyResolver, depth: number): boolean {
  const fn = call.child('function');
  const def = fn ? functionReferenced(fn, resolver) : undefined;
  const body = def?.child('body');
  if (!def || !body || depth >= MAX_CALLEE_DEPTH) return true;
  const mode: IterationMode = functionInfo(def).async ? 'async' : 'sync';
  return firstUncaught(body, resolver, mode, depth + 1) !== undefined;
}

/**
 * The first node under `body` (a loop or function body) that can raise without being caught
 * inside `body`. Error-handling code (`except`/`finally` clauses) is not counted, nor are nested
 * functions and, when asked, nested long-running loops (judged on their own).
 */
export function firstUncaught(body: PyNode, resolver: PyResolver, mode: IterationMode, depth = 0, options: { skipNestedWorkerLoops?: boolean } = {}): PyNode | undefined {
  let found: PyNode | undefined;
  walk(body, (n) => {
    if (found) return false;
    if (n === body) return true;
    if (BOUNDARIES.has(n.type)) return false;
    if (options.skipNestedWorkerLoops && (n.type === 'while_statement' || n.type === 'for_statement') && isLongRunningLoop(n)) return false;
    if (inHandlerCode(n, body)) return false;
    if (canRaise(n, body, resolver, mode, depth) && !caughtWithin(n, body, resolver)) {
      found = n;
      return false;
    }
    return true;
  });
  return found;
}

function isQuietExpr(expr: PyNode, resolver: PyResolver): boolean {
  const e = unparenthesize(expr);
  return e.type === 'call' && isQuietWait(e, resolver);
}

function insideAnyTry(node: PyNode, within: PyNode): boolean {
  let child = node;
  for (let n = node.parent; n && n !== within; child = n, n = n.parent) {
    if (n.type === 'try_statement' && child.field === 'body') return true;
  }
  return false;
}

/**
 * A loop whose whole body sits, within its function, in a `try` that catches everything: the
 * author decided what happens when the worker fails (it is logged and ends deliberately).
 */
export function loopInsideCatchAll(loop: PyNode, resolver: PyResolver): boolean {
  const fn = enclosingFunction(loop);
  const top = fn?.body;
  return top !== undefined && caughtWithin(loop, top, resolver);
}

/**
 * A loop that consumes a finite stream: it `break`s (or returns) when a value read in the iteration is empty
 * (`line = await stream.readline()` ... `if not line: break`). Such a loop ends by design and its
 * caller, not a supervisor, deals with what it raises. Values taken from a queue do not count: a
 * consumer's `if job is None: break` is a shutdown sentinel.
 */
export function consumesStream(loop: LoopInfo, resolver: PyResolver): boolean {
  const body = loop.body;
  if (!body) return false;
  const assigned = new Set<string>();
  let found = false;
  walk(body, (n) => {
    if (found || (n !== body && BOUNDARIES.has(n.type))) return false;
    if (n.type === 'assignment') {
      const left = n.child('left');
      const right = n.child('right');
      // A queue consumer's `if job is None: break` is a shutdown sentinel, not the end of a stream.
      const read = right && unparenthesize(right);
      const call = read?.type === 'await' ? awaitedCall(read) : read?.type === 'call' ? read : undefined;
      if (left?.type === 'identifier' && read && (read.type === 'await' || read.type === 'call') && !(call && isQuietWait(call, resolver))) {
        assigned.add(left.text);
      }
    }
    if (n.type === 'if_statement') {
      const cond = n.child('condition');
      const consequence = n.child('consequence');
      const statements = consequence?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
      const last = statements[statements.length - 1];
      const ends = last?.type === 'break_statement' || (last?.type === 'return_statement' && last.namedChildren.length === 0);
      if (cond && last && ends && enclosingLoops(last)[0]?.node === loop.node) {
        const names = identifiersIn(cond);
        if (names.some((x) => assigned.has(x))) found = true;
      }
    }
    return !found;
  });
  return found;
}

function identifiersIn(expr: PyNode): string[] {
  const out: string[] = [];
  walk(expr, (n) => {
    if (n.type === 'identifier') out.push(n.text);
  });
  return out;
}
