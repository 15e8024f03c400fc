/**
 * A reader for the plain block YAML that nearly every compose file is written in: block maps and
 * sequences, one-line plain and quoted scalars, anchors, aliases, merge keys, comments and
 * one-line flow collections of scalars. It builds the `yaml` package's own nodes (the classes,
 * ranges, scalar types and tag resolution `yaml`'s composer gives), so every rule reads the same
 * document either way; anything else it meets (block scalars, tags, multi-line scalars or flow
 * collections, escapes, directives, several documents, tabs, CRLF, anything malformed) makes it
 * give up, and the caller parses the file with `yaml` instead.
 *
 * Why: `yaml`'s lexer, CST parser and composer were most of a compose run (a token object per
 * indicator, space and newline); this reads the same files in one pass over the text. A test
 * reads every YAML file of the fixtures, the demo and generated cases both ways and requires the
 * same nodes, ranges and comments.
 */
import { Alias, Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Comment } from '../types.js';
import { SCALAR } from './yaml-guards.js';

export interface BlockYaml {
  doc: Document;
  comments: Comment[];
}

/** Thrown (without a stack) when the text leaves the subset; caught in readBlockYaml. */
const GIVE_UP = { giveUp: true };

/** Deeper than this the caller's path (with its depth guard and message) takes over. */
const MAX_DEPTH = 100;
/** yaml rejects implicit keys longer than 1024 characters; such a file is not ours. */
const MAX_KEY = 1000;

const SPACE = 32;
const NL = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const BACKSLASH = 92;

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve(value: string, onError: (msg: string) => void, options: unknown): unknown;
}

type Node = Scalar | YAMLMap | YAMLSeq | Alias;

export function readBlockYaml(text: string, options: Readonly<Record<string, unknown>>): BlockYaml | undefined {
  // Outside the subset wholesale: tabs (indentation rules), CR (line ends), a BOM.
  if (/[\t\r\uFEFF]/.test(text)) return undefined;
  try {
    return new BlockReader(text, options).read();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

function giveUp(): never {
  throw GIVE_UP;
}

class BlockReader {
  private readonly doc: Document;
  private readonly tags: readonly ScalarTag[];
  private readonly strTag: ScalarTag;
  private readonly comments: Comment[] = [];
  private readonly anchors = new Set<string>();
  private readonly keyTags = new Map<string, ScalarTag>();
  private readonly valueTags = new Map<string, ScalarTag>();
  /** Start of the current content line, its indentation and the read position. */
  private lineStart = 0;
  private indent = 0;
  private pos = 0;
  private depth = 0;
  /** Where nextContent last stopped, so asking again is free. */
  private contentPos = -1;
  /**
   * The comment-only lines nextContent passed on its way there: each one's indentation and where
   * its line ends, and how many of them a value or collection has already taken (inlineEnd,
   * endCollection). Where yaml puts them decides the ranges, so the spans rules report.
   */
  private readonly gapIndents: number[] = [];
  private readonly gapEnds: number[] = [];
  private gapTaken = 0;

  constructor(
    private readonly text: string,
    options: Readonly<Record<string, unknown>>,
  ) {
    this.doc = new Document(undefined, options);
    const schema = this.doc.schema as unknown as { tags: ScalarTag[] } & Record<symbol, ScalarTag>;
    this.tags = schema.tags;
    // The schema keeps its string tag under the scalar node-type symbol.
    this.strTag = schema[SCALAR]!;
  }

  read(): BlockYaml {
    const t = this.text;
    if (!this.nextContent()) giveUp();
    // A directive, a document marker or a root that is not a collection: yaml's business.
    const c = t.charCodeAt(this.pos);
    if (c === 37 /* % */ || (this.indent === 0 && (t.startsWith('---', this.pos) || t.startsWith('...', this.pos)))) giveUp();
    const root = this.blockNode(-1, undefined);
    if (this.nextContent()) giveUp();
    this.doc.contents = root as never;
    this.doc.range = [0, root.range![2], t.length];
    return { doc: this.doc, comments: this.comments };
  }

  // ---- lines ----------------------------------------------------------------------------

  /**
   * From `pos` (a line start, or the end of a line already read), skips blank and comment-only
   * lines, collecting the comments; stops at the next content line. False at the end of text.
   */
  private nextContent(): boolean {
    const t = this.text;
    let p = this.pos;
    // Asked again where it last stopped: the same line (callers look ahead, then read on).
    if (p === this.contentPos) return p < t.length;
    // Mid-line: the rest of this line must already have been read.
    if (p > 0 && p < t.length && t.charCodeAt(p - 1) !== NL) giveUp();
    this.gapIndents.length = 0;
    this.gapEnds.length = 0;
    this.gapTaken = 0;
    while (p < t.length) {
      const start = p;
      while (t.charCodeAt(p) === SPACE) p++;
      const c = t.charCodeAt(p);
      if (p >= t.length) break;
      if (c === NL) {
        p++;
        continue;
      }
      if (c === HASH) {
        const p0 = p;
        p = this.comment(p, start);
        if (p < t.length) p++;
        this.gapIndents.push(p0 - start);
        this.gapEnds.push(p);
        continue;
      }
      this.lineStart = start;
      this.indent = p - start;
      this.pos = p;
      this.contentPos = p;
      return true;
    }
    this.pos = t.length;
    this.contentPos = t.length;
    return false;
  }

  /** A comment from `#` at `p` to the end of its line; returns the newline's offset. */
  private comment(p: number, lineStart: number): number {
    const t = this.text;
    let e = t.indexOf('\n', p);
    if (e < 0) e = t.length;
    let k = p - 1;
    while (k >= lineStart && t.charCodeAt(k) === SPACE) k--;
    this.comments.push({ span: { start: p, end: e }, body: t.slice(p + 1, e), ownLine: k < lineStart });
    return e;
  }

  /**
   * After a value ending at `valueEnd` (== pos): spaces, an optional comment and the newline.
   * Returns where yaml ends the node (range[2]: through the newline); pos moves past it.
   */
  private endOfLine(): number {
    const t = this.text;
    let p = this.pos;
    const spaced = p < t.length && t.charCodeAt(p) === SPACE;
    while (t.charCodeAt(p) === SPACE) p++;
    if (p < t.length && t.charCodeAt(p) === HASH) {
      if (!spaced) giveUp();
      p = this.comment(p, this.lineStart);
    }
    if (p < t.length) {
      if (t.charCodeAt(p) !== NL) giveUp();
      p++;
    }
    this.pos = p;
    return p;
  }

  /**
   * `node`, a collection at column `col`, ends at the current line (or the end of text). The
   * comment lines before that line that no value took are, in yaml's CST, a last, comment-only
   * item of the innermost collection; closing it, yaml hands them to the parent when the
   * collection is at column 0 or every one of them is indented less than it, and otherwise keeps
   * them, so the collection's end (range[2], and its parent's range[1]) reaches the next line's
   * content. (yaml/dist/parse/parser.js, `pop`.)
   */
  private endCollection(node: YAMLMap | YAMLSeq, col: number): void {
    const n = this.gapIndents.length;
    if (this.gapTaken >= n || col === 0) return;
    for (let i = this.gapTaken; i < n; i++) {
      if (this.gapIndents[i]! >= col) {
        node.range![2] = this.pos;
        this.gapTaken = n;
        return;
      }
    }
  }

  private atLineEnd(p: number): boolean {
    const t = this.text;
    while (t.charCodeAt(p) === SPACE) p++;
    return p >= t.length || t.charCodeAt(p) === NL || t.charCodeAt(p) === HASH;
  }

  // ---- block collections -----------------------------------------------------------------

  /** The block collection on the current content line, more indented than `parent`. */
  private blockNode(parent: number, anchor: string | undefined): YAMLMap | YAMLSeq {
    if (this.indent <= parent) giveUp();
    if (++this.depth > MAX_DEPTH) giveUp();
    const node = this.isSeqItem() ? this.blockSeq(this.indent) : this.blockMap(this.indent);
    this.depth--;
    if (anchor !== undefined) this.setAnchor(node, anchor);
    return node;
  }

  private isSeqItem(): boolean {
    const t = this.text;
    if (t.charCodeAt(this.pos) !== DASH) return false;
    const n = this.pos + 1;
    return n >= t.length || t.charCodeAt(n) === SPACE || t.charCodeAt(n) === NL;
  }

  /** A block map whose keys start at column `col`; the current line holds its first key. */
  private blockMap(col: number): YAMLMap {
    const map = new YAMLMap(this.doc.schema);
    const start = this.pos;
    let end = start;
    for (;;) {
      const key = this.key();
      const value = this.mapValue(col);
      map.items.push(new Pair(key, value));
      end = value.range![2];
      if (!this.nextContent() || this.indent < col) break;
      if (this.indent > col || this.isSeqItem()) giveUp();
    }
    map.range = [start, end, end];
    this.endCollection(map, col);
    return map;
  }

  /** A block sequence whose dashes stand at column `col`. */
  private blockSeq(col: number): YAMLSeq {
    const t = this.text;
    const seq = new YAMLSeq(this.doc.schema);
    const start = this.pos;
    let end = start;
    for (;;) {
      this.pos++; // the dash
      let item: Node;
      if (this.atLineEnd(this.pos)) {
        this.endOfLine();
        if (!this.nextContent()) giveUp();
        item = this.blockNode(col, undefined);
      } else {
        while (t.charCodeAt(this.pos) === SPACE) this.pos++;
        if (this.isSeqItem()) giveUp(); // `- - a`: a compact nested sequence
        if (this.keyEnd() >= 0) {
          // `- name: x` then `  other: y`: a map whose keys stand where this one does.
          const keyCol = this.pos - this.lineStart;
          if (++this.depth > MAX_DEPTH) giveUp();
          this.indent = keyCol;
          item = this.blockMap(keyCol);
          this.depth--;
        } else {
          item = this.inlineValue(false);
          this.inlineEnd(item, col);
        }
      }
      seq.items.push(item);
      end = item.range![2];
      if (!this.nextContent() || this.indent < col || (this.indent === col && !this.isSeqItem())) break;
      if (this.indent > col) giveUp();
    }
    seq.range = [start, end, end];
    this.endCollection(seq, col);
    return seq;
  }

  /** The value after a key's `:` (pos just past it), in a map at column `col`. */
  private mapValue(col: number): Node {
    const t = this.text;
    const afterColon = this.pos;
    if (this.atLineEnd(afterColon)) {
      this.endOfLine();
      if (this.nextContent() && (this.indent > col || (this.indent === col && this.isSeqItem()))) {
        return this.indent > col ? this.blockNode(col, undefined) : this.sameColumnSeq(col);
      }
      // An empty value: yaml puts it past the colon and the spaces after it and, when a comment
      // follows on its line, ends it where the next content starts. (Comment lines below an empty
      // value join its key's separator by yaml's CST: not followed here.)
      let at = afterColon;
      while (t.charCodeAt(at) === SPACE) at++;
      if (this.gapIndents.length) giveUp();
      return this.scalar(null, '', at, at, t.charCodeAt(at) === HASH ? this.pos : at, Scalar.PLAIN, false);
    }
    if (t.charCodeAt(this.pos) !== SPACE) giveUp();
    while (t.charCodeAt(this.pos) === SPACE) this.pos++;
    if (t.charCodeAt(this.pos) === 38 /* & */) {
      const anchor = this.anchorName();
      if (this.atLineEnd(this.pos)) {
        // `x-defaults: &defaults` and the map below it.
        this.endOfLine();
        if (!this.nextContent()) giveUp();
        if (this.indent > col) return this.blockNode(col, anchor);
        if (this.indent === col && this.isSeqItem()) {
          const seq = this.sameColumnSeq(col);
          this.setAnchor(seq, anchor);
          return seq;
        }
        giveUp();
      }
      const value = this.inlineValue(false);
      if (value instanceof Alias) giveUp();
      this.setAnchor(value, anchor);
      this.inlineEnd(value, col);
      return value;
    }
    const value = this.inlineValue(false);
    this.inlineEnd(value, col);
    return value;
  }

  private sameColumnSeq(col: number): YAMLSeq {
    if (++this.depth > MAX_DEPTH) giveUp();
    const seq = this.blockSeq(col);
    this.depth--;
    return seq;
  }

  /**
   * After a one-line value in a collection at column `col`: the line's end, the comment lines
   * below indented deeper than `col` (yaml ends the value after them), and no continuation line.
   */
  private inlineEnd(value: Node, col: number): void {
    value.range![2] = this.endOfLine();
    // A more indented line below is a multi-line scalar, or an error. The cursor stays where
    // nextContent put it; callers ask again, which is free.
    if (this.nextContent() && this.indent > col) giveUp();
    while (this.gapTaken < this.gapIndents.length && this.gapIndents[this.gapTaken]! > col) {
      value.range![2] = this.gapEnds[this.gapTaken++]!;
    }
  }

  // ---- keys and scalars ------------------------------------------------------------------

  /**
   * Where the plain or quoted key on the current line ends (its `:`), or -1 when the line holds
   * no implicit key. A line that might be a key but reads otherwise (a `#` before the colon)
   * gives up.
   */
  private keyEnd(): number {
    const t = this.text;
    const p = this.pos;
    const c = t.charCodeAt(p);
    if (c === 34 || c === 39) {
      const close = this.quoteClose(p);
      const colon = close + 1;
      return t.charCodeAt(colon) === COLON && this.separated(colon + 1) ? colon : -1;
    }
    if (!this.plainStart(p, false)) return -1;
    for (let i = p; i < t.length; i++) {
      const ch = t.charCodeAt(i);
      if (ch === NL) return -1;
      if (ch === COLON && this.separated(i + 1)) return i;
      if (ch === HASH && t.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  private separated(p: number): boolean {
    const t = this.text;
    return p >= t.length || t.charCodeAt(p) === SPACE || t.charCodeAt(p) === NL;
  }

  /** The key at pos; pos moves past its colon. */
  private key(): Scalar {
    const t = this.text;
    const colon = this.keyEnd();
    if (colon < 0 || colon - this.pos > MAX_KEY) giveUp();
    const start = this.pos;
    let node: Scalar;
    const c = t.charCodeAt(start);
    if (c === 34 || c === 39) node = this.quoted(start);
    else {
      let e = colon;
      while (t.charCodeAt(e - 1) === SPACE) e--;
      node = this.plain(start, e, true);
    }
    // yaml ends a key's node where its text ends (the colon follows).
    node.range![2] = node.range![1];
    if (node.range![1] !== colon) giveUp(); // `"a" : b`, spaces before the colon
    this.pos = colon + 1;
    return node;
  }

  /** A one-line value: alias, quoted or plain scalar, or flow collection. */
  private inlineValue(inFlow: boolean): Node {
    const t = this.text;
    const p = this.pos;
    const c = t.charCodeAt(p);
    if (c === 42 /* * */) return this.alias();
    if (c === 34 || c === 39) return this.quoted(p);
    if (c === 91 /* [ */ || c === 123 /* { */) return this.flow(c === 123);
    if (!this.plainStart(p, inFlow)) giveUp();
    let e = p;
    for (; e < t.length; e++) {
      const ch = t.charCodeAt(e);
      if (ch === NL) break;
      if (ch === HASH && t.charCodeAt(e - 1) === SPACE) break;
      if (ch === COLON && (this.separated(e + 1) || inFlow)) giveUp(); // `a: b: c`, or a pair in a flow
      if (inFlow && (ch === 44 /* , */ || ch === 93 /* ] */ || ch === 125 /* } */ || ch === 91 || ch === 123)) break;
    }
    while (t.charCodeAt(e - 1) === SPACE) e--;
    return this.plain(p, e, false);
  }

  /** Whether a plain scalar may start at p (YAML 1.2 §7.3.3's indicators, conservatively). */
  private plainStart(p: number, inFlow: boolean): boolean {
    const t = this.text;
    if (p >= t.length) return false;
    const c = t.charCodeAt(p);
    switch (c) {
      case NL: case SPACE: case HASH: case 38: case 42: case 33: case 124: case 62: case 39: case 34:
      case 37: case 64: case 96: case 44: case 91: case 93: case 123: case 125:
        return false;
      case DASH: case 63 /* ? */: case COLON: {
        const n = t.charCodeAt(p + 1);
        return !(p + 1 >= t.length || n === SPACE || n === NL || (inFlow && (n === 44 || n === 93 || n === 125)));
      }
      default:
        return !inFlow || c !== 44;
    }
  }

  private plain(start: number, end: number, atKey: boolean): Scalar {
    if (end <= start) giveUp();
    const source = this.text.slice(start, end);
    // The tag yaml's composer picks: the first default tag whose test matches (merge keys only
    // as keys). Keys and values repeat across services, so each text is tested once.
    const seen = atKey ? this.keyTags : this.valueTags;
    let tag = seen.get(source);
    if (!tag) {
      tag = this.strTag;
      for (const candidate of this.tags) {
        if ((candidate.default === true || (atKey && candidate.default === 'key')) && candidate.test?.test(source)) {
          tag = candidate;
          break;
        }
      }
      seen.set(source, tag);
    }
    this.pos = end;
    return this.scalar(this.resolveTag(tag, source), source, start, end, end, Scalar.PLAIN, tag.format);
  }

  private resolveTag(tag: ScalarTag, source: string): unknown {
    return tag.resolve(source, () => giveUp(), this.doc.options);
  }

  /** Offset of the closing quote of the one-line quoted scalar at p. */
  private quoteClose(p: number): number {
    const t = this.text;
    const q = t.charCodeAt(p);
    for (let i = p + 1; i < t.length; i++) {
      const ch = t.charCodeAt(i);
      if (ch === NL) giveUp();
      if (ch === BACKSLASH && q === 34) {
        i++;
        continue;
      }
      if (ch === q) {
        if (q === 39 && t.charCodeAt(i + 1) === 39) {
          i++;
          continue;
        }
        return i;
      }
    }
    return giveUp();
  }

  private quoted(p: number): Scalar {
    const t = this.text;
    const close = this.quoteClose(p);
    const single = t.charCodeAt(p) === 39;
    let value = t.slice(p + 1, close);
    if (single) value = value.replace(/''/g, "'");
    else if (value.includes('\\')) value = unescapeDoubleQuoted(value);
    this.pos = close + 1;
    return this.scalar(this.resolveTag(this.strTag, value), value, p, close + 1, close + 1, single ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE, false);
  }

  private scalar(value: unknown, source: string, start: number, valueEnd: number, end: number, type: Scalar.Type, format: string | false | undefined): Scalar {
    const node = value !== null && typeof value === 'object' && (value as object) instanceof Scalar ? (value as Scalar) : new Scalar(value);
    node.range = [start, valueEnd, end];
    node.source = source;
    node.type = type;
    if (format) node.format = format;
    return node;
  }

  /** Where the anchor or alias name starting at p ends: at a blank, newline or flow indicator. */
  private nameEnd(p: number): number {
    const t = this.text;
    let e = p;
    while (e < t.length) {
      const ch = t.charCodeAt(e);
      if (ch === SPACE || ch === NL || ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
      e++;
    }
    return e;
  }

  private anchorName(): string {
    const t = this.text;
    const p = ++this.pos;
    const e = this.nameEnd(p);
    if (e === p) giveUp();
    this.pos = e;
    if (e < t.length && t.charCodeAt(e) === SPACE) while (t.charCodeAt(this.pos) === SPACE) this.pos++;
    else if (e < t.length && t.charCodeAt(e) !== NL) giveUp();
    return t.slice(p, e);
  }

  private setAnchor(node: Node, anchor: string): void {
    (node as Scalar).anchor = anchor;
    this.anchors.add(anchor);
  }

  private alias(): Alias {
    const t = this.text;
    const p = this.pos + 1;
    const e = this.nameEnd(p);
    const name = t.slice(p, e);
    // An alias of an anchor not yet seen (or `*a:`) is an error yaml reports; leave it to yaml.
    if (!name || name.endsWith(':') || !this.anchors.has(name)) giveUp();
    const node = new Alias(name);
    node.range = [this.pos, e, e];
    this.pos = e;
    return node;
  }

  /** A one-line flow sequence or map of scalars (nested flows too), at pos. */
  private flow(isMap: boolean): YAMLSeq | YAMLMap {
    const t = this.text;
    if (++this.depth > MAX_DEPTH) giveUp();
    const start = this.pos;
    const close = isMap ? 125 : 93;
    const coll = isMap ? new YAMLMap(this.doc.schema) : new YAMLSeq(this.doc.schema);
    coll.flow = true;
    this.pos++;
    this.flowSpaces();
    if (t.charCodeAt(this.pos) !== close) {
      for (;;) {
        if (isMap) {
          const c = t.charCodeAt(this.pos);
          const keyStart = this.pos;
          let key: Scalar;
          if (c === 34 || c === 39) key = this.quoted(keyStart);
          else {
            if (!this.plainStart(keyStart, true)) giveUp();
            let e = keyStart;
            while (e < t.length && !this.flowKeyEnd(e)) e++;
            while (t.charCodeAt(e - 1) === SPACE) e--;
            key = this.plain(keyStart, e, true);
          }
          key.range![2] = key.range![1];
          if (t.charCodeAt(this.pos) !== COLON || t.charCodeAt(this.pos + 1) !== SPACE) giveUp();
          this.pos += 1;
          this.flowSpaces();
          const value = this.inlineValue(true);
          (coll as YAMLMap).items.push(new Pair(key, value));
        } else {
          (coll as YAMLSeq).items.push(this.inlineValue(true));
        }
        this.flowSpaces();
        // yaml ends a flow item after the spaces that follow it.
        const last = coll.items[coll.items.length - 1]!;
        const lastNode = (last instanceof Pair ? last.value : last) as Node;
        lastNode.range![2] = this.pos;
        const c = t.charCodeAt(this.pos);
        if (c === close) break;
        if (c !== 44) giveUp();
        this.pos++;
        this.flowSpaces();
        if (t.charCodeAt(this.pos) === close) giveUp(); // a trailing comma
      }
    }
    this.pos++;
    coll.range = [start, this.pos, this.pos];
    this.depth--;
    return coll;
  }

  private flowKeyEnd(e: number): boolean {
    const c = this.text.charCodeAt(e);
    if (c === COLON || c === NL || c === 44 || c === 125 || c === 93 || c === 91 || c === 123) return true;
    return c === HASH && this.text.charCodeAt(e - 1) === SPACE;
  }

  private flowSpaces(): void {
    const t = this.text;
    while (t.charCodeAt(this.pos) === SPACE) this.pos++;
    if (t.charCodeAt(this.pos) === NL || t.charCodeAt(this.pos) === HASH) giveUp();
  }
}

/** YAML 1.2 §5.7's escapes (one-letter, `\x`, `\u`, `\U`); anything else is left to yaml. */
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function unescapeDoubleQuoted(body: string): string {
  let out = '';
  let from = 0;
  for (let i = body.indexOf('\\'); i >= 0; i = body.indexOf('\\', from)) {
    out += body.slice(from, i);
    const e = body[i + 1] ?? '';
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      from = i + 2;
      continue;
    }
    const n = HEX_LENGTH[e];
    const hex = n ? body.slice(i + 2, i + 2 + n) : '';
    if (!n || hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) giveUp();
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) giveUp();
    out += String.fromCodePoint(code);
    from = i + 2 + n;
  }
  return out + body.slice(from);
}
