/**
 * Position-keeping helpers over the `yaml` package's nodes, shared by compose (and any later YAML
 * kind). Merge keys (`<<: *defaults`) are followed, because compose files use them to share
 * `restart:`, `logging:` and `healthcheck:` between services.
 */
import type { Alias, Document, Node, Pair, YAMLMap } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from './yaml-guards.js';
import { EmbeddedText } from '../embedded.js';
import type { Span } from '../source.js';
import type { Comment, LineRange } from '../types.js';
import type { SourceFile } from '../source.js';

const MAX_MERGE_DEPTH = 10;

export function nodeSpan(node: { range?: [number, number, number] | null } | null | undefined): Span | undefined {
  if (!node?.range) return undefined;
  return { start: node.range[0], end: node.range[1] };
}

/**
 * Every alias of a document and the node it names, found in one walk. `Alias.resolve(doc)` walks
 * the whole document on every call, and rules look keys up through aliases (`<<: *defaults`) for
 * every service, which made a compose file with many merge keys quadratic. The target is the same
 * one the yaml package picks: the last node with that anchor before the alias in document order.
 */
const aliasTargets = new WeakMap<Document, Map<Alias, unknown>>();

function targetsOf(doc: Document): Map<Alias, unknown> {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = new Map<Alias, unknown>();
    const anchors = new Map<string, unknown>();
    // Document order, a collection's anchor before its contents: the order yaml's own visit()
    // takes. An explicit stack, as documents can nest deeply.
    const stack: unknown[] = [doc.contents];
    while (stack.length) {
      const node = stack.pop();
      if (isAlias(node)) {
        found.set(node, anchors.get(node.source));
        continue;
      }
      if (isPair(node)) {
        stack.push(node.value, node.key);
        continue;
      }
      if (isScalar(node) || isMap(node) || isSeq(node)) {
        if (node.anchor) anchors.set(node.anchor, node);
        if (!isScalar(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
      }
    }
    targets = found;
    aliasTargets.set(doc, targets);
  }
  return targets;
}

/** Follow an alias to its anchor (bounded: alias chains cannot loop forever). */
export function resolve(doc: Document, node: unknown): unknown {
  if (!isAlias(node)) return node;
  const targets = targetsOf(doc);
  let n: unknown = node;
  for (let i = 0; i < MAX_MERGE_DEPTH && isAlias(n); i++) {
    // An alias the walk did not see (a node from another document): ask the yaml package.
    n = targets.has(n) ? targets.get(n) : n.resolve(doc);
  }
  return n;
}

/** The pair for `key` in a map, looking through `<<` merge keys (the map's own keys win). */
export function getPair(doc: Document, map: unknown, key: string): Pair | undefined {
  return effectiveEntries(doc, map).get(key);
}

const NO_ENTRIES: ReadonlyMap<string, Pair> = new Map();

/**
 * A map's effective entries by key, computed once per map: rules ask a service map for twenty
 * keys or more, most of them absent, and a scan per question (through the merge keys too) was
 * the largest cost of linting compose files. Kept on the map under a symbol of our own (a WeakMap
 * insertion per map cost more than the scans it saved), with the document the aliases were
 * resolved in (a merged service can hold original nodes). Callers must not change it.
 */
const EFFECTIVE = Symbol('prodlint.effectiveEntries');
type Indexed = { [EFFECTIVE]?: { doc: Document; entries: ReadonlyMap<string, Pair> } };

/**
 * A map's own keys (the first of duplicates), then those its merge keys bring, in order (own
 * keys win): what compose reads. Merge keys are followed at most MAX_MERGE_DEPTH levels deep.
 */
export function effectiveEntries(doc: Document, map: unknown): ReadonlyMap<string, Pair> {
  const m = resolve(doc, map);
  if (!isMap(m)) return NO_ENTRIES;
  const hit = (m as Indexed)[EFFECTIVE];
  if (hit?.doc === doc) return hit.entries;
  const entries = new Map<string, Pair>();
  collectEntries(doc, m, 0, entries);
  if (!hit) (m as Indexed)[EFFECTIVE] = { doc, entries };
  return entries;
}

/** Depth first: a merge source's own keys before the merge sources it names itself. */
function collectEntries(doc: Document, m: YAMLMap, depth: number, out: Map<string, Pair>): void {
  let merges: Pair[] | undefined;
  for (const item of m.items) {
    if (!isScalar(item.key)) continue;
    if (isMergeKey(item.key)) (merges ??= []).push(item);
    else {
      const k = String(item.key.value);
      if (!out.has(k)) out.set(k, item);
    }
  }
  if (!merges || depth >= MAX_MERGE_DEPTH) return;
  for (const item of merges) {
    const sources = isSeq(item.value) ? item.value.items : [item.value];
    for (const s of sources) {
      const source = resolve(doc, s);
      if (isMap(source)) collectEntries(doc, source, depth + 1, out);
    }
  }
}

/** `<<` (YAML 1.1 merge key); with `merge: true` the yaml package gives it a symbol value. */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (key.value === '<<' || typeof key.value === 'symbol' || key.source === '<<');
}

/** `path` split at dots, kept: the paths are a few constants asked for again and again. */
const splitPaths = new Map<string, readonly string[]>();

function pathKeys(path: string): readonly string[] {
  let keys = splitPaths.get(path);
  if (!keys) {
    keys = path.split('.');
    // Bounded, should a caller ever build paths from what a file says.
    if (splitPaths.size < 1000) splitPaths.set(path, keys);
  }
  return keys;
}

/** Value node at a dotted path (`healthcheck.test`, `deploy.restart_policy`). */
export function getPath(doc: Document, map: unknown, path: string): unknown {
  let cur: unknown = map;
  for (const key of pathKeys(path)) {
    const pair = getPair(doc, cur, key);
    if (!pair) return undefined;
    cur = resolve(doc, pair.value);
  }
  return cur;
}

export function has(doc: Document, map: unknown, path: string): boolean {
  return getPath(doc, map, path) !== undefined;
}

/** A scalar's value as a string (numbers and booleans as YAML wrote them), else undefined. */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (node.value === null) return '';
  return String(node.value);
}

/** A scalar's value with a map to where each character is written in the file. */
export function scalarText(source: SourceFile, node: unknown): EmbeddedText | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const value = scalarString(node) ?? '';
  const raw = source.text.slice(node.range[0], node.range[1]);
  return EmbeddedText.aligned(value, raw, node.range[0]);
}

export function mapEntries(doc: Document, node: unknown): Pair[] {
  const m = resolve(doc, node);
  return isMap(m) ? (m as YAMLMap).items.filter((p) => isPair(p)) : [];
}

/** The same over CST tokens the caller already has. The tokens are not changed. */
export function yamlCommentsFromTokens(source: SourceFile, tokens: readonly unknown[]): Comment[] {
  const out: Comment[] = [];
  const stack: unknown[] = [...tokens];
  let guard = 0;
  while (stack.length && guard++ < 5_000_000) {
    const t = stack.pop() as Record<string, unknown> | null;
    if (!t || typeof t !== 'object') continue;
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      const start = t.offset;
      let k = start - 1;
      while (k >= 0 && (source.text[k] === ' ' || source.text[k] === '\t')) k--;
      out.push({ span: { start, end: start + t.source.length }, body: t.source.slice(1), ownLine: k < 0 || source.text[k] === '\n' });
      continue;
    }
    if (Array.isArray(t)) {
      for (const v of t) pushObject(stack, v);
      continue;
    }
    // Only the fields that hold tokens (yaml/dist/parse/cst.d.ts: a document's start/value/end,
    // a collection's items, an item's start/key/sep/value, a scalar's end or props): a `for…in`
    // over every field of every token cost more than the rest of the walk.
    pushObject(stack, t.start);
    pushObject(stack, t.end);
    pushObject(stack, t.sep);
    pushObject(stack, t.props);
    pushObject(stack, t.items);
    pushObject(stack, t.key);
    pushObject(stack, t.value);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function pushObject(stack: unknown[], v: unknown): void {
  if (v && typeof v === 'object') stack.push(v);
}

/**
 * Logical lines of a YAML file: a key whose scalar or flow value continues over several lines is
 * one logical line (so a comment above `command: >` covers the folded command). Keys whose value
 * is a block map or sequence stay single lines, so a comment above `web:` covers only that line.
 */
export function yamlLogicalLines(source: SourceFile, doc: Document): LineRange[] {
  const out: LineRange[] = [];
  const stack: unknown[] = [doc.contents];
  let guard = 0;
  while (stack.length && guard++ < 1_000_000) {
    const n = stack.pop();
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items as unknown[]) {
        if (isPair(item)) {
          const key = item.key as Node | null;
          const value = item.value as Node | null;
          const flow = isScalar(value) || ((isMap(value) || isSeq(value)) && value.flow);
          if (key?.range && value?.range && flow) {
            const first = source.lineOf(key.range[0]);
            const last = source.lineOf(Math.max(value.range[0], value.range[1] - 1));
            if (last > first) out.push({ first, last });
          }
          if (!flow) stack.push(value);
        } else if (isScalar(item) && item.range) {
          const first = source.lineOf(item.range[0]);
          const last = source.lineOf(Math.max(item.range[0], item.range[1] - 1));
          if (last > first) out.push({ first, last });
        } else {
          stack.push(item);
        }
      }
    }
  }
  // Sorted and merged: a flow value ending on the line where the next key starts
  // (`command: ["a",\n  "b"]  other: x` after a broken edit) makes ranges touch.
  out.sort((a, b) => a.first - b.first || a.last - b.last);
  const merged: LineRange[] = [];
  for (const r of out) {
    const prev = merged[merged.length - 1];
    if (prev && r.first <= prev.last) prev.last = Math.max(prev.last, r.last);
    else merged.push({ ...r });
  }
  return merged;
}
