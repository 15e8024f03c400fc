/**
 * Instruction boundaries of a Dockerfile in one pass over the text, exactly where `dockerfile-ast`
 * puts them (its parser.js: `parse`, `processInstruction`, `processArguments`), for the files
 * where that is a plain scan: the default escape character, no heredoc, no `\r`, no byte-order
 * mark, no escape inside a keyword. For anything else it returns undefined and the caller asks
 * dockerfile-ast, which builds an object per argument, flag and position and was a fifth of a
 * Dockerfile run; prodlint reads only the boundaries and does its own argument extraction.
 *
 * Quirks kept on purpose (they decide where an instruction ends): after a continuation, blank
 * lines and comment lines do not end the instruction; an escape followed by blanks and then a
 * newline is a continuation too.
 */

export interface SplitInstruction {
  start: number;
  /** Where the instruction's text ends: its last line's newline, or the end of the text. */
  end: number;
  keywordEnd: number;
  /** As written (callers upper-case it). */
  keyword: string;
}

const NL = 10;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const BACKSLASH = 92;

/** undefined when the text needs dockerfile-ast (see the module comment). */
export function splitDockerfile(text: string): SplitInstruction[] | undefined {
  if (/[\r\uFEFF]/.test(text) || text.includes('<<') || hasEscapeDirective(text)) return undefined;
  const out: SplitInstruction[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === NL) {
      i++;
      continue;
    }
    if (c === HASH) {
      i = lineEnd(text, i);
      continue;
    }
    const start = i;
    let j = i;
    for (; j < n; j++) {
      const k = text.charCodeAt(j);
      if (k === SPACE || k === TAB || k === NL) break;
      if (k === BACKSLASH) return undefined; // an escaped keyword: dockerfile-ast's own rules
    }
    const keyword = text.slice(start, j);
    const end = j < n && text.charCodeAt(j) !== NL ? argumentsEnd(text, j + 1) : j;
    if (end < 0) return undefined;
    out.push({ start, end, keywordEnd: j, keyword });
    i = end;
  }
  return out;
}

/**
 * From just past the blank after the keyword: the offset of the newline that ends the
 * instruction, or the end of the text; -1 where the scan would leave this module's subset.
 */
function argumentsEnd(text: string, from: number): number {
  const n = text.length;
  let escaped = false;
  let k = from;
  while (k < n) {
    const ch = text.charCodeAt(k);
    if (ch === NL) {
      if (!escaped) return k;
      k++;
    } else if (ch === BACKSLASH) {
      const next = text.charCodeAt(k + 1);
      if (next === NL) {
        escaped = true;
        k += 2;
      } else if (next === SPACE || next === TAB) {
        let m = k + 2;
        while (m < n && (text.charCodeAt(m) === SPACE || text.charCodeAt(m) === TAB)) m++;
        if (m >= n) return n;
        if (text.charCodeAt(m) === NL) escaped = true;
        // dockerfile-ast steps over the character after the blanks; when that one could matter
        // (an escape, a comment sign), leave the file to it.
        else if (text.charCodeAt(m) === BACKSLASH || text.charCodeAt(m) === HASH) return -1;
        k = m + 1;
      } else {
        k++;
      }
    } else if (ch === HASH && escaped) {
      // A comment line inside a continuation; the newline after it does not end the instruction.
      k = lineEnd(text, k);
      if (k < n) k++;
    } else {
      if (ch !== SPACE && ch !== TAB) escaped = false;
      k++;
    }
  }
  return n;
}

function lineEnd(text: string, from: number): number {
  const e = text.indexOf('\n', from);
  return e < 0 ? text.length : e;
}

/**
 * Whether the leading comment lines (where parser directives live) name `escape`: a file that may
 * change its escape character is dockerfile-ast's to read.
 */
function hasEscapeDirective(text: string): boolean {
  let p = 0;
  while (p < text.length) {
    const e = lineEnd(text, p);
    const line = text.slice(p, e);
    if (!/^[ \t]*#/.test(line)) return false;
    if (/^[ \t]*#[ \t]*escape[ \t]*=/i.test(line)) return true;
    p = e + 1;
  }
  return false;
}
