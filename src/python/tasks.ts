/**
 * Functions of a module that run as background workers: thread and process targets, asyncio tasks,
 * executor jobs. Worker-loop rules (PY002, PY003, PY013) use this to look at the functions whose
 * loops keep a service alive, not only at `async def`s.
 */
import { argument, callArguments, methodName, positionalArg } from './calls.js';
import { functionInfo } from './context.js';
import { unparenthesize, walk, type PyNode } from './node.js';
import type { PyResolver } from './resolve.js';
import { getOrMake } from '../multimap.js';

export type StartKind = 'thread' | 'process' | 'task' | 'executor';

export interface StartedFunction {
  /** The `function_definition` that runs in the background. */
  fn: PyNode;
  kind: StartKind;
  /** Where it is started: the call (`threading.Thread(target=worker)`) or the Thread subclass. */
  site: PyNode;
}

/** Calls whose positional arguments are coroutines to run as tasks: `asyncio.create_task(worker())`. */
const COROUTINE_RUNNERS = new Set([
  'create_task',
  'ensure_future',
  'run_coroutine_threadsafe',
  'gather',
  'run_until_complete',
  'wait_for',
  'shield',
]);

/** Calls taking a function to run elsewhere, with the index of that argument. */
const FUNCTION_RUNNERS: Record<string, number> = {
  to_thread: 0,
  run_in_executor: 1,
  submit: 0,
  start_soon: 0,
  spawn: 0,
  start_new_thread: 0,
};

const THREAD_CLASSES = new Set(['threading.Thread', 'Thread', 'threading.Timer']);
const PROCESS_CLASSES = new Set(['multiprocessing.Process', 'Process', 'multiprocessing.context.Process']);

const startedCache = new WeakMap<PyResolver, Map<PyNode, readonly StartedFunction[]>>();

/**
 * Every function of the module started as a thread, process, task or executor job. Computed once
 * per tree: several rules ask (PY002, PY003, PY004, SH010), and resolving every call of a module is
 * one of the larger costs of a Python run.
 */
export function startedFunctions(root: PyNode, resolver: PyResolver): readonly StartedFunction[] {
  const byRoot = getOrMake(startedCache, resolver, () => new Map());
  return getOrMake(byRoot, root, () => findStartedFunctions(root, resolver));
}

function findStartedFunctions(root: PyNode, resolver: PyResolver): StartedFunction[] {
  const out: StartedFunction[] = [];
  const mayStartByName = /Thread|Timer|Process|\brun\b/.test(root.text);
  const add = (ref: PyNode | undefined, kind: StartKind, site: PyNode) => {
    const fn = ref ? functionReferenced(ref, resolver) : undefined;
    if (fn && !out.some((s) => s.fn === fn)) out.push({ fn, kind, site });
  };
  walk(root, (n) => {
    if (n.type === 'class_definition') {
      // `class Worker(threading.Thread): def run(self): ...`
      const bases = n.child('superclasses')?.namedChildren ?? [];
      const kind = bases.some((b) => THREAD_CLASSES.has(resolver.qualifiedName(b) ?? ''))
        ? 'thread'
        : bases.some((b) => PROCESS_CLASSES.has(resolver.qualifiedName(b) ?? ''))
          ? 'process'
          : null;
      if (kind) {
        for (const member of n.child('body')?.children ?? []) {
          const def = member.type === 'decorated_definition' ? member.child('definition') : member;
          if (def?.type === 'function_definition' && def.child('name')?.text === 'run' && !out.some((s) => s.fn === def)) {
            out.push({ fn: def, kind, site: n });
          }
        }
      }
      return true;
    }
    if (n.type !== 'call') return true;
    const method = methodName(n) ?? '';
    // Resolving every call of a module is costly; a module whose text names no thread, process or
    // `run` cannot resolve a callee to one (a qualified name is spelled from names in the text).
    const qualified = mayStartByName || COROUTINE_RUNNERS.has(method) ? (resolver.calleeQualifiedName(n) ?? '') : '';
    if (THREAD_CLASSES.has(qualified) || PROCESS_CLASSES.has(qualified)) {
      const kind = THREAD_CLASSES.has(qualified) ? 'thread' : 'process';
      // Thread(group=None, target=None, ...); Timer(interval, function, ...)
      const target = qualified.endsWith('Timer')
        ? argument(n, 1, 'function')
        : argument(n, 1, 'target');
      add(target, kind, n);
    } else if (COROUTINE_RUNNERS.has(method) || /^(asyncio|uvloop|anyio|trio)\.run$/.test(qualified)) {
      for (const arg of callArguments(n).positional) {
        const a = unparenthesize(arg);
        if (a.type === 'call') add(a.child('function'), 'task', n);
        else if (qualified.startsWith('anyio.') || qualified.startsWith('trio.')) add(a, 'task', n);
      }
    } else if (method in FUNCTION_RUNNERS) {
      const index = FUNCTION_RUNNERS[method]!;
      const kind = method === 'submit' || method === 'run_in_executor' ? 'executor' : method === 'start_soon' ? 'task' : 'thread';
      add(callArguments(n).positional[index], kind, n);
    }
    return true;
  });
  return out;
}

/**
 * The `def` an expression refers to: a function name (`worker`), a method through the first
 * parameter (`self.worker`), or the function wrapped by `functools.partial(worker, ...)`.
 */
export function functionReferenced(expr: PyNode, resolver: PyResolver): PyNode | undefined {
  let e = unparenthesize(expr);
  // `partial(partial(f, 1), 2)`: unwrap iteratively.
  for (let i = 0; i < 16 && e.type === 'call' && /(^|\.)partial$/.test(resolver.calleeQualifiedName(e) ?? ''); i++) {
    const first = positionalArg(e, 0);
    if (!first) return undefined;
    e = unparenthesize(first);
  }
  if (e.type === 'identifier') {
    const b = resolver.bindingOf(e);
    return b?.kind === 'def' && b.value?.type === 'function_definition' ? b.value : undefined;
  }
  if (e.type === 'attribute') {
    const obj = e.child('object');
    const attr = e.child('attribute')?.text;
    if (obj?.type !== 'identifier' || !attr) return undefined;
    const b = resolver.bindingOf(obj);
    if (b?.kind !== 'parameter') return undefined;
    const info = functionInfo(b.scope);
    if (!info.classNode) return undefined;
    for (const member of info.classNode.child('body')?.children ?? []) {
      const def = member.type === 'decorated_definition' ? member.child('definition') : member;
      if (def?.type === 'function_definition' && def.child('name')?.text === attr) return def;
    }
    return undefined;
  }
  return undefined;
}
