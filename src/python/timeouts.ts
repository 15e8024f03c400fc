/**
 * Time bounds around awaited work: `asyncio.wait_for(x, t)`, `async with asyncio.timeout(t)`,
 * `async_timeout.timeout(t)`, anyio's and trio's `fail_after`/`move_on_after`. Used by the rules
 * that report waits with no bound (PY004 worker iterations, PY009 pool acquires, PY010 locks).
 */
import { argument, kwarg, positionalArg } from './calls.js';
import { withInfo } from './context.js';
import { importedCallee } from './libraries.js';
import { walk, type PyNode } from './node.js';
import type { PyResolver } from './resolve.js';

const WAIT_FOR = new Set(['asyncio.wait_for', 'asyncio.tasks.wait_for']);

const TIMEOUT_SCOPES = new Set([
  'asyncio.timeout',
  'asyncio.timeout_at',
  'asyncio.timeouts.timeout',
  'asyncio.timeouts.timeout_at',
  'async_timeout.timeout',
  'async_timeout.timeout_at',
  'anyio.fail_after',
  'anyio.move_on_after',
  'trio.fail_after',
  'trio.fail_at',
  'trio.move_on_after',
  'trio.move_on_at',
]);

const BOUNDARIES = new Set(['function_definition', 'lambda', 'class_definition']);

/** `asyncio.wait_for(aw, timeout)` with a timeout that is not `None`. */
export function isWaitFor(call: PyNode, resolver: PyResolver): boolean {
  const name = importedCallee(call, resolver);
  if (name === null || !WAIT_FOR.has(name)) return false;
  const timeout = argument(call, 1, 'timeout');
  // `wait_for(x, None)` waits forever; a missing timeout is a TypeError, so treat it as bounded.
  return !timeout || timeout.type !== 'none';
}

/** A context manager call that bounds its block: `asyncio.timeout(10)` (not `asyncio.timeout(None)`). */
export function isTimeoutScope(call: PyNode, resolver: PyResolver): boolean {
  const name = importedCallee(call, resolver);
  if (name === null || !TIMEOUT_SCOPES.has(name)) return false;
  const first = positionalArg(call, 0) ?? kwarg(call, 'delay')?.value ?? kwarg(call, 'seconds')?.value;
  return !first || first.type !== 'none';
}

/**
 * Whether `node` runs under a time bound within its own function: it is inside the awaitable
 * argument of `asyncio.wait_for(...)`, or inside the body of `async with asyncio.timeout(...)`.
 */
export function underTimeout(node: PyNode, resolver: PyResolver): boolean {
  let child = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (BOUNDARIES.has(n.type)) return false;
    if (n.type === 'call' && child.field === 'arguments' && isWaitFor(n, resolver)) return true;
    if (n.type === 'with_statement' && child.field === 'body') {
      for (const item of withInfo(n).items) if (item.expr.type === 'call' && isTimeoutScope(item.expr, resolver)) return true;
    }
  }
  return false;
}

/** Whether any `wait_for` or timeout scope is written under `root` (nested functions excluded). */
export function containsTimeoutBound(root: PyNode, resolver: PyResolver): boolean {
  let found = false;
  walk(root, (n) => {
    if (found) return false;
    if (n !== root && BOUNDARIES.has(n.type)) return false;
    if (n.type === 'call' && (isWaitFor(n, resolver) || isTimeoutScope(n, resolver))) found = true;
    return !found;
  });
  return found;
}

/** A `timeout=` keyword that bounds the call: present and not `None`. */
export function hasTimeoutKeyword(call: PyNode, name = 'timeout'): boolean {
  const kw = kwarg(call, name);
  return kw !== undefined && !kw.isNone;
}
