/**
 * One positioned value tree for the platform config files (Railway, Fly.io, Render, Heroku), which
 * come as TOML, JSON or YAML: maps, lists and scalars, each with its span, and every string with
 * its decoded text mapped back to where each character is written (so a command inside
 * `startCommand = "…"` is linted at its real columns). The platform readers in `src/deploy/`
 * work on this tree and never on a format's own AST.
 *
 * Sources: TOML via `toml-eslint-parser` (keeps ranges, resolves `[[array.tables]]`), JSON via
 * `json-positions.ts`, YAML via the `yaml` package as compose does (aliases followed, bounded).
 */
import { parseTOML } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import type { Document as YamlDocument } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './yaml-guards.js';
import { EmbeddedText } from '../embedded.js';
import type { SourceFile, Span } from '../source.js';
import type { Comment, LineRange, ParseProblem } from '../types.js';
import { parseJson, type JsonNode } from './json-positions.js';
import { isMergeKey, nodeSpan, resolve, scalarText } from './yaml-nodes.js';

export interface CEntry {
  key: string;
  keySpan: Span;
  value: CNode;
  /** From the key to the end of the value (for a TOML table: the header and its body). */
  span: Span;
}
export type CNode =
  | { type: 'map'; entries: CEntry[]; span: Span }
  | { type: 'list'; items: CNode[]; span: Span }
  | { type: 'string'; value: string; text: EmbeddedText; span: Span }
  | { type: 'number'; value: number; span: Span }
  | { type: 'boolean'; value: boolean; span: Span }
  | { type: 'null'; span: Span };
export type CMap = Extract<CNode, { type: 'map' }>;

/** Deeper than any real platform file; beyond it values become null (no unbounded recursion). */
const MAX_DEPTH = 64;
/** Bound on converted nodes, so a YAML alias bomb cannot blow up the tree. */
const MAX_NODES = 200_000;

// ---------- queries ----------

/** The entry for `key` (the last one when a key repeats: what JSON.parse and YAML loaders keep). */
export function entryOf(node: CNode | undefined, key: string): CEntry | undefined {
  if (node?.type !== 'map') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i]!.key === key) return node.entries[i];
  return undefined;
}

export function get(node: CNode | undefined, path: string): CNode | undefined {
  let cur = node;
  for (const key of path.split('.')) cur = entryOf(cur, key)?.value;
  return cur;
}

export function str(node: CNode | undefined): Extract<CNode, { type: 'string' }> | undefined {
  return node?.type === 'string' ? node : undefined;
}

/** A number, or a string holding one (`"3"`, YAML/TOML authors quote numbers). */
export function num(node: CNode | undefined): { value: number; span: Span } | undefined {
  if (node?.type === 'number') return { value: node.value, span: node.span };
  const text = node?.type === 'string' ? node.value.trim() : '';
  if (node?.type === 'string' && text.length <= 32 && /^\d+(\.\d+)?$/.test(text)) return { value: Number(text), span: node.span };
  return undefined;
}

export function entries(node: CNode | undefined): CEntry[] {
  return node?.type === 'map' ? node.entries : [];
}

export function items(node: CNode | undefined): CNode[] {
  return node?.type === 'list' ? node.items : [];
}

// ---------- JSON ----------

export function fromJson(text: string): { root: CNode | undefined; errors: ParseProblem[] } {
  const { root, errors } = parseJson(text);
  let budget = MAX_NODES;
  const conv = (n: JsonNode, depth: number): CNode => {
    if (--budget < 0 || depth > MAX_DEPTH) return { type: 'null', span: n.span };
    switch (n.type) {
      case 'object':
        return { type: 'map', span: n.span, entries: n.members.map((m) => ({ key: m.key.value, keySpan: m.key.span, value: conv(m.value, depth + 1), span: m.span })) };
      case 'array':
        return { type: 'list', span: n.span, items: n.items.map((i) => conv(i, depth + 1)) };
      case 'string':
        return { type: 'string', value: n.value, text: n.text, span: n.span };
      case 'number':
        return { type: 'number', value: n.value, span: n.span };
      case 'boolean':
        return { type: 'boolean', value: n.value, span: n.span };
      default:
        return { type: 'null', span: n.span };
    }
  };
  return { root: root ? conv(root, 0) : undefined, errors };
}

// ---------- YAML ----------

export function fromYaml(source: SourceFile, doc: YamlDocument): CNode | undefined {
  let budget = MAX_NODES;
  const conv = (node: unknown, depth: number): CNode | undefined => {
    const n = resolve(doc, node);
    const span = nodeSpan(n as never);
    if (!span) return undefined;
    if (--budget < 0 || depth > MAX_DEPTH) return { type: 'null', span };
    if (isMap(n)) {
      const out: CEntry[] = [];
      for (const p of n.items) {
        if (!isPair(p) || !isScalar(p.key) || isMergeKey(p.key)) continue;
        const keySpan = nodeSpan(p.key as never);
        const value = conv(p.value, depth + 1) ?? (keySpan ? { type: 'null' as const, span: { start: keySpan.end, end: keySpan.end } } : undefined);
        if (!keySpan || !value) continue;
        out.push({ key: String(p.key.value), keySpan, value, span: { start: keySpan.start, end: Math.max(keySpan.end, value.span.end) } });
      }
      // `<<: *defaults` merge keys: entries the map does not set itself come from the merged map.
      for (const p of n.items) {
        if (!isPair(p) || !isMergeKey(p.key)) continue;
        const merged = conv(p.value, depth + 1);
        for (const e of entries(merged)) if (!out.some((o) => o.key === e.key)) out.push(e);
      }
      return { type: 'map', entries: out, span };
    }
    if (isSeq(n)) {
      const list: CNode[] = [];
      for (const it of n.items) {
        const c = conv(it, depth + 1);
        if (c) list.push(c);
      }
      return { type: 'list', items: list, span };
    }
    if (isScalar(n)) {
      const v = n.value;
      if (v === null || v === undefined) return { type: 'null', span };
      if (typeof v === 'number') return { type: 'number', value: v, span };
      if (typeof v === 'boolean') return { type: 'boolean', value: v, span };
      const text = scalarText(source, n);
      return text ? { type: 'string', value: text.text, text, span } : { type: 'null', span };
    }
    return undefined;
  };
  return conv(doc.contents, 0);
}

// ---------- TOML ----------

export interface TomlResult {
  root: CNode | undefined;
  errors: ParseProblem[];
  comments: Comment[];
  logicalLines: LineRange[];
}

export function fromToml(source: SourceFile): TomlResult {
  const text = source.text;
  let ast: AST.TOMLProgram;
  try {
    ast = parseTOML(tolerated(text));
  } catch (err) {
    const e = err as { index?: number; message?: string };
    const at = typeof e.index === 'number' ? Math.max(0, Math.min(e.index, text.length - 1)) : 0;
    const message = err instanceof RangeError ? 'TOML nested too deeply; not analysed' : `TOML: ${String(e.message ?? err).split('\n')[0]}`;
    return { root: undefined, errors: [{ span: { start: at, end: Math.min(text.length, at + 1) }, message }], comments: tomlCommentsByScan(source), logicalLines: [] };
  }
  const root: CMap = { type: 'map', entries: [], span: { start: 0, end: text.length } };
  const logicalLines: LineRange[] = [];
  const top = ast.body[0];
  for (const item of top.body) {
    if (item.type === 'TOMLKeyValue') addKeyValue(source, root, item, logicalLines);
    else addTable(source, root, item, logicalLines);
  }
  const comments: Comment[] = ast.comments.map((c) => ({ span: { start: c.range[0], end: c.range[1] }, body: c.value, ownLine: ownLine(text, c.range[0]) }));
  logicalLines.sort((a, b) => a.first - b.first);
  return { root, errors: [], comments, logicalLines };
}

/**
 * Files flyctl itself generated (2022) say `processes = []` at the top and then a `[processes]`
 * table; TOML forbids the redefinition, flyctl's parser lets the table win. Blank the empty
 * top-level array (same length, so every offset stays) when a table of that name follows.
 */
const TABLE_HEADERS: Record<string, RegExp> = {
  processes: /^[ \t]*\[{1,2}[ \t]*processes[ \t]*\]/m,
  services: /^[ \t]*\[{1,2}[ \t]*services[ \t]*\]/m,
  checks: /^[ \t]*\[{1,2}[ \t]*checks[ \t]*\]/m,
};

function tolerated(text: string): string {
  const m = /^[ \t]*(processes|services|checks)[ \t]*=[ \t]*\[[ \t]*\][ \t]*$/m.exec(text);
  if (!m || !TABLE_HEADERS[m[1]!]!.test(text)) return text;
  return text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
}

function ownLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
}

/** Comments of a file the TOML parser refused (suppressions and fixture annotations still work). */
function tomlCommentsByScan(source: SourceFile): Comment[] {
  const out: Comment[] = [];
  const re = /^[ \t]*(#.*)$/gm;
  for (const m of source.text.matchAll(re)) {
    const start = m.index! + m[0].indexOf('#');
    out.push({ span: { start, end: start + m[1]!.length }, body: m[1]!.slice(1), ownLine: true });
  }
  return out;
}

function childMap(parent: CMap, key: string, keySpan: Span, span: Span): CMap | undefined {
  const existing = entryOf(parent, key);
  if (existing) {
    if (existing.value.type === 'map') return existing.value;
    if (existing.value.type === 'list') {
      const last = existing.value.items[existing.value.items.length - 1];
      return last?.type === 'map' ? last : undefined;
    }
    return undefined;
  }
  const map: CMap = { type: 'map', entries: [], span };
  parent.entries.push({ key, keySpan, value: map, span });
  return map;
}

function addTable(source: SourceFile, root: CMap, table: AST.TOMLTable, logicalLines: LineRange[]): void {
  const keySpan = { start: table.key.range[0], end: table.key.range[1] };
  const span = { start: table.range[0], end: table.range[1] };
  const path = table.resolvedKey;
  let cur: CMap | undefined = root;
  for (let i = 0; i < path.length && cur; i++) {
    const seg = path[i]!;
    const next = path[i + 1];
    if (typeof seg === 'number') continue;
    if (typeof next === 'number') {
      // `[[services]]`: a list of tables; index `next` is this header (or an earlier one's item).
      let e = entryOf(cur, seg);
      if (!e) {
        e = { key: seg, keySpan, value: { type: 'list', items: [], span }, span };
        cur.entries.push(e);
      }
      if (e.value.type !== 'list') return;
      const list = e.value;
      const isThisHeader = table.kind === 'array' && i + 1 === path.length - 1;
      if (isThisHeader && list.items.length <= next) {
        const m: CMap = { type: 'map', entries: [], span };
        list.items.push(m);
        list.span = { start: list.span.start, end: span.end };
        e.span = list.span;
      }
      const item = list.items[next];
      cur = item?.type === 'map' ? item : undefined;
      continue;
    }
    cur = childMap(cur, seg, keySpan, span);
  }
  if (!cur) return;
  for (const kv of table.body) addKeyValue(source, cur, kv, logicalLines);
}

function addKeyValue(source: SourceFile, target: CMap, kv: AST.TOMLKeyValue, logicalLines: LineRange[]): void {
  const keys = kv.key.keys;
  let cur: CMap | undefined = target;
  const span = { start: kv.range[0], end: kv.range[1] };
  for (let i = 0; i < keys.length - 1 && cur; i++) {
    const k = keys[i]!;
    cur = childMap(cur, keyName(k), { start: k.range[0], end: k.range[1] }, span);
  }
  if (!cur) return;
  const lastKey = keys[keys.length - 1]!;
  const value = tomlValue(source, kv.value, 0);
  cur.entries.push({ key: keyName(lastKey), keySpan: { start: lastKey.range[0], end: lastKey.range[1] }, value, span });
  const first = source.lineOf(kv.range[0]);
  const lastLine = source.lineOf(Math.max(kv.range[0], kv.range[1] - 1));
  if (lastLine > first) logicalLines.push({ first, last: lastLine });
}

function keyName(k: AST.TOMLBare | AST.TOMLQuoted): string {
  return k.type === 'TOMLBare' ? k.name : k.value;
}

function tomlValue(source: SourceFile, v: AST.TOMLContentNode, depth: number): CNode {
  const span = { start: v.range[0], end: v.range[1] };
  if (depth > MAX_DEPTH) return { type: 'null', span };
  if (v.type === 'TOMLArray') return { type: 'list', items: v.elements.map((e) => tomlValue(source, e, depth + 1)), span };
  if (v.type === 'TOMLInlineTable') {
    const map: CMap = { type: 'map', entries: [], span };
    for (const kv of v.body) addKeyValue(source, map, kv, []);
    return map;
  }
  switch (v.kind) {
    case 'string': {
      const raw = source.text.slice(span.start, span.end);
      const text =
        !v.multiline && (v.style === 'literal' || !raw.includes('\\'))
          ? EmbeddedText.verbatim(v.value, span.start + 1)
          : EmbeddedText.aligned(v.value, raw.slice(v.multiline ? 3 : 1, raw.length - (v.multiline ? 3 : 1)), span.start + (v.multiline ? 3 : 1));
      return { type: 'string', value: v.value, text, span };
    }
    case 'integer':
    case 'float':
      return { type: 'number', value: v.value, span };
    case 'boolean':
      return { type: 'boolean', value: v.value, span };
    default:
      return { type: 'string', value: v.datetime, text: EmbeddedText.verbatim(v.datetime, span.start), span };
  }
}
