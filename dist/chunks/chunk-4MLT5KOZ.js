import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  mergeRanges
} from "./chunk-N7ZMGJDM.js";
import {
  ERROR_TYPE_ID,
  cursorOps,
  nameTables,
  nextInPreorder,
  overBudgetMessage,
  parseDeadline,
  pastDeadline
} from "./chunk-AVKV2H5N.js";
import {
  getParser
} from "./chunk-A2IITP4I.js";

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

// src/parse/python.ts
var MAX_PARSE_ERRORS = 5;
async function parsePython(source, environment) {
  const parser = await getParser("python");
  return parsePythonWith(parser, source, environment);
}
function parsePythonWith(parser, source, environment) {
  const text = source.text;
  let result;
  const deadline = parseDeadline();
  try {
    const tree = parser.parse(text, null, { progressCallback: () => pastDeadline(deadline) });
    if (!tree) throw new Error(pastDeadline(deadline) ? overBudgetMessage("the Python parser") : "the parser returned no tree");
    try {
      const cursor = tree.walk();
      const ops = cursorOps(cursor, tree);
      try {
        result = copyTree(ops, cursor.nodeType, nameTables(parser.language), source, deadline);
      } finally {
        ops.finish();
        cursor.delete();
      }
    } finally {
      tree.delete();
    }
  } catch (err) {
    parser.reset();
    const message = err instanceof Error ? err.message : String(err);
    result = {
      root: new PyNode("module", 0, text.length, null, true, false, text),
      comments: [],
      errors: [{ span: { start: 0, end: 0 }, message: message.startsWith("the Python parser gave up") ? message : `Python parser failed: ${message}` }]
    };
  }
  return {
    kind: "python",
    source,
    environment,
    tree: { root: result.root },
    comments: result.comments,
    logicalLines: pythonLogicalLines(result.root, source),
    parseErrors: result.errors
  };
}
function copyTree(cursor, rootType, names, source, deadline) {
  const text = source.text;
  const comments = [];
  const errorNodes = [];
  const root = new PyNode(rootType, 0, text.length, null, true, false, text);
  const path = [root];
  let depth = 0;
  let visited = 0;
  for (; ; ) {
    if (++visited % 4096 === 0 && pastDeadline(deadline)) throw new Error(overBudgetMessage("the Python parser"));
    const next = nextInPreorder(cursor, depth);
    if (next === void 0) break;
    depth = next;
    const id = cursor.typeId();
    const start = cursor.start();
    const end = cursor.end();
    const isError = id === ERROR_TYPE_ID;
    const type = isError ? "ERROR" : names.types[id] ?? "";
    const missing = start === end && cursor.isMissing();
    const node = new PyNode(type, start, end, names.fields[cursor.fieldId()] ?? null, isError || (names.named[id] ?? false), missing, text);
    const parent = path[depth - 1];
    node.parent = parent;
    parent.children.push(node);
    path[depth] = node;
    if (type === "comment") comments.push(makeComment(source, start, end));
    else if (isError || missing) errorNodes.push(node);
  }
  return { root, comments, errors: syntaxErrors(source, errorNodes) };
}
function syntaxErrors(source, errorNodes) {
  const hasNested = /* @__PURE__ */ new Set();
  const visited = /* @__PURE__ */ new Set();
  for (const e of errorNodes) {
    for (let a = e.parent; a && !visited.has(a); a = a.parent) {
      visited.add(a);
      if (a.type === "ERROR") hasNested.add(a);
    }
  }
  const out = [];
  for (const e of errorNodes) {
    if (out.length >= MAX_PARSE_ERRORS) break;
    if (!hasNested.has(e)) out.push(syntaxError(source, e));
  }
  return out;
}
function makeComment(source, start, rawEnd) {
  const end = rawEnd > start && source.text.charCodeAt(rawEnd - 1) === 13 ? rawEnd - 1 : rawEnd;
  const line = source.lineOf(start);
  const before = source.text.slice(source.lineStart(line), start);
  return { span: { start, end }, body: source.text.slice(start + 1, end), ownLine: /^[ \t\f]*$/.test(before) };
}
function syntaxError(source, node) {
  if (node.missing) {
    return { span: { start: node.start, end: node.start }, message: `Python syntax error: missing ${JSON.stringify(node.type)}` };
  }
  const first = node.children.find((c) => !(c.named && COMPLETE.test(c.type)));
  const start = first ? first.start : node.start;
  const line = source.lineOf(start);
  const span = { start, end: Math.max(start, Math.min(node.end, source.lineEnd(line))) };
  let snippet = source.text.slice(span.start, span.end).trim();
  if (snippet.length > 40) snippet = snippet.slice(0, 40) + "\u2026";
  return {
    span,
    message: snippet ? `Python syntax error near ${JSON.stringify(snippet)}` : "Python syntax error"
  };
}
var COMPLETE = /^(comment|decorated_definition|.*_statement|.*_definition)$/;
var STATEMENT_PARENTS = /* @__PURE__ */ new Set(["module", "block"]);
function pythonLogicalLines(root, source) {
  const ranges = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    if (!node.named || node.type === "comment" || node.type === "ERROR") continue;
    const isStatement = node.parent !== null && STATEMENT_PARENTS.has(node.parent.type);
    const hasBody = node.children.some((c) => c.type === "block");
    if (!isStatement && !hasBody) continue;
    const first = source.lineOf(node.start);
    const last = source.lineOf(Math.max(node.start, headerEnd(node) - 1));
    if (last > first) ranges.push({ first, last });
  }
  return mergeRanges(ranges);
}
function headerEnd(node) {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n !== node && n.type === "block") {
      const parent = n.parent;
      const i = parent.children.indexOf(n);
      const colon = i > 0 ? parent.children[i - 1] : void 0;
      return colon ? colon.end : n.start;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return node.end;
}

export {
  walk,
  closest,
  unparenthesize,
  parsePython,
  parsePythonWith,
  pythonLogicalLines
};
