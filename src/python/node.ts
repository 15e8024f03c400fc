/**
 * prodlint's own Python syntax tree: a plain-object copy of the tree-sitter-python tree.
 *
 * Why a copy: a web-tree-sitter tree lives in WASM memory and must be freed by hand; keeping it
 * alive for as long as rules run would leak on every forgotten `delete()` and make every node
 * access a call into WASM. The parser copies the tree out once (roughly the cost of the parse
 * itself) and frees it immediately, so a document is ordinary garbage-collected data and rules never
 * depend on the parser library. Node types and field names are tree-sitter-python's
 * (https://github.com/tree-sitter/tree-sitter-python/blob/master/src/node-types.json), e.g. a `call`
 * has fields `function` and `arguments`.
 *
 * Trees can be thousands of levels deep (generated code, adversarial input): every traversal here is
 * iterative, and rules should use these helpers rather than recursion.
 */
import type { Span } from '../source.js';

/**
 * The children of every leaf: one shared, frozen empty list. Leaves are half of a tree's nodes, and
 * an empty array apiece was a large part of what the copy allocated and the collector then moved.
 */
const NO_CHILDREN: readonly PyNode[] = Object.freeze([]);

export class PyNode {
  parent: PyNode | null = null;
  /**
   * All children in source order, anonymous tokens (`=`, `:`, `async`, `not`, operators...)
   * included, except the punctuation `( ) [ ] { } , .` and a string's closing `string_end`
   * outside syntax errors, which no rule reads (see parse/python.ts). Read-only for rules; only
   * the parser's copy adds to it.
   */
  children: readonly PyNode[] = NO_CHILDREN;

  constructor(
    /** tree-sitter-python node type (`call`, `identifier`, `ERROR`, or the token itself for anonymous nodes). */
    readonly type: string,
    /** Inclusive start offset (UTF-16 code units into `SourceFile.text`). */
    readonly start: number,
    /** Exclusive end offset. */
    readonly end: number,
    /** The field this node fills in its parent (`function`, `arguments`, `name`, `body`...), if any. */
    readonly field: string | null,
    /** False for anonymous tokens such as punctuation and keywords. */
    readonly named: boolean,
    /** A zero-width node the parser invented to recover from a syntax error. */
    readonly missing: boolean,
    private readonly sourceText: string,
  ) {}

  /** The node's source text. */
  get text(): string {
    return this.sourceText.slice(this.start, this.end);
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  /** The first child filling `field` (e.g. `call.child('function')`). */
  child(field: string): PyNode | undefined {
    for (const c of this.children) if (c.field === field) return c;
    return undefined;
  }

  /** Every child filling `field` (some fields repeat, e.g. `alias` items of an import). */
  childrenFor(field: string): PyNode[] {
    return this.children.filter((c) => c.field === field);
  }

  get namedChildren(): PyNode[] {
    return this.children.filter((c) => c.named);
  }

  /** The first child of the given type. */
  childOfType(type: string): PyNode | undefined {
    for (const c of this.children) if (c.type === type) return c;
    return undefined;
  }

  /** Append a child (the parser's copy only). */
  adopt(child: PyNode): void {
    if (this.children === NO_CHILDREN) this.children = [child];
    else (this.children as PyNode[]).push(child);
  }

  /** Whether this node is `other` or one of its ancestors. */
  contains(other: PyNode): boolean {
    for (let n: PyNode | null = other; n; n = n.parent) if (n === this) return true;
    return false;
  }
}

/** The tree of one Python file. */
export interface PythonTree {
  /** The `module` node; it spans the whole file. */
  root: PyNode;
}

/**
 * Visit `root` and its descendants in source order (pre-order). Return `false` from `enter` to skip
 * a node's children. Iterative, so arbitrarily deep trees are safe.
 */
export function walk(root: PyNode, enter: (node: PyNode) => boolean | void): void {
  const stack: PyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (enter(node) === false) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** Descendants of `root` (not `root` itself) of the given type(s), in source order. */
export function descendantsOfType(root: PyNode, types: string | readonly string[]): PyNode[] {
  const want = typeof types === 'string' ? [types] : types;
  const out: PyNode[] = [];
  walk(root, (n) => {
    if (n !== root && want.includes(n.type)) out.push(n);
  });
  return out;
}

/** The nearest ancestor (not the node itself) of one of the given types. */
export function closest(node: PyNode, types: readonly string[]): PyNode | undefined {
  // A plain loop, not a generator: rules ask this for most calls of a file, and a generator
  // allocates an iterator and a result object per step.
  for (let n = node.parent; n; n = n.parent) if (types.includes(n.type)) return n;
  return undefined;
}

/** Strip any number of enclosing `parenthesized_expression`s: `((x))` -> `x`. */
export function unparenthesize(node: PyNode): PyNode {
  let n = node;
  while (n.type === 'parenthesized_expression') {
    const inner = n.namedChildren.filter((c) => c.type !== 'comment');
    if (inner.length !== 1) break;
    n = inner[0]!;
  }
  return n;
}

/** The innermost named node covering `offset` (useful for tests and fixtures). */
export function nodeAt(root: PyNode, offset: number): PyNode {
  let n = root;
  for (;;) {
    const next = n.children.find((c) => c.named && c.start <= offset && offset < c.end);
    if (!next) return n;
    n = next;
  }
}
