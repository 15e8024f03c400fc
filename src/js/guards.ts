/**
 * Whether an `await` can throw into its function: the question behind TS002 (async timer
 * callbacks) and TS003 (worker loops). An await is guarded when a `try { } catch` around it sits in
 * the same function (any enclosing one, not only the innermost; `try/finally` alone does not
 * count), when the awaited promise carries its own rejection handler (`.catch(…)`,
 * `.then(ok, fail)`), or when the awaited thing cannot reject in practice: a sleep
 * (`sleep(ms)`, `delay(ms)`, `setTimeout(ms)` from `timers/promises`,
 * `new Promise((r) => setTimeout(r, ms))`), `Promise.allSettled(…)`, or a plain value.
 */
import { unwrapExpression, walk, type Node, type TSESTree } from './ast.js';
import { enclosingTryCatches, functionValue, hasCatchHandler, isFunction, ownAwaits, type FunctionNode } from './context.js';
import { dottedName, literalOf, methodName, propertyName } from './literals.js';
import { classOfThis, type JsResolver } from './resolve.js';
import { nameWords } from './names.js';

export type AwaitNode = TSESTree.AwaitExpression | TSESTree.ForOfStatement;

/** Names of helpers that only wait: `sleep(1000)`, `delay(ms)`, `this.wait(5)`, `setTimeout(ms)`. */
const SLEEP_NAME = /^(sleep|delay|wait|pause|snooze|setTimeout)(Ms|Millis|Seconds|Secs|Sec)?$/i;

/** Whether an expression only waits: `sleep(1000)`, `delay(ms)`, `new Promise((r) => setTimeout(r, ms))`. */
export function isSleep(expr: Node): boolean {
  const e = unwrapExpression(expr);
  if (e.type === 'CallExpression') return SLEEP_NAME.test(methodName(e) ?? '');
  return e.type === 'NewExpression' && dottedName(e.callee) === 'Promise' && isTimerPromise(e);
}

/** Whether an awaited expression is a sleep or otherwise cannot reject. */
export function cannotReject(expr: Node): boolean {
  const e = unwrapExpression(expr);
  if (literalOf(e).kind !== 'unknown' || isSleep(e)) return true;
  if (e.type === 'CallExpression') {
    const dotted = dottedName(e.callee);
    if (dotted === 'Promise.allSettled' || dotted === 'Promise.resolve') return true;
    // `Promise.all([a().catch(h), b().catch(h)])`: every member has its own handler.
    if ((dotted === 'Promise.all' || dotted === 'Promise.race' || dotted === 'Promise.any') && e.arguments[0]?.type === 'ArrayExpression') {
      const items = e.arguments[0].elements;
      return items.length > 0 && items.every((x) => x !== null && x.type !== 'SpreadElement' && (hasCatchHandler(x) || cannotReject(x)));
    }
    return false;
  }
  return false;
}

/**
 * `new Promise((resolve) => setTimeout(resolve, ms))`: an executor without a `reject` parameter that
 * arms a timer and throws nothing never rejects.
 */
function isTimerPromise(e: TSESTree.NewExpression): boolean {
  const executor = e.arguments[0] ? unwrapExpression(e.arguments[0]) : undefined;
  if (!executor || !isFunction(executor) || executor.params.length > 1) return false;
  let timer = false;
  let throws = false;
  walk(executor.body, (n) => {
    if (n.type === 'ThrowStatement') throws = true;
    if (n.type === 'CallExpression' && /^(setTimeout|setImmediate)$/.test(methodName(n) ?? '')) timer = true;
    return !isFunction(n);
  });
  return timer && !throws;
}

const MAX_FOLLOW = 3;

/**
 * Whether an await (or `for await`) is caught in its function or cannot reject. With a resolver,
 * an awaited call of an async function or method declared in the same file is followed (three
 * levels deep): it cannot reject when every await in it is guarded, it throws only inside
 * `try`/`catch`, and it returns no un-awaited promise.
 */
export function isGuardedAwait(node: AwaitNode, resolver?: JsResolver, depth = 0): boolean {
  if (enclosingTryCatches(node).length > 0) return true;
  if (node.type !== 'AwaitExpression') return false;
  if (hasCatchHandler(node) || cannotReject(node.argument)) return true;
  if (!resolver || depth >= MAX_FOLLOW) return false;
  const call = unwrapExpression(node.argument);
  if (call.type !== 'CallExpression') return false;
  const fn = localCallee(call, resolver);
  if (fn) return neverRejects(fn, resolver, depth + 1);
  if (asksNotToThrow(call)) return true;
  // A helper that says it guards (`this.checkConnectionError(() => …)`, `safeCall(…)`), declared
  // elsewhere (a base class, another module): taken at its word.
  if (nameWords(methodName(call) ?? '').some((w) => GUARD_WORDS.has(w))) return true;
  // A wrapper that runs an inline callback which cannot reject (`await trace('x', async () => {
  // try { … } catch { … } })`): what can fail is inside the callback, and it is caught there.
  return call.arguments.some((a) => {
    const f = unwrapExpression(a);
    return isFunction(f) && f.async && neverRejects(f, resolver, depth + 1);
  });
}

/** `run(id, { throwOnError: false })`, `fetch(url, { reject: false })`: the call is asked not to reject. */
function asksNotToThrow(call: TSESTree.CallExpression): boolean {
  return call.arguments.some((a) => {
    const o = unwrapExpression(a);
    if (o.type !== 'ObjectExpression') return false;
    return o.properties.some((p) => {
      if (p.type !== 'Property') return false;
      const words = nameWords(propertyName(p) ?? '');
      const lit = literalOf(p.value);
      return (words.includes('throw') || words.includes('reject')) && lit.kind === 'boolean' && !lit.value;
    });
  });
}

/** Words of helper names that promise to handle errors themselves. */
const GUARD_WORDS = new Set(['safe', 'safely', 'try', 'catch', 'catching', 'guard', 'guarded', 'error', 'errors', 'silent', 'silently', 'quiet', 'quietly', 'ignore', 'ignoring']);

/** The awaits of `fn`'s own body (not nested functions) that can reject out of it, in source order. */
export function unguardedAwaits(fn: FunctionNode, within: Node = fn, resolver?: JsResolver): AwaitNode[] {
  return ownAwaits(fn).filter((a) => a.range[0] >= within.range[0] && a.range[1] <= within.range[1] && !isGuardedAwait(a, resolver));
}

/** The async function a call runs, when it is declared in this file: `check()`, `this.check()`. */
export function localCallee(expr: Node, resolver: JsResolver): FunctionNode | null {
  const call = unwrapExpression(expr);
  if (call.type !== 'CallExpression') return null;
  const callee = unwrapExpression(call.callee);
  let fn: FunctionNode | null = null;
  if (callee.type === 'Identifier') fn = functionValue(callee, resolver);
  else if (callee.type === 'MemberExpression' && unwrapExpression(callee.object).type === 'ThisExpression') {
    const cls = classOfThis(callee.object);
    const name = propertyName(callee);
    const method = cls?.body.find((m) => m.type === 'MethodDefinition' && m.kind === 'method' && propertyName(m) === name);
    if (method?.type === 'MethodDefinition' && method.value.type === 'FunctionExpression') fn = method.value;
  }
  return fn;
}

/** Whether a function declared in this file can never reject (see `neverRejects`), followed three levels deep. */
export function functionNeverRejects(fn: FunctionNode, resolver: JsResolver): boolean {
  return neverRejects(fn, resolver, 1);
}

/**
 * An async function whose awaits are guarded and that throws and returns nothing that can reject,
 * or a plain function that only returns promises that cannot reject (`function timer(ms) { return
 * new Promise((r) => setTimeout(r, ms)); }`).
 */
function neverRejects(fn: FunctionNode, resolver: JsResolver, depth: number): boolean {
  if (!fn.async) return returnsOnly(fn, cannotReject);
  if (fn.body.type !== 'BlockStatement') return fn.body.type === 'AwaitExpression' ? isGuardedAwait(fn.body, resolver, depth) : cannotReject(fn.body);
  let risky = false;
  walk(fn.body, (n) => {
    if (risky || isFunction(n)) return false;
    if (n.type === 'ThrowStatement' && enclosingTryCatches(n).length === 0) risky = true;
    if (n.type === 'ReturnStatement' && n.argument && enclosingTryCatches(n).length === 0) {
      const arg = unwrapExpression(n.argument);
      if ((arg.type === 'CallExpression' || arg.type === 'NewExpression') && !cannotReject(arg) && !hasCatchHandler(arg)) risky = true;
    }
    return true;
  });
  return !risky && ownAwaits(fn).every((a) => isGuardedAwait(a, resolver, depth));
}

/** Whether every value `fn` returns passes `ok`, and it throws nothing outside try/catch. */
function returnsOnly(fn: FunctionNode, ok: (expr: Node) => boolean): boolean {
  if (fn.body.type !== 'BlockStatement') return ok(fn.body);
  let returns = 0;
  let bad = false;
  walk(fn.body, (n) => {
    if (bad || isFunction(n)) return false;
    if (n.type === 'ThrowStatement') bad = true;
    if (n.type === 'ReturnStatement') {
      returns++;
      if (!n.argument || !ok(n.argument)) bad = true;
    }
    return true;
  });
  return returns > 0 && !bad;
}
