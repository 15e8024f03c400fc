/**
 * ESTree traversal for TypeScript/JavaScript rules. Trees come from
 * @typescript-eslint/typescript-estree (`src/parse/typescript.ts`) with `range` offsets (UTF-16
 * indexes into `SourceFile.text`) and `parent` links set on every node.
 *
 * Children are found generically (every own enumerable property holding a node or an array of
 * nodes, except `parent`), so new node types need no table. Everything is iterative: minified
 * bundles and generated code can nest deeper than the call stack allows.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Span } from '../source.js';

export type Node = TSESTree.Node;
export type { TSESTree };

const SKIP_KEYS = new Set(['parent', 'range', 'loc', 'comments', 'tokens']);

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The direct children of a node, in source order. */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  const record = node as unknown as Record<string, unknown>;
  for (const key in record) {
    if (SKIP_KEYS.has(key)) continue;
    const value = record[key];
    if (Array.isArray(value)) {
      for (const v of value) if (isNode(v)) out.push(v);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
  // Property order follows the converter, which is source order except for a few node types
  // (decorators, type annotations); sort only when needed.
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.range[0] < out[i - 1]!.range[0]) {
      out.sort((a, b) => a.range[0] - b.range[0]);
      break;
    }
  }
  return out;
}

export interface Visitor {
  /** Return `false` to skip the node's children (its `leave` still runs). */
  enter?(node: Node): boolean | void;
  leave?(node: Node): void;
}

/** Depth-first, source-order traversal of `root` and its descendants. Iterative. */
export function walk(root: Node, visitor: Visitor | ((node: Node) => boolean | void)): void {
  const v: Visitor = typeof visitor === 'function' ? { enter: visitor } : visitor;
  // Each frame is a node and whether its children were pushed already.
  const nodes: Node[] = [root];
  const expanded: boolean[] = [false];
  while (nodes.length) {
    const top = nodes.length - 1;
    const node = nodes[top]!;
    if (expanded[top]) {
      nodes.pop();
      expanded.pop();
      v.leave?.(node);
      continue;
    }
    expanded[top] = true;
    if (v.enter?.(node) === false) continue;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) {
      nodes.push(kids[i]!);
      expanded.push(false);
    }
  }
}

/**
 * Set `parent` on every node under `root` (typescript-estree leaves it unset). Returns the number of
 * nodes. A node already given a parent during this pass is not visited twice.
 */
export function setParents(root: Node): number {
  let count = 0;
  const stack: Node[] = [root];
  (root as { parent?: Node }).parent = undefined;
  while (stack.length) {
    const node = stack.pop()!;
    count++;
    for (const child of childrenOf(node)) {
      const c = child as { parent?: Node };
      if (c.parent !== undefined && c.parent !== node) continue;
      c.parent = node;
      stack.push(child);
    }
  }
  return count;
}

/** Node type names as plain strings (`'CallExpression'`), as opposed to the AST_NODE_TYPES enum. */
export type NodeTypeName = `${Node['type']}`;

/** The node interface(s) whose `type` is one of the given names. */
export type NodeOfType<S extends string> = Node extends infer N
  ? N extends { type: infer K }
    ? `${K & string}` extends S
      ? N
      : never
    : never
  : never;

/** Every node under `root` (itself included) whose type is one of `types`, in source order. */
export function findAll<S extends NodeTypeName>(root: Node, types: S | readonly S[]): NodeOfType<S>[] {
  const want: readonly string[] = typeof types === 'string' ? [types] : types;
  const out: NodeOfType<S>[] = [];
  walk(root, (n) => {
    if (want.includes(n.type)) out.push(n as NodeOfType<S>);
  });
  return out;
}

/** Ancestors from the parent up to the Program. */
export function* ancestors(node: Node): Generator<Node> {
  for (let n = node.parent; n; n = n.parent) yield n;
}

/** Whether `inner` is `outer` or inside it. */
export function contains(outer: Node, inner: Node): boolean {
  for (let n: Node | undefined = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}

export function spanOf(node: Node | TSESTree.Comment): Span {
  return { start: node.range[0], end: node.range[1] };
}

/** Look through TS-only wrappers and parentheses that do not change the value: `x as T`, `x!`, `<T>x`, `x satisfies T`. */
export function unwrapExpression(node: Node): Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
      case 'TSInstantiationExpression':
        n = n.expression;
        continue;
      case 'ChainExpression':
        n = n.expression;
        continue;
      default:
        return n;
    }
  }
}
