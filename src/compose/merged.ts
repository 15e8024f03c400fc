/**
 * One compose service as compose runs it when several files define it: its definitions (the
 * `extends:` base first, then each file of the set in order) merged into one mapping in a
 * synthetic YAML document, so that the helpers written for one file (`getPair`, `getPath`,
 * `serviceHealth`, `dependencies`, `isOneShot`) read the merged service unchanged. Scalar nodes are
 * the originals, with their ranges; `originOf` says which file each node was written in.
 *
 * Merge semantics, from the compose specification (docs.docker.com/reference/compose-file/merge):
 * - a mapping is merged key by key, the later file winning on a conflict ("Mapping"): so
 *   `healthcheck: {disable: true}` in a later file over a base's `test:` gives a disabled check,
 *   and `deploy.resources.limits.memory` survives a later file that sets only `deploy.replicas`;
 * - a scalar is replaced (`restart`, `mem_limit`, `image`);
 * - a sequence is appended to ("Sequence"), except `command`, `entrypoint` and `healthcheck.test`,
 *   which the later file replaces ("Shell commands");
 * - `logging` options are merged only when both files name the same driver or one names none;
 *   otherwise the later `logging` replaces the earlier one (compose-go's merge of `logging`);
 * - `depends_on` written as a list in one file and as a mapping in another is merged by name, the
 *   list entries meaning `condition: service_started` (merges "apply to the expanded form",
 *   docs.docker.com "Compose application model");
 * - the `!reset` tag removes a value and `!override` replaces instead of merging
 *   (merge.md "Reset value", "Replace value").
 * `extends:` (docs.docker.com/reference/compose-file/services/#extends) merges the extended
 * service under the local one with the same rules.
 *
 * Aliases and merge keys (`<<: *defaults`) of each file are resolved in that file while merging.
 * The copy is bounded in depth and size, so an alias bomb costs at most the budget.
 */
import { Document, Pair, YAMLMap, YAMLSeq, type Document as YamlDocument } from 'yaml';
import { isMap, isScalar, isSeq } from '../parse/yaml-guards.js';
import { effectiveEntries, resolve } from '../parse/yaml-nodes.js';
import type { SourceFile } from '../source.js';

/** One definition of the service: its mapping node in one file. */
export interface Layer {
  yaml: YamlDocument;
  node: unknown;
  source: SourceFile;
}

interface Part {
  yaml: YamlDocument;
  /** Resolved (aliases followed). */
  node: unknown;
  source: SourceFile;
}

/**
 * Where a node was written, kept on the node under a symbol of our own rather than in a WeakMap:
 * a merge marks nearly every node of every service, and WeakMap entries cost a hash insertion
 * each plus ephemeron work in every garbage collection. A node belongs to one document, so its
 * origin never changes once set.
 */
const ORIGIN = Symbol('prodlint.origin');
type Marked = { [ORIGIN]?: SourceFile };

/** The file a node of a merged service (or of a single file) was written in, when known. */
export function originOf(node: unknown): SourceFile | undefined {
  return node !== null && typeof node === 'object' ? (node as Marked)[ORIGIN] : undefined;
}

/** Paths whose sequences the later file replaces rather than appends to. */
const REPLACED = new Set(['command', 'entrypoint', 'healthcheck.test']);
/** Deeper than anything the rules read (`deploy.resources.limits.memory` is 4). */
const MAX_DEPTH = 8;
/** Nodes copied per merged service at most. */
const NODE_BUDGET = 20_000;

export interface MergedNode {
  yaml: YamlDocument;
  node: YAMLMap;
}

/** Merge the layers (earliest first); keys in `drop` are left out of the result. */
export function mergeLayers(layers: readonly Layer[], drop: readonly string[] = []): MergedNode {
  const yaml = new Document();
  const budget = { left: NODE_BUDGET };
  const parts = layers.map((l) => ({ yaml: l.yaml, node: resolve(l.yaml, l.node), source: l.source }));
  const merged = build(parts, '', 0, budget);
  const node = isMap(merged) ? (merged as YAMLMap) : new YAMLMap();
  if (drop.length) node.items = node.items.filter((p) => !(isScalar(p.key) && drop.includes(String(p.key.value))));
  yaml.contents = node as never;
  return { yaml, node };
}

function tagOf(node: unknown): string | undefined {
  return node !== null && typeof node === 'object' ? (node as { tag?: string }).tag : undefined;
}

/** The parts that survive: a `!reset` drops what came before it, a replacing value too. */
function survivors(parts: readonly Part[], path: string): readonly Part[] {
  // One definition, the usual case: nothing to merge, so no lists to build.
  if (parts.length === 1) return tagOf(parts[0]!.node) === '!reset' ? [] : parts;
  let acc: Part[] = [];
  for (const p of parts) {
    const tag = tagOf(p.node);
    if (tag === '!reset') {
      acc = [];
      continue;
    }
    const last = acc[acc.length - 1];
    const mergeable =
      last !== undefined &&
      tag !== '!override' &&
      ((isMap(p.node) && acc.every((a) => isMap(a.node) || (path === 'depends_on' && isSeq(a.node)))) ||
        (isSeq(p.node) && !REPLACED.has(path) && acc.every((a) => isSeq(a.node) || (path === 'depends_on' && isMap(a.node))))) &&
      !(path === 'logging' && driverConflict(acc, p));
    acc = mergeable ? [...acc, p] : [p];
  }
  return acc;
}

/** A later `logging` that names another driver than an earlier one replaces it. */
function driverConflict(acc: readonly Part[], p: Part): boolean {
  const driver = (x: Part) => {
    const pair = effectiveEntries(x.yaml, x.node).get('driver');
    const v = pair ? resolve(x.yaml, pair.value) : undefined;
    return isScalar(v) ? String(v.value) : undefined;
  };
  const next = driver(p);
  if (next === undefined) return false;
  return acc.some((a) => {
    const d = driver(a);
    return d !== undefined && d !== next;
  });
}

function build(parts: readonly Part[], path: string, depth: number, budget: { left: number }): unknown {
  const live = survivors(parts, path);
  const last = live[live.length - 1];
  if (!last) return undefined;
  budget.left--;
  if (depth > MAX_DEPTH || budget.left <= 0) return mark(last.node, last.source);
  if (live.some((p) => isMap(p.node))) return buildMap(live, path, depth, budget);
  if (isSeq(last.node)) {
    const seq = new YAMLSeq();
    for (const p of live) {
      for (const raw of (p.node as YAMLSeq).items) {
        const item = resolve(p.yaml, raw);
        seq.items.push(isMap(item) || isSeq(item) ? build([{ yaml: p.yaml, node: item, source: p.source }], `${path}[]`, depth + 1, budget) : mark(item, p.source));
      }
    }
    (seq as { range?: unknown }).range = (last.node as YAMLSeq).range;
    return mark(seq, last.source);
  }
  return mark(last.node, last.source);
}

function buildMap(live: readonly Part[], path: string, depth: number, budget: { left: number }): YAMLMap {
  if (live.length === 1) return buildOneMap(live[0]!, path, depth, budget);
  // Key -> the definitions of that key, in order; list items of `depends_on` become keys.
  const byKey = new Map<string, { key: unknown; parts: Part[] }>();
  for (const p of live) {
    if (isSeq(p.node)) {
      for (const raw of p.node.items) {
        const item = resolve(p.yaml, raw);
        if (!isScalar(item)) continue;
        const k = String(item.value);
        const slot = byKey.get(k) ?? { key: item, parts: [] };
        slot.key = item;
        slot.parts.push({ yaml: p.yaml, node: null, source: p.source });
        byKey.set(k, slot);
        (item as Marked)[ORIGIN] = p.source;
      }
      continue;
    }
    for (const [k, pair] of effectiveEntries(p.yaml, p.node)) {
      const slot = byKey.get(k) ?? { key: pair.key, parts: [] };
      slot.key = pair.key;
      slot.parts.push({ yaml: p.yaml, node: resolve(p.yaml, pair.value), source: p.source });
      byKey.set(k, slot);
      if (pair.key && typeof pair.key === 'object') (pair.key as Marked)[ORIGIN] = p.source;
    }
  }
  const map = new YAMLMap();
  for (const [k, slot] of byKey) {
    const value = build(slot.parts, path ? `${path}.${k}` : k, depth + 1, budget);
    // Nothing left after a `!reset`: the key is gone.
    if (value === undefined) continue;
    map.items.push(new Pair(slot.key, value));
  }
  const last = live[live.length - 1]!;
  (map as { range?: unknown }).range = (last.node as { range?: unknown }).range;
  return mark(map, last.source);
}

/**
 * The merge of a single definition (every service of a lone compose file, and most maps inside a
 * merged one): its effective entries in order, with no regrouping by key. A pair whose value comes
 * through unchanged (a scalar written in place) is kept rather than copied.
 */
function buildOneMap(p: Part, path: string, depth: number, budget: { left: number }): YAMLMap {
  const map = new YAMLMap();
  for (const [k, pair] of effectiveEntries(p.yaml, p.node)) {
    (pair.key as Marked)[ORIGIN] = p.source;
    const value = build([{ yaml: p.yaml, node: resolve(p.yaml, pair.value), source: p.source }], path ? `${path}.${k}` : k, depth + 1, budget);
    // Nothing left after a `!reset`: the key is gone.
    if (value === undefined) continue;
    map.items.push(value === pair.value ? pair : new Pair(pair.key, value));
  }
  (map as { range?: unknown }).range = (p.node as { range?: unknown }).range;
  return mark(map, p.source);
}

function mark<T>(node: T, source: SourceFile): T {
  if (node !== null && typeof node === 'object' && (node as Marked)[ORIGIN] === undefined) (node as Marked)[ORIGIN] = source;
  return node;
}
