import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  EmbeddedText
} from "./chunk-I4SI6Z27.js";

// src/parse/systemd.ts
function isBlank(code) {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
function skipBlanks(text, from, to) {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}
function trimEnd(text, from, to) {
  let i = to;
  while (i > from && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}
function endsWithContinuation(line) {
  let n = 0;
  for (let i = line.length - 1; i >= 0 && line.charCodeAt(i) === 92; i--) n++;
  return n % 2 === 1;
}
function parseSystemd(source, environment) {
  const text = source.text;
  const sections = [];
  const comments = [];
  const logicalLines = [];
  const parseErrors = [];
  let current;
  const takeComment = (start, end) => {
    const first = skipBlanks(text, start, end);
    const ch = text[first];
    if (first >= end || ch !== "#" && ch !== ";") return false;
    comments.push({ span: { start: first, end }, body: text.slice(first + 1, end), ownLine: true });
    return true;
  };
  const handleLogicalLine = (et) => {
    const t = et.text;
    const s = skipBlanks(t, 0, t.length);
    const e = trimEnd(t, s, t.length);
    if (s >= e) return;
    const whole = et.spanToFile({ start: s, end: e });
    if (t[s] === "[") {
      let nameEnd;
      if (t[e - 1] === "]" && e - s >= 2) {
        nameEnd = e - 1;
      } else {
        const close = t.indexOf("]", s + 1);
        nameEnd = close !== -1 && close < e ? close : e;
        parseErrors.push({ span: whole, message: `invalid section header ${JSON.stringify(t.slice(s, e))}: it must end with ']'` });
      }
      current = {
        name: t.slice(s + 1, nameEnd),
        nameSpan: et.spanToFile({ start: s + 1, end: nameEnd }),
        headerSpan: whole,
        span: whole,
        directives: []
      };
      sections.push(current);
      return;
    }
    const eq = t.indexOf("=", s);
    if (eq === -1 || eq >= e) {
      parseErrors.push({ span: whole, message: `missing '=' in ${JSON.stringify(t.slice(s, e))}: systemd ignores this line` });
      return;
    }
    const keyEnd = trimEnd(t, s, eq);
    if (keyEnd === s) {
      parseErrors.push({ span: whole, message: "missing key name before '=': systemd ignores this line" });
      return;
    }
    if (!current) {
      parseErrors.push({ span: whole, message: "assignment outside of any [Section]: systemd ignores this line" });
      return;
    }
    const valueStart = skipBlanks(t, eq + 1, e);
    const keySpan = et.spanToFile({ start: s, end: keyEnd });
    const valueSpan = valueStart < e ? et.spanToFile({ start: valueStart, end: e }) : { start: et.toFile(eq) + 1, end: et.toFile(eq) + 1 };
    const directive = {
      key: t.slice(s, keyEnd),
      keySpan,
      value: valueStart < e ? et.slice(valueStart, e) : EmbeddedText.verbatim("", valueSpan.start),
      valueSpan,
      span: { start: keySpan.start, end: Math.max(valueSpan.end, et.toFile(eq) + 1) },
      section: current.name
    };
    current.directives.push(directive);
    current.span = { start: current.span.start, end: Math.max(current.span.end, directive.span.end) };
  };
  const lineCount = source.lineCount;
  let line = 1;
  while (line <= lineCount) {
    const start = source.lineStart(line);
    const end = source.lineEnd(line);
    if (skipBlanks(text, start, end) >= end || takeComment(start, end)) {
      line++;
      continue;
    }
    const first = line;
    const pieces = [];
    let lineStart = start;
    let lineEnd = end;
    for (; ; ) {
      const content = text.slice(lineStart, lineEnd);
      if (!endsWithContinuation(content)) {
        pieces.push({ text: content, fileOffset: lineStart });
        break;
      }
      pieces.push({ text: content.slice(0, -1), fileOffset: lineStart });
      pieces.push({ text: " ", fileOffset: lineEnd - 1 });
      do {
        line++;
        if (line > lineCount) break;
        lineStart = source.lineStart(line);
        lineEnd = source.lineEnd(line);
      } while (takeComment(lineStart, lineEnd));
      if (line > lineCount) {
        line = lineCount;
        break;
      }
    }
    if (line > first) logicalLines.push({ first, last: line });
    handleLogicalLine(EmbeddedText.fromPieces(pieces));
    line++;
  }
  return { kind: "systemd", source, environment, tree: { sections }, comments, logicalLines, parseErrors };
}
function getSection(tree, name) {
  return tree.sections.find((s) => s.name === name);
}
function getSections(tree, name) {
  return tree.sections.filter((s) => s.name === name);
}
function sectionList(section) {
  if (!section) return [];
  return Array.isArray(section) ? section : [section];
}
function getDirectives(section, key) {
  const out = [];
  for (const s of sectionList(section)) for (const d of s.directives) if (d.key === key) out.push(d);
  return out;
}
function lastDirective(section, key) {
  const all = getDirectives(section, key);
  return all[all.length - 1];
}

export {
  parseSystemd,
  getSection,
  getSections,
  getDirectives,
  lastDirective
};
