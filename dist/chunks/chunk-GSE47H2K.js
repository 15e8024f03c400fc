import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  EmbeddedText
} from "./chunk-IDQTMHCY.js";

// src/parse/json-positions.ts
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var SIMPLE_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var SyntaxProblem = class {
  constructor(problem) {
    this.problem = problem;
  }
  problem;
};
function describe(text, pos) {
  if (pos >= text.length) return "end of input";
  const ch = text.codePointAt(pos);
  if (ch < 32 || ch === 127) return `control character U+${ch.toString(16).toUpperCase().padStart(4, "0")}`;
  return JSON.stringify(String.fromCodePoint(ch));
}
function unexpected(text, pos, expected) {
  const end = pos >= text.length ? pos : pos + (text.codePointAt(pos) > 65535 ? 2 : 1);
  return new SyntaxProblem({ span: { start: pos, end }, message: `expected ${expected} but found ${describe(text, pos)}` });
}
function readString(text, start) {
  let value = "";
  let offsets = null;
  let chunk = start + 1;
  let i = start + 1;
  const flush = (to) => {
    if (to <= chunk) return;
    if (offsets) for (let k = chunk; k < to; k++) offsets.push(k);
    value += text.slice(chunk, to);
  };
  for (; ; ) {
    if (i >= text.length) {
      throw new SyntaxProblem({ span: { start, end: text.length }, message: "unterminated string" });
    }
    const c = text.charCodeAt(i);
    if (c === 34) break;
    if (c === 10 || c === 13) {
      throw new SyntaxProblem({ span: { start, end: i }, message: "unterminated string (a JSON string cannot contain a line break)" });
    }
    if (c < 32) {
      throw new SyntaxProblem({ span: { start: i, end: i + 1 }, message: `${describe(text, i)} in string must be escaped` });
    }
    if (c !== 92) {
      i++;
      continue;
    }
    flush(i);
    if (!offsets) {
      offsets = [];
      for (let k = start + 1; k < i; k++) offsets.push(k);
    }
    const esc = text[i + 1];
    if (esc !== void 0 && Object.hasOwn(SIMPLE_ESCAPES, esc)) {
      value += SIMPLE_ESCAPES[esc];
      offsets.push(i);
      i += 2;
    } else if (esc === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      offsets.push(i);
      i += 6;
    } else {
      throw new SyntaxProblem({
        span: { start: i, end: Math.min(text.length, i + (esc === "u" ? 6 : 2)) },
        message: `invalid escape ${JSON.stringify(text.slice(i, i + (esc === "u" ? 6 : 2)))} in string`
      });
    }
    chunk = i;
  }
  flush(i);
  const span = { start, end: i + 1 };
  if (!offsets) return { type: "string", value, text: EmbeddedText.verbatim(value, start + 1), span };
  offsets.push(i);
  return { type: "string", value, text: EmbeddedText.fromOffsets(value, offsets), span };
}
function skipWhitespace(text, pos) {
  let i = pos;
  for (; ; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}
function parseJson(text) {
  const stack = [];
  let root;
  let pos = 0;
  const errors = [];
  const complete = (node) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = node;
    } else if (top.node.type === "object") {
      const frame = top;
      const key = frame.pendingKey;
      frame.node.members.push({ key, value: node, span: { start: key.span.start, end: node.span.end } });
      frame.pendingKey = void 0;
      frame.state = "comma-or-close";
    } else {
      top.node.items.push(node);
      top.state = "comma-or-close";
    }
  };
  const startValue = () => {
    const c = text[pos];
    if (c === "{") {
      stack.push({ node: { type: "object", members: [], span: { start: pos, end: pos + 1 } }, state: "key-or-close" });
      pos++;
    } else if (c === "[") {
      stack.push({ node: { type: "array", items: [], span: { start: pos, end: pos + 1 } }, state: "value-or-close" });
      pos++;
    } else if (c === '"') {
      const s = readString(text, pos);
      pos = s.span.end;
      complete(s);
    } else if (c === "t" && text.startsWith("true", pos)) {
      complete({ type: "boolean", value: true, span: { start: pos, end: pos += 4 } });
    } else if (c === "f" && text.startsWith("false", pos)) {
      complete({ type: "boolean", value: false, span: { start: pos, end: pos += 5 } });
    } else if (c === "n" && text.startsWith("null", pos)) {
      complete({ type: "null", value: null, span: { start: pos, end: pos += 4 } });
    } else {
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(text);
      if (!m) throw unexpected(text, pos, "a value");
      complete({ type: "number", value: Number(m[0]), span: { start: pos, end: pos += m[0].length } });
    }
  };
  const close = () => {
    const frame = stack.pop();
    frame.node.span = { start: frame.node.span.start, end: pos + 1 };
    pos++;
    complete(frame.node);
  };
  try {
    for (; ; ) {
      pos = skipWhitespace(text, pos);
      const top = stack[stack.length - 1];
      if (!top) {
        if (root !== void 0) {
          if (pos < text.length) throw unexpected(text, pos, "end of input after the JSON value");
          break;
        }
        if (pos >= text.length) throw new SyntaxProblem({ span: { start: pos, end: pos }, message: "empty input: expected a JSON value" });
        startValue();
        continue;
      }
      const c = text[pos];
      if (top.node.type === "object") {
        const frame = top;
        switch (frame.state) {
          case "key-or-close":
          case "key": {
            if (c === "}" && frame.state === "key-or-close") {
              close();
              break;
            }
            if (c !== '"') throw unexpected(text, pos, frame.state === "key" ? "a string key" : "a string key or '}'");
            const key = readString(text, pos);
            pos = skipWhitespace(text, key.span.end);
            if (text[pos] !== ":") throw unexpected(text, pos, "':' after the key");
            pos++;
            frame.pendingKey = key;
            frame.state = "value";
            break;
          }
          case "value":
            startValue();
            break;
          case "comma-or-close":
            if (c === ",") {
              pos++;
              frame.state = "key";
            } else if (c === "}") close();
            else throw unexpected(text, pos, "',' or '}'");
            break;
        }
      } else {
        switch (top.state) {
          case "value-or-close":
            if (c === "]") close();
            else startValue();
            break;
          case "value":
            startValue();
            break;
          case "comma-or-close":
            if (c === ",") {
              pos++;
              top.state = "value";
            } else if (c === "]") close();
            else throw unexpected(text, pos, "',' or ']'");
            break;
        }
      }
    }
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    errors.push(e.problem);
    const at = Math.min(pos, text.length);
    while (stack.length) {
      const frame = stack.pop();
      frame.node.span = { start: frame.node.span.start, end: Math.max(frame.node.span.end, at) };
      complete(frame.node);
    }
  }
  return { root, errors };
}
function memberOf(node, key) {
  if (node?.type !== "object") return void 0;
  for (let i = node.members.length - 1; i >= 0; i--) if (node.members[i].key.value === key) return node.members[i];
  return void 0;
}
function duplicateMembers(node) {
  const seen = /* @__PURE__ */ new Set();
  const dups = [];
  for (const m of node.members) {
    if (seen.has(m.key.value)) dups.push(m);
    seen.add(m.key.value);
  }
  return dups;
}

export {
  parseJson,
  memberOf,
  duplicateMembers
};
