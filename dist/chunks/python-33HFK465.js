import { createRequire as __prodlintCreateRequire } from 'node:module';
const require = __prodlintCreateRequire(import.meta.url);
import {
  getParser
} from "./chunk-JRU6JBKS.js";
import "./chunk-AE5ZT5VE.js";

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

// src/parse/python.ts
var MAX_PARSE_ERRORS = 5;
var ERROR_TYPE_ID = 65535;
var tables = /* @__PURE__ */ new WeakMap();
function nameTables(language) {
  let t = tables.get(language);
  if (!t) {
    t = { types: [], named: [], fields: [null] };
    for (let i = 0; i < language.nodeTypeCount; i++) {
      t.types[i] = language.nodeTypeForId(i) ?? "";
      t.named[i] = language.nodeTypeIsNamed(i);
    }
    for (let i = 1; i <= language.fieldCount; i++) t.fields[i] = language.fieldNameForId(i);
    tables.set(language, t);
  }
  return t;
}
async function parsePython(source, environment) {
  const parser = await getParser("python");
  return parsePythonWith(parser, source, environment);
}
function parsePythonWith(parser, source, environment) {
  const text = source.text;
  let result;
  try {
    const tree = parser.parse(text);
    if (!tree) throw new Error("the parser returned no tree");
    try {
      const cursor = tree.walk();
      try {
        result = copyTree(cursor, nameTables(parser.language), source);
      } finally {
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
      errors: [{ span: { start: 0, end: 0 }, message: `Python parser failed: ${message}` }]
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
function copyTree(cursor, names, source) {
  const text = source.text;
  const comments = [];
  const errors = [];
  const root = new PyNode(cursor.nodeType, 0, text.length, null, true, false, text);
  const path = [root];
  let depth = 0;
  let errorDepth = -1;
  for (; ; ) {
    if (cursor.gotoFirstChild()) {
      depth++;
    } else {
      for (; ; ) {
        if (cursor.gotoNextSibling()) break;
        if (!cursor.gotoParent()) return { root, comments, errors };
        depth--;
      }
    }
    if (errorDepth >= depth) errorDepth = -1;
    const id = cursor.nodeTypeId;
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    const isError = id === ERROR_TYPE_ID;
    const type = isError ? "ERROR" : names.types[id] ?? cursor.nodeType;
    const missing = start === end && cursor.nodeIsMissing;
    const node = new PyNode(
      type,
      start,
      end,
      names.fields[cursor.currentFieldId] ?? null,
      isError || (names.named[id] ?? cursor.nodeIsNamed),
      missing,
      text
    );
    const parent = path[depth - 1];
    node.parent = parent;
    parent.children.push(node);
    path[depth] = node;
    if (type === "comment") {
      comments.push(makeComment(source, start, end));
    } else if ((isError || missing) && errorDepth === -1) {
      if (isError) errorDepth = depth;
      if (errors.length < MAX_PARSE_ERRORS) errors.push(syntaxError(source, node));
    }
  }
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
  const line = source.lineOf(node.start);
  const span = { start: node.start, end: Math.max(node.start, Math.min(node.end, source.lineEnd(line))) };
  let snippet = source.text.slice(span.start, span.end).trim();
  if (snippet.length > 40) snippet = snippet.slice(0, 40) + "\u2026";
  return {
    span,
    message: snippet ? `Python syntax error near ${JSON.stringify(snippet)}` : "Python syntax error"
  };
}
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
function mergeRanges(ranges) {
  ranges.sort((a, b) => a.first - b.first || a.last - b.last);
  const out = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && r.first <= prev.last) prev.last = Math.max(prev.last, r.last);
    else out.push({ ...r });
  }
  return out;
}
export {
  mergeRanges,
  parsePython,
  parsePythonWith,
  pythonLogicalLines
};
