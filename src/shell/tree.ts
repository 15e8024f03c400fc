/**
 * The bash syntax tree copied out of WASM in one cursor walk (see parse/ts-cursor.ts), as plain
 * nodes with the part of web-tree-sitter's `Node` interface the shell extraction reads. Each
 * `Node` getter (`type`, `namedChildren`, `parent`, `nextSibling`...) was one or more calls into
 * WASM, which made them a third of a shell run; on the copy they are property reads.
 */
import type { Tree } from 'web-tree-sitter';
import { cursorOps, ERROR_TYPE_ID, nameTables, nextInPreorder } from '../parse/ts-cursor.js';
import { pastDeadline } from '../parse/deadline.js';

/** The children of every leaf: one shared, frozen empty list (as python/node.ts does). */
const NO_CHILDREN: readonly ShNode[] = Object.freeze([]);

export class ShNode {
  parent: ShNode | null = null;
  /** Read-only for the extraction; only the copy below adds to it. */
  children: readonly ShNode[] = NO_CHILDREN;
  /** Index among the parent's children. */
  index = 0;
  /** This node or a descendant is a `$(...)`, backticks or `<(...)` (set by the copy). */
  hasSubstitution = false;
  private named: ShNode[] | undefined;

  constructor(
    /** Unique within the tree (pre-order number). */
    readonly id: number,
    readonly type: string,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly field: string | null,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    private readonly source: string,
  ) {}

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  /** Computed once: the extraction asks for a node's named children several times. Do not modify. */
  get namedChildren(): ShNode[] {
    return (this.named ??= this.children.filter((c) => c.isNamed));
  }

  get nextSibling(): ShNode | null {
    return this.parent?.children[this.index + 1] ?? null;
  }

  childForFieldName(field: string): ShNode | null {
    for (const c of this.children) if (c.field === field) return c;
    return null;
  }

  childrenForFieldName(field: string): ShNode[] {
    return this.children.filter((c) => c.field === field);
  }

  /** This node and its descendants of the given types, in source order (iterative). */
  descendantsOfType(types: readonly string[]): ShNode[] {
    const out: ShNode[] = [];
    const stack: ShNode[] = [this];
    while (stack.length) {
      const n = stack.pop()!;
      if (types.includes(n.type)) out.push(n);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
    return out;
  }
}

export interface CopiedTree {
  root: ShNode;
  /** The copy stopped at the time budget: the tree is incomplete from `last` on. */
  truncated: boolean;
  last: ShNode;
}

/** Copy `tree` (parsed from `text`); frees nothing (the caller deletes the tree). */
export function copyBashTree(tree: Tree, text: string, deadline: number): CopiedTree {
  const names = nameTables(tree.language);
  const cursor = tree.walk();
  const ops = cursorOps(cursor, tree);
  const all: ShNode[] = [];
  let truncated = false;
  try {
    const rootId = ops.typeId();
    const root = new ShNode(0, names.types[rootId] ?? '', ops.start(), ops.end(), null, names.named[rootId] ?? true, false, text);
    all.push(root);
    const path: ShNode[] = [root];
    let depth = 0;
    for (;;) {
      if (all.length % 4096 === 0 && pastDeadline(deadline)) {
        truncated = true;
        break;
      }
      const next = nextInPreorder(ops, depth);
      if (next === undefined) break;
      depth = next;
      const id = ops.typeId();
      const start = ops.start();
      const end = ops.end();
      const isError = id === ERROR_TYPE_ID;
      const missing = start === end && ops.isMissing();
      const node = new ShNode(all.length, isError ? 'ERROR' : (names.types[id] ?? ''), start, end, names.fields[ops.fieldId()] ?? null, isError || (names.named[id] ?? false), missing, text);
      const parent = path[depth - 1]!;
      node.parent = parent;
      node.index = parent.children.length;
      if (parent.children === NO_CHILDREN) parent.children = [node];
      else (parent.children as ShNode[]).push(node);
      path[depth] = node;
      all.push(node);
      if (SUBSTITUTIONS.has(node.type)) markSubstitution(path, depth);
    }
  } finally {
    ops.finish();
    cursor.delete();
  }
  return { root: all[0]!, truncated, last: all[all.length - 1]! };
}

/** Node types that run a command inside a word or argument: `$(...)`, backticks, `<(...)`. */
export const SUBSTITUTIONS: ReadonlySet<string> = new Set(['command_substitution', 'process_substitution']);

/** Flag the node at `path[depth]` and its ancestors, up to one already flagged. */
function markSubstitution(path: readonly ShNode[], depth: number): void {
  for (let d = depth; d >= 0 && !path[d]!.hasSubstitution; d--) path[d]!.hasSubstitution = true;
}
