import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);

// src/embedded.ts
var EmbeddedText = class _EmbeddedText {
  constructor(text, offsets, base) {
    this.text = text;
    this.offsets = offsets;
    this.base = base;
  }
  text;
  offsets;
  base;
  /** Whether `toFile` maps every offset from 0 to the text's length to itself (a whole file). */
  get isIdentity() {
    return this.offsets === null && this.base === 0;
  }
  /** Text that is written verbatim at `fileOffset` in the file. */
  static verbatim(text, fileOffset) {
    return new _EmbeddedText(text, null, fileOffset);
  }
  /** Text assembled from pieces that each sit verbatim somewhere in the file. */
  static fromPieces(pieces) {
    if (pieces.length === 1) return _EmbeddedText.verbatim(pieces[0].text, pieces[0].fileOffset);
    const text = pieces.map((p) => p.text).join("");
    const offsets = new Int32Array(text.length + 1);
    let i = 0;
    let last = pieces.length ? pieces[0].fileOffset : 0;
    for (const p of pieces) {
      for (let k = 0; k < p.text.length; k++) offsets[i++] = p.fileOffset + k;
      last = p.fileOffset + p.text.length;
    }
    offsets[i] = last;
    return new _EmbeddedText(text, offsets, 0);
  }
  /** Text with an explicit per-character map (length `text.length + 1`). */
  static fromOffsets(text, offsets) {
    if (offsets.length !== text.length + 1) throw new Error("offset map length must be text length + 1");
    return new _EmbeddedText(text, Int32Array.from(offsets), 0);
  }
  /**
   * Find `value` (a string derived from `raw`, e.g. after quote removal or YAML folding) inside
   * `raw`, which is written verbatim at `fileOffset`. Characters are matched in order; a whitespace
   * run in `value` matches any whitespace run in `raw`, and characters of `raw` that `value` dropped
   * (quotes, escapes, indentation) are skipped. Falls back to spreading `value` over `raw` when the
   * two cannot be aligned, so spans stay inside the construct.
   */
  static aligned(value, raw, fileOffset) {
    if (value === raw) return _EmbeddedText.verbatim(value, fileOffset);
    const offsets = new Int32Array(value.length + 1);
    let r = 0;
    for (let v = 0; v < value.length; v++) {
      const ch = value[v];
      const ws = ch === " " || ch === "	" || ch === "\n";
      let found = -1;
      for (let k = r; k < raw.length; k++) {
        const rc = raw[k];
        if (rc === ch || ws && (rc === " " || rc === "	" || rc === "\n" || rc === "\r")) {
          found = k;
          break;
        }
      }
      if (found === -1) {
        for (let w = v; w <= value.length; w++) {
          offsets[w] = fileOffset + Math.min(raw.length, r + (w - v));
        }
        return new _EmbeddedText(value, offsets, 0);
      }
      offsets[v] = fileOffset + found;
      r = found + 1;
      if (ws) {
        const nextIsWs = v + 1 < value.length && /[ \t\n]/.test(value[v + 1]);
        if (!nextIsWs) while (r < raw.length && /[ \t\r\n]/.test(raw[r])) r++;
      }
    }
    offsets[value.length] = fileOffset + r;
    return new _EmbeddedText(value, offsets, 0);
  }
  get length() {
    return this.text.length;
  }
  /** File offset of an embedded offset (0..length). */
  toFile(i) {
    const k = Math.max(0, Math.min(i, this.text.length));
    return this.offsets ? this.offsets[k] : this.base + k;
  }
  /** File span of an embedded span; the end maps to just after the last character. */
  spanToFile(s) {
    const start = this.toFile(s.start);
    if (s.end <= s.start) return { start, end: start };
    const end = this.toFile(s.end - 1) + 1;
    return { start, end: Math.max(start, end) };
  }
  /** A sub-range as its own embedded text (keeps the map). */
  slice(start, end) {
    const s = Math.max(0, start);
    const e = Math.min(this.text.length, end);
    if (!this.offsets) return _EmbeddedText.verbatim(this.text.slice(s, e), this.base + s);
    return new _EmbeddedText(this.text.slice(s, e), this.offsets.slice(s, e + 1), 0);
  }
  /** Compose: `inner` is text embedded in this text; the result maps straight to the file. */
  compose(inner) {
    const offsets = new Int32Array(inner.text.length + 1);
    for (let i = 0; i <= inner.text.length; i++) offsets[i] = this.toFile(inner.toFile(i));
    return new _EmbeddedText(inner.text, offsets, 0);
  }
};

export {
  EmbeddedText
};
