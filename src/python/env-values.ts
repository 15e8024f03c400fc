/**
 * What a setting evaluates to when the environment variables it reads are unset: the value of
 * `os.getenv("DEBUG", "True") == "True"`, `env.bool("DJANGO_DEBUG", default=True)` or
 * `config("DEBUG", default=False, cast=bool)` on a machine where nobody set `DEBUG`. Used to tell
 * "debug unless turned off" from "debug only when turned on".
 *
 * Understood: literals, tuples/lists/sets of them, names bound once to such values; environment reads
 * through `os.getenv`, `os.environ.get`/`setdefault`, python-decouple's `config(…)` and
 * django-environ's `env(…)`/`env.bool(…)` (with defaults declared in `environ.Env(DEBUG=(bool, True))`);
 * `bool`, `int`, `str`, `strtobool`, `json.loads`, string `.lower()`/`.upper()`/`.strip()`/
 * `.casefold()`/`.split(sep)`; comparisons, `in`, `not`, `and`, `or`. Anything else is `unknown`.
 */
import { callArguments, kwarg, methodName, receiver } from './calls.js';
import { literalOf } from './literals.js';
import { unparenthesize, type PyNode } from './node.js';
import type { PyResolver } from './resolve.js';

export type EnvValue =
  | { kind: 'none' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'seq'; items: EnvValue[] }
  | { kind: 'unknown' };

export interface Evaluation {
  value: EnvValue;
  /** The names of the environment variables read on the way (empty for a plain literal). */
  variables: string[];
}

const UNKNOWN: EnvValue = { kind: 'unknown' };
const MAX_DEPTH = 12;
const ENV_READS = new Set(['os.getenv', 'os.environ.get', 'os.environ.setdefault', 'posix.environ.get']);
const DECOUPLE = /^(decouple|prettyconf)\.config$/;
const TRUE_WORDS = new Set(['y', 'yes', 't', 'true', 'on', '1', 'ok']);
const FALSE_WORDS = new Set(['n', 'no', 'f', 'false', 'off', '0', '']);

/** Evaluate `expr` as if every environment variable it reads were unset. */
export function evaluateUnsetEnv(expr: PyNode, resolver: PyResolver): Evaluation {
  const variables: string[] = [];
  const value = evaluate(expr, resolver, variables, 0);
  return { value, variables };
}

/** Python truthiness of a value; undefined when unknown. */
export function truthy(v: EnvValue): boolean | undefined {
  switch (v.kind) {
    case 'none':
      return false;
    case 'bool':
      return v.value;
    case 'number':
      return v.value !== 0;
    case 'string':
      return v.value.length > 0;
    case 'seq':
      return v.items.length > 0;
    default:
      return undefined;
  }
}

function evaluate(expr: PyNode, resolver: PyResolver, vars: string[], depth: number): EnvValue {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const e = unparenthesize(expr);
  const lit = literalOf(e);
  if (lit.kind !== 'unknown') return lit;
  const next = (n: PyNode) => evaluate(n, resolver, vars, depth + 1);
  switch (e.type) {
    case 'tuple':
    case 'list':
    case 'set':
      return { kind: 'seq', items: e.namedChildren.filter((c) => c.type !== 'comment').map(next) };
    case 'identifier': {
      const b = resolver.bindingOf(e);
      return b?.kind === 'assign' && b.value ? next(b.value) : UNKNOWN;
    }
    case 'not_operator': {
      const arg = e.child('argument');
      const t = arg ? truthy(next(arg)) : undefined;
      return t === undefined ? UNKNOWN : { kind: 'bool', value: !t };
    }
    case 'boolean_operator': {
      const left = e.child('left');
      const right = e.child('right');
      const op = e.child('operator')?.type;
      if (!left || !right) return UNKNOWN;
      const l = next(left);
      const t = truthy(l);
      if (t === undefined) return UNKNOWN;
      if (op === 'and') return t ? next(right) : l;
      if (op === 'or') return t ? l : next(right);
      return UNKNOWN;
    }
    case 'comparison_operator':
      return compare(e, next);
    case 'call':
      return evaluateCall(e, resolver, vars, depth, next);
    default:
      return UNKNOWN;
  }
}

function evaluateCall(call: PyNode, resolver: PyResolver, vars: string[], depth: number, next: (n: PyNode) => EnvValue): EnvValue {
  const args = callArguments(call);
  const first = args.positional[0];
  const name = resolver.calleeQualifiedName(call) ?? '';
  const method = methodName(call) ?? '';
  // String methods on a value: `os.getenv("DEBUG", "False").lower()`.
  if (['lower', 'upper', 'strip', 'casefold', 'title'].includes(method) && !first) {
    const recv = receiver(call);
    const v = recv ? next(recv) : UNKNOWN;
    if (v.kind !== 'string') return v.kind === 'none' ? UNKNOWN : v;
    if (method === 'lower' || method === 'casefold') return { kind: 'string', value: v.value.toLowerCase() };
    if (method === 'upper') return { kind: 'string', value: v.value.toUpperCase() };
    if (method === 'strip') return { kind: 'string', value: v.value.trim() };
    return v;
  }
  // `os.getenv("ALLOWED_HOSTS", "*").split(",")`: a list of the pieces.
  if (method === 'split' && args.positional.length <= 1 && args.keywords.length === 0) {
    const recv = receiver(call);
    const v = recv ? next(recv) : UNKNOWN;
    const sep = first ? literalOf(first) : { kind: 'none' as const };
    if (v.kind !== 'string' || (sep.kind !== 'string' && sep.kind !== 'none')) return UNKNOWN;
    const pieces = sep.kind === 'string' && sep.value !== '' ? v.value.split(sep.value) : v.value.split(/\s+/).filter(Boolean);
    return { kind: 'seq', items: pieces.map((value) => ({ kind: 'string', value })) };
  }
  if (ENV_READS.has(name)) {
    recordVariable(first, vars);
    const def = args.positional[1] ?? kwarg(call, 'default')?.value;
    return def ? next(def) : { kind: 'none' };
  }
  if (DECOUPLE.test(name)) {
    recordVariable(first, vars);
    const def = kwarg(call, 'default')?.value ?? args.positional[1];
    // Without a default, decouple raises when the variable is unset: nothing runs in debug.
    if (!def) return UNKNOWN;
    const cast = kwarg(call, 'cast')?.value;
    const v = next(def);
    return cast && cast.text === 'bool' ? toBool(v) : v;
  }
  // django-environ: `env = environ.Env(DEBUG=(bool, False))`, then `env("DEBUG")` / `env.bool("DEBUG", default=True)`.
  if (/^environ\.(Env|FileAwareEnv)(\.(bool|str|int|__call__))?$/.test(name) && first) {
    recordVariable(first, vars);
    const def = kwarg(call, 'default')?.value ?? args.positional[1];
    const isBool = name.endsWith('.bool');
    let v: EnvValue = UNKNOWN;
    if (def) v = next(def);
    else {
      const scheme = schemeDefault(call, first, resolver, next);
      if (!scheme) return UNKNOWN;
      v = scheme.value;
      if (scheme.cast === 'bool') return toBool(v);
    }
    return isBool ? toBool(v) : v;
  }
  if (!first || args.positional.length !== 1) return UNKNOWN;
  const plain = call.child('function')?.text ?? '';
  if (plain === 'bool') return truthy(next(first)) === undefined ? UNKNOWN : { kind: 'bool', value: truthy(next(first))! };
  if (plain === 'str') {
    const v = next(first);
    if (v.kind === 'string') return v;
    if (v.kind === 'bool') return { kind: 'string', value: v.value ? 'True' : 'False' };
    if (v.kind === 'number') return { kind: 'string', value: String(v.value) };
    return UNKNOWN;
  }
  if (plain === 'int') {
    const v = next(first);
    if (v.kind === 'number') return { kind: 'number', value: Math.trunc(v.value) };
    if (v.kind === 'bool') return { kind: 'number', value: v.value ? 1 : 0 };
    if (v.kind === 'string' && /^\s*[-+]?\d+\s*$/.test(v.value)) return { kind: 'number', value: parseInt(v.value, 10) };
    return UNKNOWN;
  }
  if (/(^|\.)strtobool$/.test(name) || plain === 'strtobool') {
    const v = toBool(next(first));
    return v.kind === 'bool' ? { kind: 'number', value: v.value ? 1 : 0 } : UNKNOWN;
  }
  if (name === 'json.loads') {
    const v = next(first);
    if (v.kind === 'string' && (v.value === 'true' || v.value === 'false')) return { kind: 'bool', value: v.value === 'true' };
    return UNKNOWN;
  }
  return UNKNOWN;
}

/** decouple/environ/strtobool reading of a value as a boolean. */
function toBool(v: EnvValue): EnvValue {
  if (v.kind === 'bool') return v;
  if (v.kind === 'number') return { kind: 'bool', value: v.value !== 0 };
  if (v.kind === 'string') {
    const w = v.value.trim().toLowerCase();
    if (TRUE_WORDS.has(w)) return { kind: 'bool', value: true };
    if (FALSE_WORDS.has(w)) return { kind: 'bool', value: false };
  }
  if (v.kind === 'none') return { kind: 'bool', value: false };
  return UNKNOWN;
}

function compare(e: PyNode, next: (n: PyNode) => EnvValue): EnvValue {
  const operands = e.namedChildren.filter((c) => c.type !== 'comment');
  const ops = e.children.filter((c) => !c.named).map((c) => c.type);
  // `a == b` only (chained comparisons are rare in settings).
  if (operands.length !== 2) return UNKNOWN;
  const op = ops.join(' ');
  const a = next(operands[0]!);
  const b = next(operands[1]!);
  if (a.kind === 'unknown' || b.kind === 'unknown') return UNKNOWN;
  switch (op) {
    case '==':
      return { kind: 'bool', value: equal(a, b) };
    case '!=':
      return { kind: 'bool', value: !equal(a, b) };
    case 'is':
      return a.kind === 'none' || b.kind === 'none' || a.kind === 'bool' ? { kind: 'bool', value: equal(a, b) } : UNKNOWN;
    case 'is not':
      return a.kind === 'none' || b.kind === 'none' || a.kind === 'bool' ? { kind: 'bool', value: !equal(a, b) } : UNKNOWN;
    case 'in':
    case 'not in': {
      let found: boolean | undefined;
      if (b.kind === 'seq') found = b.items.some((x) => equal(a, x));
      else if (b.kind === 'string' && a.kind === 'string') found = b.value.includes(a.value);
      if (found === undefined) return UNKNOWN;
      return { kind: 'bool', value: op === 'in' ? found : !found };
    }
    default:
      return UNKNOWN;
  }
}

function equal(a: EnvValue, b: EnvValue): boolean {
  const num = (v: EnvValue) => (v.kind === 'number' ? v.value : v.kind === 'bool' ? (v.value ? 1 : 0) : undefined);
  const x = num(a);
  const y = num(b);
  if (x !== undefined && y !== undefined) return x === y;
  if (a.kind === 'string' && b.kind === 'string') return a.value === b.value;
  return a.kind === 'none' && b.kind === 'none';
}

function recordVariable(nameArg: PyNode | undefined, vars: string[]): void {
  const lit = nameArg ? literalOf(nameArg) : undefined;
  if (lit?.kind === 'string') vars.push(lit.value);
}

/** `environ.Env(DEBUG=(bool, True))`: the default declared for a variable in the Env scheme. */
function schemeDefault(call: PyNode, nameArg: PyNode, resolver: PyResolver, next: (n: PyNode) => EnvValue): { value: EnvValue; cast?: string } | undefined {
  const name = literalOf(nameArg);
  if (name.kind !== 'string') return undefined;
  const fn = call.child('function');
  const envExpr = fn && fn.type === 'attribute' ? fn.child('object') : fn;
  const r = envExpr ? resolver.resolve(envExpr) : null;
  const ctor = r?.via[r.via.length - 1];
  if (!ctor) return undefined;
  const scheme = kwarg(ctor, name.value)?.value;
  if (!scheme) return undefined;
  const s = unparenthesize(scheme);
  if (s.type !== 'tuple') return undefined;
  const items = s.namedChildren.filter((c) => c.type !== 'comment');
  if (items.length < 2) return undefined;
  return { value: next(items[1]!), cast: items[0]!.text };
}
