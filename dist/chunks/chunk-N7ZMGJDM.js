import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);

// src/parse/lines.ts
function backslashContinuations(source) {
  const out = [];
  let first = -1;
  for (let line = 1; line <= source.lineCount; line++) {
    const text = source.lineText(line);
    const continues = /(^|[^\\])(\\\\)*\\\s*$/.test(text);
    if (continues && first === -1) first = line;
    if (!continues && first !== -1) {
      out.push({ first, last: line });
      first = -1;
    }
  }
  if (first !== -1 && first < source.lineCount) out.push({ first, last: source.lineCount });
  return out;
}
function ownLineComments(source, markers) {
  const out = [];
  for (let line = 1; line <= source.lineCount; line++) {
    const text = source.lineText(line);
    const m = /^[ \t]*/.exec(text);
    const at = m[0].length;
    if (at < text.length && markers.includes(text[at])) {
      const start = source.lineStart(line) + at;
      out.push({ span: { start, end: source.lineStart(line) + text.length }, body: text.slice(at + 1), ownLine: true });
    }
  }
  return out;
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
  backslashContinuations,
  ownLineComments,
  mergeRanges
};
