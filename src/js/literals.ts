/** Static values of JS/TS literal expressions and simple member-name helpers. */
import { unwrapExpression, type Node, type TSESTree } from './ast.js';

export type JsLiteral =
  | { kind: 'null' }
  | { kind: 'undefined' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'unknown' };

const UNKNOWN: JsLiteral = { kind: 'unknown' };

/**
 * The static value of an expression: literals, `undefined`, `void 0`, `-1`, `!0`, and template
 * literals without substitutions. Anything else is `unknown`.
 */
export function literalOf(expr: Node): JsLiteral {
  const n = unwrapExpression(expr);
  switch (n.type) {
    case 'Literal': {
      const v = (n as TSESTree.Literal).value;
      if (v === null) return 'regex' in n && n.regex ? UNKNOWN : { kind: 'null' };
      if (typeof v === 'boolean') return { kind: 'boolean', value: v };
      if (typeof v === 'number') return { kind: 'number', value: v };
      if (typeof v === 'string') return { kind: 'string', value: v };
      return UNKNOWN; // bigint, RegExp
    }
    case 'Identifier':
      // A local variable could be named `undefined` only in sloppy code; not worth resolving.
      return n.name === 'undefined' ? { kind: 'undefined' } : n.name === 'Infinity' ? { kind: 'number', value: Infinity } : UNKNOWN;
    case 'TemplateLiteral':
      return n.expressions.length === 0 ? { kind: 'string', value: n.quasis.map((q) => q.value.cooked ?? q.value.raw).join('') } : UNKNOWN;
    case 'UnaryExpression': {
      // Apply the operators innermost first, iteratively (`!!!!x` can be arbitrarily deep).
      const ops: string[] = [];
      let inner: Node = n;
      while (inner.type === 'UnaryExpression') {
        if (inner.operator === 'void') return { kind: 'undefined' };
        ops.push(inner.operator);
        inner = unwrapExpression(inner.argument);
      }
      let value = literalOf(inner);
      for (let i = ops.length - 1; i >= 0; i--) {
        const op = ops[i];
        if (value.kind === 'unknown') return UNKNOWN;
        if (op === '!') value = { kind: 'boolean', value: !truthy(value) };
        else if ((op === '-' || op === '+') && value.kind === 'number') value = op === '-' ? { kind: 'number', value: -value.value } : value;
        else return UNKNOWN;
      }
      return value;
    }
    default:
      return UNKNOWN;
  }
}

function truthy(lit: Exclude<JsLiteral, { kind: 'unknown' }>): boolean {
  switch (lit.kind) {
    case 'null':
    case 'undefined':
      return false;
    case 'boolean':
      return lit.value;
    case 'number':
      return lit.value !== 0 && !Number.isNaN(lit.value);
    case 'string':
      return lit.value.length > 0;
  }
}

/** A literal JavaScript considers true (`true`, `1`, `'x'`, `!0`). */
export function isTruthyConstant(expr: Node): boolean {
  const lit = literalOf(expr);
  return lit.kind !== 'unknown' && truthy(lit);
}

/** The static string value of a string literal or substitution-free template, else null. */
export function stringValue(expr: Node): string | null {
  const lit = literalOf(expr);
  return lit.kind === 'string' ? lit.value : null;
}

/**
 * The name of a property key or member property: `a.b` -> `b`, `a['b']` -> `b`, `{ b: 1 }` -> `b`,
 * `{ 'b': 1 }` -> `b`, `a.#b` -> `#b`. Null for computed keys that are not string literals.
 */
export function propertyName(owner: TSESTree.MemberExpression | TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition | TSESTree.TSPropertySignature): string | null {
  const key = owner.type === 'MemberExpression' ? owner.property : owner.key;
  if (!owner.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  }
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? null;
  return null;
}

/**
 * The dotted name an expression is written as: `process.exit`, `this.client.get`, `axios`.
 * Null when it is not a plain chain of names (`getClient().get`, `a[i].b`).
 */
export function dottedName(expr: Node): string | null {
  const parts: string[] = [];
  let n = unwrapExpression(expr);
  for (;;) {
    if (n.type === 'Identifier') {
      parts.push(n.name);
      return parts.reverse().join('.');
    }
    if (n.type === 'ThisExpression') {
      parts.push('this');
      return parts.reverse().join('.');
    }
    if (n.type === 'Super') {
      parts.push('super');
      return parts.reverse().join('.');
    }
    if (n.type !== 'MemberExpression') return null;
    // `a['b']` reads as `a.b`; an index (`a[0]`) or a computed key is not a name.
    if (n.computed && !(n.property.type === 'Literal' && typeof n.property.value === 'string')) return null;
    const name = propertyName(n);
    if (name === null) return null;
    parts.push(name);
    n = unwrapExpression(n.object);
  }
}

/** The callee of a call or `new` as written (`axios.get`, `setInterval`), null when computed. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  return dottedName(call.callee);
}

/** The last name of the callee whatever it is called on: `get` for `getClient().get(...)`. */
export function methodName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const c = unwrapExpression(call.callee);
  if (c.type === 'Identifier') return c.name;
  if (c.type === 'MemberExpression') return propertyName(c);
  return null;
}
