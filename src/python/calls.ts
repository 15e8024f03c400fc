/**
 * Calls and their arguments, read syntactically (no import resolution here: see `resolve.ts`).
 */
import { literalOf, type PyLiteral } from './literals.js';
import { unparenthesize, walk, type PyNode } from './node.js';

/**
 * The dotted name an expression is written as: `app.run`, `self.session.get`, `requests`.
 * Null when it is not a plain chain of names (`get_app().run`, `x[0].run`).
 */
export function dottedName(expr: PyNode): string | null {
  const parts: string[] = [];
  let n = unparenthesize(expr);
  for (;;) {
    if (n.type === 'identifier') {
      parts.push(n.text);
      return parts.reverse().join('.');
    }
    if (n.type !== 'attribute') return null;
    const attr = n.child('attribute');
    const obj = n.child('object');
    if (!attr || !obj) return null;
    parts.push(attr.text);
    n = unparenthesize(obj);
  }
}

/** The callee of a `call` as written (`app.run`), or null for computed callees. See `dottedName`. */
export function calleeName(call: PyNode): string | null {
  const fn = call.child('function');
  return fn ? dottedName(fn) : null;
}

/** The last name of the callee whatever it is called on: `run` for `get_app().run(...)`. */
export function methodName(call: PyNode): string | null {
  const fn = call.child('function');
  if (!fn) return null;
  const f = unparenthesize(fn);
  if (f.type === 'identifier') return f.text;
  if (f.type === 'attribute') return f.child('attribute')?.text ?? null;
  return null;
}

/** For `obj.method(...)`: the `obj` expression. */
export function receiver(call: PyNode): PyNode | undefined {
  const fn = call.child('function');
  if (!fn) return undefined;
  const f = unparenthesize(fn);
  return f.type === 'attribute' ? f.child('object') : undefined;
}

export interface KeywordArgument {
  name: string;
  /** The whole `name=value`. */
  node: PyNode;
  nameNode: PyNode;
  value: PyNode;
  /** Static value of `value`, `unknown` when computed. */
  literal: PyLiteral;
  /** Written as `None` (`timeout=None`). */
  isNone: boolean;
  /** Written as `True`. */
  isTrue: boolean;
  /** Written as `False`. */
  isFalse: boolean;
}

export interface CallArguments {
  /** Positional arguments in order (not including `*args`). */
  positional: PyNode[];
  keywords: KeywordArgument[];
  /** `*args` present: positional indexes after it are unknown. */
  hasStarArgs: boolean;
  /**
   * `**kwargs` present: any keyword may be passed through it, so a rule that reports a *missing*
   * keyword should stay silent.
   */
  hasStarKwargs: boolean;
}

/** The arguments of a call. A generator argument (`f(x for x in y)`) counts as one positional. */
export function callArguments(call: PyNode): CallArguments {
  const out: CallArguments = { positional: [], keywords: [], hasStarArgs: false, hasStarKwargs: false };
  const args = call.child('arguments');
  if (!args) return out;
  if (args.type === 'generator_expression') {
    out.positional.push(args);
    return out;
  }
  for (const a of args.namedChildren) {
    switch (a.type) {
      case 'comment':
        break;
      case 'keyword_argument': {
        const nameNode = a.child('name');
        const value = a.child('value');
        if (!nameNode || !value) break;
        const literal = literalOf(value);
        out.keywords.push({
          name: nameNode.text,
          node: a,
          nameNode,
          value,
          literal,
          isNone: literal.kind === 'none',
          isTrue: literal.kind === 'bool' && literal.value,
          isFalse: literal.kind === 'bool' && !literal.value,
        });
        break;
      }
      case 'list_splat':
        out.hasStarArgs = true;
        break;
      case 'dictionary_splat':
        out.hasStarKwargs = true;
        break;
      default:
        out.positional.push(a);
    }
  }
  return out;
}

/** The keyword argument `name` (the last one if repeated), or undefined when not written. */
export function kwarg(call: PyNode, name: string): KeywordArgument | undefined {
  const kws = callArguments(call).keywords;
  for (let i = kws.length - 1; i >= 0; i--) if (kws[i]!.name === name) return kws[i];
  return undefined;
}

/** The positional argument at `index`, undefined when absent or hidden behind `*args`. */
export function positionalArg(call: PyNode, index: number): PyNode | undefined {
  return callArguments(call).positional[index];
}

/**
 * An argument given either positionally at `index` or by keyword `name` (`urlopen(url, data, 5)`
 * and `urlopen(url, timeout=5)` both give `timeout`).
 */
export function argument(call: PyNode, index: number, name: string): PyNode | undefined {
  return kwarg(call, name)?.value ?? positionalArg(call, index);
}

export interface CallsOptions {
  /** Do not descend into nested `def`/`lambda`/`class` bodies (their code runs at another time). */
  skipNestedFunctions?: boolean;
}

/** Every `call` node under `root` (including `root` itself), in source order. */
export function calls(root: PyNode, options: CallsOptions = {}): PyNode[] {
  const out: PyNode[] = [];
  walk(root, (n) => {
    if (n !== root && options.skipNestedFunctions && FUNCTION_LIKE.has(n.type)) return false;
    if (n.type === 'call') out.push(n);
  });
  return out;
}

const FUNCTION_LIKE = new Set(['function_definition', 'lambda', 'class_definition']);

/** The call's value is awaited directly: `await f()` (through parentheses). */
export function isAwaited(call: PyNode): boolean {
  let n = call;
  while (n.parent?.type === 'parenthesized_expression') n = n.parent;
  return n.parent?.type === 'await';
}

/**
 * The call's result is thrown away: the call (or `await` of it) is a whole expression statement, or
 * is assigned only to `_`.
 */
export function resultDiscarded(call: PyNode): boolean {
  let n = call;
  for (;;) {
    const p = n.parent;
    if (!p) return false;
    if (p.type === 'parenthesized_expression' || p.type === 'await') {
      n = p;
      continue;
    }
    if (p.type === 'expression_statement') return true;
    if (p.type === 'assignment' && n.field === 'right') {
      const left = p.child('left');
      return left?.type === 'identifier' && left.text === '_';
    }
    return false;
  }
}
