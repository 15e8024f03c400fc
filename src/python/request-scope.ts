/**
 * Objects made for one request and dropped after it: a client stored on Flask's `g` (the
 * application context of one request), or made by a request-scoped dependency — a function handed
 * to FastAPI's `Depends(...)`, or a generator that yields the object it made (`client = Redis();
 * yield client; client.close()`). A connection pool made there serves one request, so its bound
 * (`max_connections`) is moot: PY008 leaves such clients alone.
 */
import { enclosingFunction, type FunctionInfo } from './context.js';
import { calls } from './calls.js';
import { walk, type PyNode } from './node.js';
import type { PyResolver } from './resolve.js';

const BOUNDARIES = new Set(['function_definition', 'lambda', 'class_definition']);

/** Whether the object `call` makes lives for one request only. */
export function createdPerRequest(call: PyNode, root: PyNode, resolver: PyResolver): boolean {
  const target = assignedTo(call);
  // `g.redis = Redis(...)`: flask.g is torn down with the request's application context.
  if (target?.type === 'attribute' && resolver.qualifiedName(target.child('object')!) === 'flask.g') return true;
  const fn = enclosingFunction(call);
  if (!fn || fn.kind !== 'def' || !fn.name || cached(fn)) return false;
  if (handedToDepends(fn.name, root, resolver)) return true;
  // A generator that yields what it made hands it to one caller (a dependency, a `with` block).
  const yielded = target?.type === 'identifier' ? target.text : undefined;
  return yieldsValue(fn, (v) => v === call || (yielded !== undefined && v.type === 'identifier' && v.text === yielded));
}

/** The left side of `x = <call>` / `x: T = <call>` (through `await`), if the call is the whole value. */
function assignedTo(call: PyNode): PyNode | undefined {
  let value = call;
  let p = call.parent;
  while (p && (p.type === 'await' || p.type === 'parenthesized_expression')) {
    value = p;
    p = p.parent;
  }
  if (p?.type !== 'assignment' || p.child('right') !== value) return undefined;
  return p.child('left');
}

/** `@lru_cache` / `@cache` / `@functools.cache`: one object for the whole process after all. */
function cached(fn: FunctionInfo): boolean {
  const decorated = fn.node.parent?.type === 'decorated_definition' ? fn.node.parent : undefined;
  return decorated?.namedChildren.some((d) => d.type === 'decorator' && /\b(lru_cache|cache|cached_property|singleton)\b/.test(d.text)) ?? false;
}

/** `Depends(name)` anywhere in the module (FastAPI's dependency injection, per request). */
function handedToDepends(name: string, root: PyNode, resolver: PyResolver): boolean {
  for (const c of calls(root)) {
    const callee = resolver.calleeQualifiedName(c) ?? c.child('function')?.text ?? '';
    if (!/(^|\.)Depends$/.test(callee)) continue;
    const first = c.child('arguments')?.namedChildren[0];
    if (first?.type === 'identifier' && first.text === name) return true;
    if (first?.type === 'keyword_argument' && first.child('name')?.text === 'dependency' && first.child('value')?.text === name) return true;
  }
  return false;
}

function yieldsValue(fn: FunctionInfo, matches: (value: PyNode) => boolean): boolean {
  if (!fn.body) return false;
  let found = false;
  walk(fn.body, (n) => {
    if (found || BOUNDARIES.has(n.type)) return false;
    if (n.type === 'yield') {
      const v = n.namedChildren[0];
      if (v && matches(v)) found = true;
    }
    return !found;
  });
  return found;
}
