/**
 * Object-literal options (`axios.create({ timeout: 5000 })`, `new Pool({ max: 10 })`): is a property
 * there, and what is its value. Spreads and computed keys make the answer `unknown`, so a rule
 * that reports a *missing* option stays silent when the option may come from elsewhere.
 */
import { unwrapExpression, type Node, type TSESTree } from './ast.js';
import { propertyName } from './literals.js';
import type { JsResolver } from './resolve.js';

export type Presence = 'present' | 'absent' | 'unknown';

/** The last property written with key `name` (later keys win in JS), or undefined. */
export function findProperty(obj: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  for (let i = obj.properties.length - 1; i >= 0; i--) {
    const p = obj.properties[i]!;
    if (p.type === 'Property' && propertyName(p) === name) return p;
  }
  return undefined;
}

/**
 * Whether `obj` sets `name`: `present` when a key says so, `unknown` when a spread (`...opts`) or
 * a computed key could set it, `absent` otherwise. Passing something that is not an object literal
 * (a variable we could not follow, a call) gives `unknown`.
 */
export function hasProperty(obj: Node | undefined, name: string): Presence {
  if (!obj) return 'unknown';
  const o = unwrapExpression(obj);
  if (o.type !== 'ObjectExpression') return 'unknown';
  if (findProperty(o, name)) return 'present';
  for (const p of o.properties) {
    if (p.type === 'SpreadElement') return 'unknown';
    if (p.type === 'Property' && propertyName(p) === null) return 'unknown';
  }
  return 'absent';
}

/** The value written for `name` in an object literal (undefined when absent or not a literal). */
export function propertyValue(obj: Node | undefined, name: string): Node | undefined {
  if (!obj) return undefined;
  const o = unwrapExpression(obj);
  if (o.type !== 'ObjectExpression') return undefined;
  const p = findProperty(o, name);
  return p ? p.value : undefined;
}

/**
 * The object literal an expression stands for: the literal itself, or a `const`/`let` initialised
 * with one (`const opts = { timeout: 5 }; axios.get(u, opts)`). Undefined when unknown.
 */
export function objectLiteral(expr: Node | undefined, resolver: JsResolver): TSESTree.ObjectExpression | undefined {
  if (!expr) return undefined;
  let e = unwrapExpression(expr);
  for (let i = 0; i < 8 && e.type === 'Identifier'; i++) {
    const b = resolver.bindingOf(e);
    if (!b || b.kind !== 'variable' || !b.init) return undefined;
    e = unwrapExpression(b.init);
  }
  return e.type === 'ObjectExpression' ? e : undefined;
}
