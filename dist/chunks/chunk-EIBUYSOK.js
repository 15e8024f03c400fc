import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);

// src/python/node.ts
var PyNode = class {
  constructor(type, start, end, field, named, missing, sourceText) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.field = field;
    this.named = named;
    this.missing = missing;
    this.sourceText = sourceText;
  }
  type;
  start;
  end;
  field;
  named;
  missing;
  sourceText;
  parent = null;
  /** All children in source order, anonymous tokens (`(`, `=`, `async`, `not`...) included. */
  children = [];
  /** The node's source text. */
  get text() {
    return this.sourceText.slice(this.start, this.end);
  }
  get span() {
    return { start: this.start, end: this.end };
  }
  /** The first child filling `field` (e.g. `call.child('function')`). */
  child(field) {
    for (const c of this.children) if (c.field === field) return c;
    return void 0;
  }
  /** Every child filling `field` (some fields repeat, e.g. `alias` items of an import). */
  childrenFor(field) {
    return this.children.filter((c) => c.field === field);
  }
  get namedChildren() {
    return this.children.filter((c) => c.named);
  }
  /** The first child of the given type. */
  childOfType(type) {
    for (const c of this.children) if (c.type === type) return c;
    return void 0;
  }
  /** Whether this node is `other` or one of its ancestors. */
  contains(other) {
    for (let n = other; n; n = n.parent) if (n === this) return true;
    return false;
  }
};
function walk(root, enter) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (enter(node) === false) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}
function* ancestors(node) {
  for (let n = node.parent; n; n = n.parent) yield n;
}
function closest(node, types) {
  for (const a of ancestors(node)) if (types.includes(a.type)) return a;
  return void 0;
}
function unparenthesize(node) {
  let n = node;
  while (n.type === "parenthesized_expression") {
    const inner = n.namedChildren.filter((c) => c.type !== "comment");
    if (inner.length !== 1) break;
    n = inner[0];
  }
  return n;
}

export {
  PyNode,
  walk,
  closest,
  unparenthesize
};
