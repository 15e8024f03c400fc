/**
 * Static values of Python literal expressions: `None`, `True`/`False`, numbers, strings.
 * Anything computed (a name, a call, an f-string with interpolations) is `unknown`, so rules can tell
 * "explicitly None" from "set to something we cannot evaluate".
 */
import { unparenthesize, type PyNode } from './node.js';

export type PyLiteral =
  | { kind: 'none' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'unknown' };

const UNKNOWN: PyLiteral = { kind: 'unknown' };

/** The static value of an expression, looking through parentheses and a unary `-`/`+`. */
export function literalOf(expr: PyNode): PyLiteral {
  const node = unparenthesize(expr);
  switch (node.type) {
    case 'none':
      return { kind: 'none' };
    case 'true':
      return { kind: 'bool', value: true };
    case 'false':
      return { kind: 'bool', value: false };
    case 'integer':
    case 'float': {
      const value = numberValue(node.text);
      return value === undefined ? UNKNOWN : { kind: 'number', value };
    }
    case 'unary_operator': {
      // Iterative, so `- - - ... 1` written thousands deep cannot exhaust the stack.
      let sign = 1;
      let n: PyNode = node;
      while (n.type === 'unary_operator') {
        const op = n.child('operator')?.type;
        const arg = n.child('argument');
        if (!arg || (op !== '-' && op !== '+')) return UNKNOWN;
        if (op === '-') sign = -sign;
        n = unparenthesize(arg);
      }
      if (n.type !== 'integer' && n.type !== 'float') return UNKNOWN;
      const value = numberValue(n.text);
      return value === undefined ? UNKNOWN : { kind: 'number', value: sign * value };
    }
    case 'string':
    case 'concatenated_string': {
      const value = stringValue(node);
      return value === null ? UNKNOWN : { kind: 'string', value };
    }
    default:
      return UNKNOWN;
  }
}

/** `None` (through parentheses). */
export function isNone(expr: PyNode): boolean {
  return literalOf(expr).kind === 'none';
}

/** A literal Python considers true: `True`, a non-zero number, a non-empty string. */
export function isTruthyConstant(expr: PyNode): boolean {
  const lit = literalOf(expr);
  switch (lit.kind) {
    case 'bool':
      return lit.value;
    case 'number':
      return lit.value !== 0;
    case 'string':
      return lit.value.length > 0;
    default:
      return false;
  }
}

/** A literal Python considers false: `False`, `None`, `0`, `""`. */
export function isFalsyConstant(expr: PyNode): boolean {
  const lit = literalOf(expr);
  switch (lit.kind) {
    case 'none':
      return true;
    case 'bool':
      return !lit.value;
    case 'number':
      return lit.value === 0;
    case 'string':
      return lit.value.length === 0;
    default:
      return false;
  }
}

function numberValue(text: string): number | undefined {
  const t = text.replace(/_/g, '').toLowerCase();
  if (/[jl]$/.test(t)) return undefined; // complex, or a Python 2 long
  if (/^0[xob]/.test(t)) {
    const v = Number(t);
    return Number.isNaN(v) ? undefined : v;
  }
  if (/^0+\d/.test(t) && !/[.e]/.test(t)) return undefined; // Python 2 octal `0777`
  const v = Number(t);
  return Number.isNaN(v) ? undefined : v;
}

/**
 * The value of a string literal (or implicit concatenation `"a" "b"`) with escapes decoded, or null
 * when it is not a literal or contains f-string interpolations. Bytes literals are decoded the same
 * way (their text is what matters to rules).
 */
export function stringValue(expr: PyNode): string | null {
  return stringText(expr, false);
}

/**
 * Like `stringValue`, but f-string interpolations are kept as written (`{user_id}`), so rules can
 * search SQL or URLs assembled with f-strings.
 */
export function stringTemplate(expr: PyNode): string | null {
  return stringText(expr, true);
}

function stringText(expr: PyNode, keepInterpolations: boolean): string | null {
  const node = unparenthesize(expr);
  if (node.type === 'concatenated_string') {
    let out = '';
    for (const part of node.namedChildren) {
      if (part.type === 'comment') continue;
      const v = stringText(part, keepInterpolations);
      if (v === null) return null;
      out += v;
    }
    return out;
  }
  if (node.type !== 'string') return null;
  const startTok = node.childOfType('string_start');
  const prefix = (startTok?.text ?? '').replace(/['"]/g, '').toLowerCase();
  const raw = prefix.includes('r');
  let out = '';
  for (const part of node.children) {
    if (part.type === 'string_content') out += raw ? part.text : decodeEscapes(part.text);
    else if (part.type === 'escape_sequence') out += raw ? part.text : decodeEscapes(part.text);
    else if (part.type === 'interpolation') {
      if (!keepInterpolations) return null;
      out += part.text;
    }
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** Decode Python backslash escapes (unknown escapes stay as written, as Python does). */
function decodeEscapes(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|\r\n|[\s\S])/g, (whole, esc: string) => {
    const simple = SIMPLE_ESCAPES[esc];
    if (simple !== undefined) return simple;
    if (esc === '\r\n') return '';
    if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
    if (/^[xuU]./.test(esc)) {
      const code = parseInt(esc.slice(1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return whole;
  });
}
