/**
 * Watchdogs that kill their own process (TS001): `process.exit(1)`, `process.abort()` or
 * `process.kill(process.pid, …)` run by a `setInterval` callback or an infinite async loop when a
 * liveness timestamp looks stale, and what counts as a startup grace.
 */
import { ancestors, contains, walk, type Node, type TSESTree } from './ast.js';
import { enclosingFunction, isFunction, isInfiniteLoop, isLoop, ownAwaits, scheduledCallback, type FunctionNode, type LoopNode } from './context.js';
import { isSleep } from './guards.js';
import { dottedName, literalOf, methodName } from './literals.js';
import { mentionsAny } from './names.js';
import type { JsResolver } from './resolve.js';

export interface SelfKill {
  call: TSESTree.CallExpression;
  /** As written: `process.exit(1)`. */
  label: string;
}

/**
 * `process.exit(code)` with a code other than a literal 0 (an idle exit with 0 is a decision, not a
 * crash), `process.abort()`, `process.kill(process.pid[, signal])` (not signal 0, which only tests).
 */
export function selfKill(call: TSESTree.CallExpression, resolver: JsResolver, text: string): SelfKill | null {
  const name = processMethod(call.callee, resolver);
  if (name === null) return null;
  const label = text.slice(call.range[0], call.range[1]).replace(/\s+/g, ' ');
  if (name === 'abort') return { call, label };
  if (name === 'exit') {
    const code = call.arguments[0];
    if (!code) return null;
    const lit = literalOf(code);
    return lit.kind === 'number' && lit.value === 0 ? null : { call, label };
  }
  if (name === 'kill') {
    const [target, signal] = call.arguments;
    if (!target || processMethod(target, resolver) !== 'pid') return null;
    if (signal) {
      const lit = literalOf(signal);
      if (lit.kind === 'number' && lit.value === 0) return null;
    }
    return { call, label };
  }
  return null;
}

/** `exit` for `process.exit` (the global, or `import process from 'node:process'`), else null. */
function processMethod(expr: Node, resolver: JsResolver): string | null {
  const dotted = dottedName(expr);
  if (dotted?.startsWith('process.') && dotted.split('.').length === 2) {
    const root = (expr as TSESTree.MemberExpression).object;
    const binding = root.type === 'Identifier' ? resolver.bindingOf(root) : undefined;
    if (!binding) return dotted.slice('process.'.length);
  }
  const ref = resolver.resolve(expr);
  if (ref?.module === 'process' && ref.path.length === 1) return ref.path[0]!;
  return null;
}

export type WatchdogSite =
  | { kind: 'timer'; callback: FunctionNode; schedule: TSESTree.CallExpression | TSESTree.NewExpression }
  | { kind: 'loop'; loop: LoopNode; fn: FunctionNode };

/** Map from interval callbacks to the `setInterval` calls that run them. */
export function intervalCallbacks(program: TSESTree.Program, resolver: JsResolver): Map<FunctionNode, TSESTree.CallExpression | TSESTree.NewExpression> {
  const out = new Map<FunctionNode, TSESTree.CallExpression | TSESTree.NewExpression>();
  walk(program, (n) => {
    if (n.type !== 'CallExpression' && n.type !== 'NewExpression') return true;
    const s = scheduledCallback(n, resolver);
    if (s && (s.kind === 'interval' || s.kind === 'cron')) out.set(s.callback, n);
    return true;
  });
  return out;
}

/** The repeating context a self-kill runs in: an interval callback, or an infinite loop that awaits. */
export function watchdogSite(call: Node, intervals: Map<FunctionNode, TSESTree.CallExpression | TSESTree.NewExpression>): WatchdogSite | null {
  const fn = enclosingFunction(call);
  if (!fn) return null;
  const schedule = intervals.get(fn);
  if (schedule) return { kind: 'timer', callback: fn, schedule };
  for (const a of ancestors(call)) {
    if (a === fn) break;
    if (isLoop(a) && isInfiniteLoop(a) && fn.async && ownAwaits(fn).some((w) => contains(a, w))) return { kind: 'loop', loop: a, fn };
  }
  return null;
}

/**
 * The conditions under which `node` runs, inside `boundary`: tests of enclosing `if`s, `?:` and
 * `&&`/`||`, and of earlier `if (…) return;` / `continue;` guards in enclosing blocks.
 */
export function conditionsOf(node: Node, boundary: Node): Node[] {
  const out: Node[] = [];
  let child: Node = node;
  for (const a of ancestors(node)) {
    if (a === boundary) break;
    if ((a.type === 'IfStatement' || a.type === 'ConditionalExpression') && child !== a.test) out.push(a.test);
    if (a.type === 'LogicalExpression' && child === a.right) out.push(a.left);
    if (a.type === 'BlockStatement' || a.type === 'Program') {
      for (const s of a.body) {
        if (s === child) break;
        if (s.type === 'IfStatement' && endsFlow(s.consequent)) out.push(s.test);
      }
    }
    child = a;
  }
  return out;
}

function endsFlow(s: TSESTree.Statement): boolean {
  if (s.type === 'ReturnStatement' || s.type === 'ContinueStatement') return true;
  if (s.type === 'BlockStatement') {
    const last = s.body.at(-1);
    return last !== undefined && (last.type === 'ReturnStatement' || last.type === 'ContinueStatement');
  }
  return false;
}

/** Words of a condition about a liveness timestamp going stale. */
const STALE_WORDS = new Set([
  'last', 'stale', 'heartbeat', 'heartbeats', 'alive', 'liveness', 'idle', 'since', 'elapsed', 'lag', 'ping', 'pong',
  'activity', 'seen', 'beat', 'hung', 'stuck', 'silence', 'silent', 'updated', 'watchdog', 'deadline', 'overdue',
  'frozen', 'unresponsive',
]);
const CLOCK_CALLS = new Set(['Date.now', 'performance.now', 'process.hrtime', 'process.hrtime.bigint', 'Date.parse']);

/** Whether a condition compares clocks or liveness timestamps. */
export function isStalenessCondition(test: Node): boolean {
  if (mentionsAny(test, STALE_WORDS)) return true;
  let clock = false;
  walk(test, (n) => {
    if (clock || isFunction(n)) return false;
    if (n.type === 'CallExpression') {
      const d = dottedName(n.callee);
      if ((d !== null && CLOCK_CALLS.has(d)) || methodName(n) === 'getTime' || methodName(n) === 'now') clock = true;
    }
    if (n.type === 'NewExpression' && dottedName(n.callee) === 'Date') clock = true;
    return true;
  });
  return clock;
}

/** Words of names that measure time since start or gate on readiness: `startedAt`, `process.uptime()`, `GRACE_MS`. */
const GRACE_WORDS = new Set([
  'start', 'started', 'startup', 'boot', 'booted', 'booting', 'launch', 'launched', 'uptime', 'grace', 'warmup', 'warm',
  'ready', 'initialized', 'initialised',
]);

/**
 * Whether the watchdog has a startup grace: its body mentions a start time or readiness, its
 * `setInterval` is armed from a `setTimeout` callback or after an awaited sleep, or its loop's
 * function sleeps before the loop.
 */
export function hasStartupGrace(site: WatchdogSite, resolver: JsResolver): boolean {
  if (site.kind === 'timer') {
    if (mentionsAny(site.callback.body, GRACE_WORDS)) return true;
    for (const a of ancestors(site.schedule)) {
      if (!isFunction(a)) continue;
      const parent = a.parent;
      if (parent && (parent.type === 'CallExpression' || parent.type === 'NewExpression')) {
        const s = scheduledCallback(parent, resolver);
        if (s?.callback === a && s.kind === 'timeout') return true;
      }
      break;
    }
    const fn = enclosingFunction(site.schedule);
    return fn !== null && sleepsBefore(fn, site.schedule);
  }
  if (mentionsAny(site.loop, GRACE_WORDS)) return true;
  return sleepsBefore(site.fn, site.loop);
}

/** An awaited sleep in `fn`'s own body that ends before `node` starts and is not inside it. */
function sleepsBefore(fn: FunctionNode, node: Node): boolean {
  return ownAwaits(fn).some((a) => a.type === 'AwaitExpression' && a.range[1] <= node.range[0] && isSleep(a.argument));
}
