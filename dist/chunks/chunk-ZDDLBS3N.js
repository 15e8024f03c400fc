import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
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
import {
  EmbeddedText
} from "./chunk-IDQTMHCY.js";

// src/shell/words.ts
function makeWord(decoded, rawStart, rawEnd, host) {
  const span = host.spanToFile({ start: rawStart, end: rawEnd });
  return { value: decoded.value, text: host.text.slice(rawStart, rawEnd), span };
}
function wordEmbedded(decoded) {
  if (decoded.value === null || decoded.offsets.length !== decoded.value.length + 1) return void 0;
  return EmbeddedText.fromOffsets(decoded.value, decoded.offsets);
}
function toFileOffsets(d, host) {
  if (host.isIdentity && d.offsets.every((o) => o >= 0 && o <= host.length)) return { value: d.value, offsets: d.offsets };
  return { value: d.value, offsets: d.offsets.map((o) => host.toFile(o)) };
}
var SPACE = /[ \t\r\n]/;
function splitWords(host, opts = {}) {
  const t = host.text;
  const out = [];
  let i = 0;
  while (i < t.length) {
    while (i < t.length && SPACE.test(t[i])) i++;
    if (i >= t.length) break;
    const start = i;
    let value = "";
    const offsets = [];
    let dynamic = false;
    while (i < t.length && !SPACE.test(t[i])) {
      const c = t[i];
      if (c === "'") {
        i++;
        while (i < t.length && t[i] !== "'") {
          value += t[i];
          offsets.push(i);
          i++;
        }
        i++;
      } else if (c === '"') {
        i++;
        while (i < t.length && t[i] !== '"') {
          if (t[i] === "\\" && i + 1 < t.length && '"\\$`'.includes(t[i + 1])) i++;
          else if (t[i] === "$" && !opts.dollarIsLiteral && /[A-Za-z_{]/.test(t[i + 1] ?? "")) dynamic = true;
          value += t[i];
          offsets.push(i);
          i++;
        }
        i++;
      } else if (c === "\\" && i + 1 < t.length) {
        value += t[i + 1];
        offsets.push(i + 1);
        i += 2;
      } else {
        if (c === "$" && !opts.dollarIsLiteral && /[A-Za-z_{]/.test(t[i + 1] ?? "")) dynamic = true;
        value += c;
        offsets.push(i);
        i++;
      }
    }
    const end = Math.min(i, t.length);
    offsets.push(end);
    const decoded = toFileOffsets({ value: dynamic ? null : value, offsets }, host);
    out.push({ word: makeWord(decoded, start, end, host), decoded });
  }
  return out;
}
function wordFromEmbedded(e, rawSpan, rawText, dynamic = false) {
  const offsets = [];
  for (let i = 0; i <= e.length; i++) offsets.push(e.toFile(i));
  const value = dynamic ? null : e.text;
  return { word: { value, text: rawText, span: rawSpan }, decoded: { value, offsets } };
}

// src/shell/tree.ts
var ShNode = class {
  constructor(id, type, startIndex, endIndex, field, isNamed, isMissing, source) {
    this.id = id;
    this.type = type;
    this.startIndex = startIndex;
    this.endIndex = endIndex;
    this.field = field;
    this.isNamed = isNamed;
    this.isMissing = isMissing;
    this.source = source;
  }
  id;
  type;
  startIndex;
  endIndex;
  field;
  isNamed;
  isMissing;
  source;
  parent = null;
  children = [];
  /** Index among the parent's children. */
  index = 0;
  /** This node or a descendant is a `$(...)`, backticks or `<(...)` (set by the copy). */
  hasSubstitution = false;
  named;
  get text() {
    return this.source.slice(this.startIndex, this.endIndex);
  }
  /** Computed once: the extraction asks for a node's named children several times. Do not modify. */
  get namedChildren() {
    return this.named ??= this.children.filter((c) => c.isNamed);
  }
  get nextSibling() {
    return this.parent?.children[this.index + 1] ?? null;
  }
  childForFieldName(field) {
    for (const c of this.children) if (c.field === field) return c;
    return null;
  }
  childrenForFieldName(field) {
    return this.children.filter((c) => c.field === field);
  }
  /** This node and its descendants of the given types, in source order (iterative). */
  descendantsOfType(types) {
    const out = [];
    const stack = [this];
    while (stack.length) {
      const n = stack.pop();
      if (types.includes(n.type)) out.push(n);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
    return out;
  }
};
function copyBashTree(tree, text, deadline) {
  const names = nameTables(tree.language);
  const cursor = tree.walk();
  const ops = cursorOps(cursor, tree);
  const all = [];
  let truncated = false;
  try {
    const rootId = ops.typeId();
    const root = new ShNode(0, names.types[rootId] ?? "", ops.start(), ops.end(), null, names.named[rootId] ?? true, false, text);
    all.push(root);
    const path = [root];
    let depth = 0;
    for (; ; ) {
      if (all.length % 4096 === 0 && pastDeadline(deadline)) {
        truncated = true;
        break;
      }
      const next = nextInPreorder(ops, depth);
      if (next === void 0) break;
      depth = next;
      const id = ops.typeId();
      const start = ops.start();
      const end = ops.end();
      const isError = id === ERROR_TYPE_ID;
      const missing = start === end && ops.isMissing();
      const node = new ShNode(all.length, isError ? "ERROR" : names.types[id] ?? "", start, end, names.fields[ops.fieldId()] ?? null, isError || (names.named[id] ?? false), missing, text);
      const parent = path[depth - 1];
      node.parent = parent;
      node.index = parent.children.length;
      parent.children.push(node);
      path[depth] = node;
      all.push(node);
      if (SUBSTITUTIONS.has(node.type)) markSubstitution(path, depth);
    }
  } finally {
    ops.finish();
    cursor.delete();
  }
  return { root: all[0], truncated, last: all[all.length - 1] };
}
var SUBSTITUTIONS = /* @__PURE__ */ new Set(["command_substitution", "process_substitution"]);
function markSubstitution(path, depth) {
  for (let d = depth; d >= 0 && !path[d].hasSubstitution; d--) path[d].hasSubstitution = true;
}

// src/shell/script.ts
var parser;
async function loadShellParser() {
  parser ??= await getParser("bash");
}
function shellParserReady() {
  return parser !== void 0;
}
var DEPTH_NODES = /* @__PURE__ */ new Set([
  "function_definition",
  "if_statement",
  "while_statement",
  "for_statement",
  "c_style_for_statement",
  "case_statement",
  "subshell",
  "compound_statement"
]);
var SUBSTITUTION_NODES = /* @__PURE__ */ new Set(["command_substitution", "process_substitution"]);
var DYNAMIC_NODES = /* @__PURE__ */ new Set([
  "simple_expansion",
  "expansion",
  "command_substitution",
  "arithmetic_expansion",
  "process_substitution",
  "ansi_c_string",
  "translated_string"
]);
var MAX_ERRORS = 5;
function readWriteAsRead(text) {
  if (!text.includes("<>")) return text;
  let out = "";
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && quote !== "'") {
      out += c + (text[i + 1] ?? "");
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = void 0;
    } else if (c === "#" && (i === 0 || /[\s;&|()]/.test(text[i - 1]))) {
      const eol = text.indexOf("\n", i);
      const end = eol === -1 ? text.length : eol;
      out += text.slice(i, end);
      i = end - 1;
      continue;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "<" && text[i + 1] === ">") {
      out += "< ";
      i++;
      continue;
    }
    out += c;
  }
  return out;
}
function parseShell(host) {
  if (!parser) throw new Error("shell parser not loaded: call loadShellParser() first");
  const script = { commands: [], exports: [], topCount: 0, comments: [], errors: [] };
  const deadline = parseDeadline();
  const parsed = parsedText(parser, host.text, deadline);
  if ("failure" in parsed) {
    const whole = host.spanToFile({ start: 0, end: Math.min(1, host.length) });
    script.errors.push({ span: whole, message: parsed.failure });
    return script;
  }
  const { copied, hidden } = parsed;
  extract(copied.root, host, script, deadline);
  const overBudget = overBudgetMessage("shell analysis");
  if (copied.truncated && !script.errors.some((e) => e.message === overBudget)) script.errors.unshift({ span: errorSpan(copied.last, host), message: overBudget });
  else if (script.errors.length === 0 && hidden) script.errors.push({ span: errorSpan(hidden, host), message: hidden.message });
  return script;
}
var recent = /* @__PURE__ */ new Map();
var RECENT_MAX = 64;
var RECENT_MAX_TEXT = 8 * 1024;
function parsedText(p, text, deadline) {
  if (text.length > RECENT_MAX_TEXT) return parseText(p, text, deadline);
  const seen = recent.has(text);
  const known = recent.get(text);
  recent.delete(text);
  const parsed = known ?? parseText(p, text, deadline);
  const keep = "failure" in parsed || parsed.copied.truncated ? void 0 : parsed;
  recent.set(text, seen ? keep : void 0);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value);
  return parsed;
}
function parseText(p, text, deadline) {
  let tree;
  try {
    tree = p.parse(readWriteAsRead(text), null, { progressCallback: () => pastDeadline(deadline) });
  } catch (err) {
    p.reset();
    return { failure: `shell parser failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!tree) {
    p.reset();
    return { failure: pastDeadline(deadline) ? overBudgetMessage("the shell parser") : "shell parser gave no tree" };
  }
  try {
    const copied = copyBashTree(tree, text, deadline);
    return { copied, hidden: !copied.truncated && tree.rootNode.hasError ? firstHiddenError(tree.rootNode) : void 0 };
  } finally {
    tree.delete();
  }
}
function firstHiddenError(root) {
  let n = root;
  for (; ; ) {
    if (n.type === "ERROR" || n.isMissing) break;
    const next = n.children.find((c) => c !== null && (c.hasError || c.isMissing || c.type === "ERROR"));
    if (!next) break;
    n = next;
  }
  return { startIndex: n.startIndex, endIndex: n.endIndex, message: n.isMissing ? `missing ${n.type}` : "shell syntax error" };
}
function errorSpan(n, host) {
  const start = Math.min(n.startIndex, host.length);
  const end = Math.min(host.length, Math.max(n.endIndex, start + 1));
  return host.spanToFile({ start: Math.min(start, end), end });
}
var CLOCK_EVERY = 256;
function extract(root, host, script, deadline) {
  const stack = [];
  let top = 0;
  let visited = 0;
  const topChildren = root.namedChildren.filter((c) => c !== null);
  for (let i = topChildren.length - 1; i >= 0; i--) {
    stack.push({ node: topChildren[i], depth: 0, top: -1, inSubst: false, inFunction: false, loops: [] });
  }
  while (stack.length) {
    if (++visited % CLOCK_EVERY === 0 && pastDeadline(deadline)) {
      script.errors.unshift({ span: errorSpan(stack[stack.length - 1].node, host), message: overBudgetMessage("shell analysis") });
      break;
    }
    const f = stack.pop();
    const n = f.node;
    let topIndex = f.top;
    if (topIndex === -1) {
      if (n.type === "comment") {
        addComment(n, host, script);
        continue;
      }
      topIndex = top++;
    }
    if (n.type === "comment") {
      addComment(n, host, script);
      continue;
    }
    if ((n.type === "ERROR" || n.isMissing) && script.errors.length < MAX_ERRORS) {
      script.errors.push({
        span: errorSpan(n, host),
        message: n.isMissing ? `missing ${n.type}` : "shell syntax error"
      });
    }
    if (n.type === "command") {
      script.commands.push(toCommand(n, host, f, topIndex));
    } else if (n.type === "declaration_command") {
      collectExports(n, host, script);
    } else if (n.type === "heredoc_body" || n.type === "heredoc_content") {
      continue;
    }
    const depth = f.depth + (DEPTH_NODES.has(n.type) ? 1 : 0);
    const inSubst = f.inSubst || SUBSTITUTION_NODES.has(n.type);
    const inFunction = f.inFunction || n.type === "function_definition";
    const loop = LOOP_NODES.has(n.type) ? toLoop(n, host) : void 0;
    const conditions = loop ? loopConditionIds(n) : void 0;
    const kids = n.namedChildren;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (!k) continue;
      if (n.type === "command" && !hasSubstitution(k)) continue;
      const loops = loop ? [...f.loops, { loop, inCondition: conditions.has(k.id) }] : f.loops;
      stack.push({ node: k, depth: n.type === "command" ? depth + 1 : depth, top: topIndex, inSubst: n.type === "command" ? true : inSubst, inFunction, loops });
    }
  }
  script.topCount = top;
}
var LOOP_NODES = /* @__PURE__ */ new Set(["while_statement", "for_statement", "c_style_for_statement"]);
var ALWAYS_TRUE = /^(true|:|\/bin\/true|\/usr\/bin\/true|\[\s*(1|true)\s*\]|\[\[\s*(1|true)\s*\]\]|\(\(\s*1\s*\)\))$/;
var ALWAYS_FALSE = /^(false|\/bin\/false|\/usr\/bin\/false)$/;
function toLoop(n, host) {
  const first = n.children[0];
  const keywordType = first?.type === "until" ? "until" : first?.type === "while" ? "while" : "for";
  const keyword = first ? host.spanToFile({ start: first.startIndex, end: first.endIndex }) : host.spanToFile({ start: n.startIndex, end: n.startIndex });
  let infinite = false;
  if (n.type === "c_style_for_statement") {
    infinite = n.childForFieldName("condition") === null;
  } else if (n.type === "while_statement") {
    const body = n.childForFieldName("body");
    const from = first ? first.endIndex : n.startIndex;
    const cond = host.text.slice(from, body ? body.startIndex : n.endIndex).trim().replace(/;\s*$/, "").trim();
    infinite = keywordType === "until" ? ALWAYS_FALSE.test(cond) : ALWAYS_TRUE.test(cond);
  }
  return { kind: keywordType, keyword, span: host.spanToFile({ start: n.startIndex, end: n.endIndex }), infinite };
}
function loopConditionIds(n) {
  const ids = /* @__PURE__ */ new Set();
  if (n.type !== "while_statement") return ids;
  for (const c of n.childrenForFieldName("condition")) if (c) ids.add(c.id);
  return ids;
}
function hasSubstitution(n) {
  return n.hasSubstitution;
}
function addComment(n, host, script) {
  const text = host.text;
  let k = n.startIndex - 1;
  while (k >= 0 && (text[k] === " " || text[k] === "	")) k--;
  script.comments.push({
    span: host.spanToFile({ start: n.startIndex, end: n.endIndex }),
    body: text.slice(n.startIndex + 1, n.endIndex),
    ownLine: k < 0 || text[k] === "\n"
  });
}
function toCommand(n, host, f, top) {
  const words = [];
  const assigns = [];
  const redirects = [];
  for (const child of n.namedChildren) {
    if (!child) continue;
    if (child.type === "variable_assignment") {
      const a = toAssign(child, host, false);
      if (a) assigns.push(a);
    } else if (child.type === "command_name") {
      const inner = child.namedChildren[0] ?? child;
      words.push(toWord(inner, host));
    } else if (child.type.endsWith("_redirect")) {
      redirects.push(toRedirect(child, host));
    } else if (child.type !== "comment") {
      words.push(toWord(child, host));
    }
  }
  let cur = n;
  while (cur.parent?.type === "list" && lastNamed(cur.parent)?.id === cur.id) cur = cur.parent;
  const parent = cur.parent;
  if (parent?.type === "redirected_statement") {
    for (const r of parent.childrenForFieldName("redirect")) if (r) redirects.push(toRedirect(r, host));
  }
  const pipe = pipelinePosition(n);
  return {
    words,
    assigns,
    redirects,
    span: host.spanToFile({ start: n.startIndex, end: n.endIndex }),
    background: isBackgrounded(n),
    depth: f.depth,
    top,
    inSubstitution: f.inSubst,
    inFunction: f.inFunction,
    ...pipe ? { pipe } : {},
    ...f.loops.length ? { loops: f.loops } : {}
  };
}
function lastNamed(n) {
  const kids = n.namedChildren.filter((c) => c !== null && c.type !== "comment");
  return kids[kids.length - 1];
}
function pipelinePosition(n) {
  let cur = n;
  if (cur.parent?.type === "redirected_statement") cur = cur.parent;
  const p = cur.parent;
  if (p?.type !== "pipeline") return void 0;
  const members = p.namedChildren.filter((c) => c && c.type !== "comment");
  return { index: members.findIndex((m) => m?.id === cur.id), length: members.length };
}
var CONTAINERS = /* @__PURE__ */ new Set(["program", "compound_statement", "do_group", "subshell", "if_statement", "elif_clause", "else_clause", "case_item", "function_definition"]);
function isBackgrounded(n) {
  let cur = n;
  while (cur && !CONTAINERS.has(cur.type)) {
    if (cur.nextSibling?.type === "&") return true;
    cur = cur.parent;
  }
  return false;
}
var HEREDOC_DATA = /* @__PURE__ */ new Set(["heredoc_body", "heredoc_content", "heredoc_end"]);
function toRedirect(n, host) {
  let operator = "";
  let target = null;
  for (const c of n.children) {
    if (!c) continue;
    if (!c.isNamed && operator === "") operator = c.type;
    else if (c.isNamed && c.type !== "file_descriptor" && !HEREDOC_DATA.has(c.type) && target === null) target = toWord(c, host).word;
  }
  return { operator, target, span: host.spanToFile({ start: n.startIndex, end: n.endIndex }) };
}
function toAssign(n, host, exported) {
  const name = n.childForFieldName("name");
  const value = n.childForFieldName("value");
  if (!name) return void 0;
  return {
    name: host.text.slice(name.startIndex, name.endIndex),
    nameSpan: host.spanToFile({ start: name.startIndex, end: name.endIndex }),
    value: value ? toWord(value, host) : null,
    span: host.spanToFile({ start: n.startIndex, end: n.endIndex }),
    exported
  };
}
function collectExports(n, host, script) {
  const keyword = n.children[0]?.type;
  const args = n.namedChildren.filter((c) => c !== null);
  const declareX = (keyword === "declare" || keyword === "typeset") && args.some((a) => a.type === "word" && /^-\w*x/.test(a.text));
  if (keyword !== "export" && !declareX) return;
  for (const a of args) {
    if (a.type === "variable_assignment") {
      const assign = toAssign(a, host, true);
      if (assign) script.exports.push(assign);
    }
  }
}
var MAX_DECODED_WORD = 64 * 1024;
function toWord(n, host) {
  const decoded = n.endIndex - n.startIndex > MAX_DECODED_WORD ? { value: null, offsets: [n.startIndex, n.endIndex] } : decode(n, host.text);
  return { word: makeWord(decoded, n.startIndex, n.endIndex, host), decoded: toFileOffsets(decoded, host) };
}
function decode(n, text) {
  const start = n.startIndex;
  const end = n.endIndex;
  if (DYNAMIC_NODES.has(n.type)) return { value: null, offsets: [start, end] };
  if (n.type === "raw_string") {
    const offsets = [];
    for (let i = start + 1; i < end - 1; i++) offsets.push(i);
    offsets.push(Math.max(start + 1, end - 1));
    return { value: text.slice(start + 1, end - 1), offsets };
  }
  if (n.type === "string") return decodeDoubleQuoted(text, start + 1, end - 1);
  if (n.type === "concatenation") {
    let value = "";
    const offsets = [];
    for (const c of n.namedChildren) {
      if (!c) continue;
      const d = decode(c, text);
      if (d.value === null) value = null;
      if (value !== null) {
        value += d.value;
        for (let k = 0; k < d.value.length; k++) offsets.push(d.offsets[k]);
      }
    }
    offsets.push(end);
    return { value, offsets };
  }
  return decodeBare(text, start, end);
}
function decodeBare(text, start, end) {
  let value = "";
  const offsets = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < end) {
      i++;
      if (text[i] === "\n") continue;
      value += text[i];
      offsets.push(i);
      continue;
    }
    if (c === "$" && /[A-Za-z_{(@*#?$!0-9-]/.test(text[i + 1] ?? "") || c === "`") return { value: null, offsets: [start, end] };
    value += c;
    offsets.push(i);
  }
  offsets.push(end);
  return { value, offsets };
}
function decodeDoubleQuoted(text, start, end) {
  let value = "";
  const offsets = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < end && '$`"\\\n'.includes(text[i + 1])) {
      i++;
      if (text[i] === "\n") continue;
      value += text[i];
      offsets.push(i);
      continue;
    }
    if (c === "$" && /[A-Za-z_{(@*#?$!0-9-]/.test(text[i + 1] ?? "") || c === "`") return { value: null, offsets: [start - 1, end + 1] };
    value += c;
    offsets.push(i);
  }
  offsets.push(end);
  return { value, offsets };
}

export {
  makeWord,
  wordEmbedded,
  toFileOffsets,
  splitWords,
  wordFromEmbedded,
  loadShellParser,
  shellParserReady,
  readWriteAsRead,
  parseShell,
  MAX_DECODED_WORD,
  toWord
};
