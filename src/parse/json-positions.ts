/**
 * A strict JSON (RFC 8259) parser that keeps positions: every value has a span, object members keep
 * their order, their key spans and any duplicates, and every string carries its decoded text as an
 * `EmbeddedText` mapping each decoded character to the place it is written (an escape maps to its
 * backslash), so a finding inside a package.json script lands on the right column.
 *
 * Why not `yaml`'s parseDocument: it accepts more than JSON (comments, single quotes, plain
 * scalars), so invalid package.json would pass silently, and it has no map from decoded string
 * characters to source offsets. This parser is iterative (an explicit stack), so nesting depth is
 * bounded only by memory, and it never throws: it stops at the first syntax error, reports it with a
 * span, and returns the tree built so far with open containers closed at the error.
 */
import { EmbeddedText } from '../embedded.js';
import type { Span } from '../source.js';
import type { ParseProblem } from '../types.js';

export interface JsonString {
  type: 'string';
  value: string;
  /** The decoded string mapped to the file (each character to its source character or escape). */
  text: EmbeddedText;
  /** The literal including its quotes. */
  span: Span;
}
export interface JsonNumber {
  type: 'number';
  value: number;
  span: Span;
}
export interface JsonBoolean {
  type: 'boolean';
  value: boolean;
  span: Span;
}
export interface JsonNull {
  type: 'null';
  value: null;
  span: Span;
}
export interface JsonMember {
  key: JsonString;
  value: JsonNode;
  /** From the key's opening quote to the end of the value. */
  span: Span;
}
export interface JsonObject {
  type: 'object';
  members: JsonMember[];
  span: Span;
}
export interface JsonArray {
  type: 'array';
  items: JsonNode[];
  span: Span;
}
export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

export interface JsonParseResult {
  /** The root value; partial when `errors` is not empty, undefined when nothing could be read. */
  root: JsonNode | undefined;
  /** Syntax errors (at most one: parsing stops at the first). */
  errors: ParseProblem[];
}

type Frame =
  | { node: JsonObject; state: 'key-or-close' | 'key' | 'value' | 'comma-or-close'; pendingKey?: JsonString }
  | { node: JsonArray; state: 'value-or-close' | 'value' | 'comma-or-close' };

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class SyntaxProblem {
  constructor(readonly problem: ParseProblem) {}
}

function describe(text: string, pos: number): string {
  if (pos >= text.length) return 'end of input';
  const ch = text.codePointAt(pos)!;
  if (ch < 0x20 || ch === 0x7f) return `control character U+${ch.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(String.fromCodePoint(ch));
}

function unexpected(text: string, pos: number, expected: string): SyntaxProblem {
  const end = pos >= text.length ? pos : pos + (text.codePointAt(pos)! > 0xffff ? 2 : 1);
  return new SyntaxProblem({ span: { start: pos, end }, message: `expected ${expected} but found ${describe(text, pos)}` });
}

/** Read the string literal whose opening quote is at `start`. */
function readString(text: string, start: number): JsonString {
  let value = '';
  let offsets: number[] | null = null;
  let chunk = start + 1;
  let i = start + 1;
  const flush = (to: number): void => {
    if (to <= chunk) return;
    if (offsets) for (let k = chunk; k < to; k++) offsets.push(k);
    value += text.slice(chunk, to);
  };
  for (;;) {
    if (i >= text.length) {
      throw new SyntaxProblem({ span: { start, end: text.length }, message: 'unterminated string' });
    }
    const c = text.charCodeAt(i);
    if (c === 34) break;
    if (c === 10 || c === 13) {
      throw new SyntaxProblem({ span: { start, end: i }, message: 'unterminated string (a JSON string cannot contain a line break)' });
    }
    if (c < 0x20) {
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
    if (esc !== undefined && Object.hasOwn(SIMPLE_ESCAPES, esc)) {
      value += SIMPLE_ESCAPES[esc];
      offsets.push(i);
      i += 2;
    } else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      offsets.push(i);
      i += 6;
    } else {
      throw new SyntaxProblem({
        span: { start: i, end: Math.min(text.length, i + (esc === 'u' ? 6 : 2)) },
        message: `invalid escape ${JSON.stringify(text.slice(i, i + (esc === 'u' ? 6 : 2)))} in string`,
      });
    }
    chunk = i;
  }
  flush(i);
  const span = { start, end: i + 1 };
  if (!offsets) return { type: 'string', value, text: EmbeddedText.verbatim(value, start + 1), span };
  offsets.push(i);
  return { type: 'string', value, text: EmbeddedText.fromOffsets(value, offsets), span };
}

function skipWhitespace(text: string, pos: number): number {
  let i = pos;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** Parse `text` as one JSON value. Offsets in the result are indexes into `text`. */
export function parseJson(text: string): JsonParseResult {
  const stack: Frame[] = [];
  let root: JsonNode | undefined;
  let pos = 0;
  const errors: ParseProblem[] = [];

  const complete = (node: JsonNode): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = node;
    } else if (top.node.type === 'object') {
      const frame = top as Extract<Frame, { node: JsonObject }>;
      const key = frame.pendingKey!;
      frame.node.members.push({ key, value: node, span: { start: key.span.start, end: node.span.end } });
      frame.pendingKey = undefined;
      frame.state = 'comma-or-close';
    } else {
      top.node.items.push(node);
      top.state = 'comma-or-close';
    }
  };

  /** Start reading a value at `pos`: scalars complete at once, containers push a frame. */
  const startValue = (): void => {
    const c = text[pos];
    if (c === '{') {
      stack.push({ node: { type: 'object', members: [], span: { start: pos, end: pos + 1 } }, state: 'key-or-close' });
      pos++;
    } else if (c === '[') {
      stack.push({ node: { type: 'array', items: [], span: { start: pos, end: pos + 1 } }, state: 'value-or-close' });
      pos++;
    } else if (c === '"') {
      const s = readString(text, pos);
      pos = s.span.end;
      complete(s);
    } else if (c === 't' && text.startsWith('true', pos)) {
      complete({ type: 'boolean', value: true, span: { start: pos, end: (pos += 4) } });
    } else if (c === 'f' && text.startsWith('false', pos)) {
      complete({ type: 'boolean', value: false, span: { start: pos, end: (pos += 5) } });
    } else if (c === 'n' && text.startsWith('null', pos)) {
      complete({ type: 'null', value: null, span: { start: pos, end: (pos += 4) } });
    } else {
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(text);
      if (!m) throw unexpected(text, pos, 'a value');
      complete({ type: 'number', value: Number(m[0]), span: { start: pos, end: (pos += m[0].length) } });
    }
  };

  const close = (): void => {
    const frame = stack.pop()!;
    frame.node.span = { start: frame.node.span.start, end: pos + 1 };
    pos++;
    complete(frame.node);
  };

  try {
    for (;;) {
      pos = skipWhitespace(text, pos);
      const top = stack[stack.length - 1];
      if (!top) {
        if (root !== undefined) {
          if (pos < text.length) throw unexpected(text, pos, 'end of input after the JSON value');
          break;
        }
        if (pos >= text.length) throw new SyntaxProblem({ span: { start: pos, end: pos }, message: 'empty input: expected a JSON value' });
        startValue();
        continue;
      }
      const c = text[pos];
      if (top.node.type === 'object') {
        const frame = top as Extract<Frame, { node: JsonObject }>;
        switch (frame.state) {
          case 'key-or-close':
          case 'key': {
            if (c === '}' && frame.state === 'key-or-close') {
              close();
              break;
            }
            if (c !== '"') throw unexpected(text, pos, frame.state === 'key' ? 'a string key' : "a string key or '}'");
            const key = readString(text, pos);
            pos = skipWhitespace(text, key.span.end);
            if (text[pos] !== ':') throw unexpected(text, pos, "':' after the key");
            pos++;
            frame.pendingKey = key;
            frame.state = 'value';
            break;
          }
          case 'value':
            startValue();
            break;
          case 'comma-or-close':
            if (c === ',') {
              pos++;
              frame.state = 'key';
            } else if (c === '}') close();
            else throw unexpected(text, pos, "',' or '}'");
            break;
        }
      } else {
        switch (top.state) {
          case 'value-or-close':
            if (c === ']') close();
            else startValue();
            break;
          case 'value':
            startValue();
            break;
          case 'comma-or-close':
            if (c === ',') {
              pos++;
              top.state = 'value';
            } else if (c === ']') close();
            else throw unexpected(text, pos, "',' or ']'");
            break;
        }
      }
    }
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    errors.push(e.problem);
    // Close what is still open at the error so the partial tree is usable.
    const at = Math.min(pos, text.length);
    while (stack.length) {
      const frame = stack.pop()!;
      frame.node.span = { start: frame.node.span.start, end: Math.max(frame.node.span.end, at) };
      // A container is only ever opened as a value, so its parent still holds the pending key.
      complete(frame.node);
    }
  }
  return { root, errors };
}

/** The member JSON.parse would keep for a key: the last one with that key. */
export function memberOf(node: JsonNode | undefined, key: string): JsonMember | undefined {
  if (node?.type !== 'object') return undefined;
  for (let i = node.members.length - 1; i >= 0; i--) if (node.members[i]!.key.value === key) return node.members[i];
  return undefined;
}

/** Members whose key appeared earlier in the same object (what JSON.parse silently overwrites). */
export function duplicateMembers(node: JsonObject): JsonMember[] {
  const seen = new Set<string>();
  const dups: JsonMember[] = [];
  for (const m of node.members) {
    if (seen.has(m.key.value)) dups.push(m);
    seen.add(m.key.value);
  }
  return dups;
}
