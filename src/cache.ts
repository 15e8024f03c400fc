/**
 * The result cache: per-file analysis outputs keyed by the file's content hash, prodlint's version
 * and everything else the output depends on (kind, environment, enabled rules with their options,
 * the carriers that start the file, suppression settings). A warm run skips reading a file whose
 * size, mtime and inode match the stored entry, and reuses its output when the key matches.
 *
 * The cache lives outside the scanned tree (`$XDG_CACHE_HOME/prodlint`, else `~/.cache/prodlint`),
 * one file per repository root, written atomically. Anything unreadable, of another format
 * version, or inconsistent is discarded, never trusted.
 *
 * A run also stores a snapshot of its project phase (see ProjectSnapshot): when nothing it read
 * changed, the next run of the same tree reuses every output without parsing a single file.
 */
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileOutput, PositionedDirective, RawFinding } from './analyze.js';
import { diskInputsHold, type DiskInput } from './disk.js';
import type { Via } from './types.js';
import { writeFileAtomic } from './output.js';

/** Bumped whenever the layout changes: a cache of another format is discarded, never trusted. */
export const FORMAT = 4;

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  /** sha1 of the content. */
  hash: string;
  kind: string | null;
  /** Key of the analysis the output belongs to (content hash + settings); absent if not analysed. */
  key?: string;
  output?: FileOutput;
  /**
   * Outputs of the same content under other keys, newest first: a full scan and a partial run give
   * a file different keys (a deployment file's key holds its tree's signature), and alternating
   * between them must not make each evict the other's.
   */
  others?: { key: string; output: FileOutput }[];
}

/** Outputs kept per file besides the current one. */
const MAX_OTHER_OUTPUTS = 2;

/**
 * What a run learned about its tree: valid while the tree signature (every file's path, content
 * hash, kind, environment and enabled rules) is the same and every answer the disk gave beyond
 * those files (see src/disk.ts) is still the same.
 */
export interface ProjectSnapshot {
  signature: string;
  /** The project model's `startedBy`: per-file analysis keys depend on it. */
  startedBy: [string, Via[]][];
  /** What the project phase read from the disk beyond the run's files, with digests of the answers. */
  inputs: DiskInput[];
  /** Findings of the project rules, before shard filtering and suppressions. */
  findings: RawFinding[];
  /** The analysis key of every file the run reported on: a run with the same signature and startedBy computes the same ones. */
  keys?: [string, string][];
}

/**
 * The stored file. A warm run of a large tree reads it whole before anything else, so it is laid
 * out in columns, one position per file, rather than as one object per file: parsing a few long
 * arrays and strings allocates little (the object-per-file form of 20,000 files was 6.5 MB that
 * took a fifth of a warm run to read, parse and collect). Hashes and keys are fixed-width
 * (sha1, 40 hex digits) and concatenated into one string each; an output without findings or
 * directives is a flag, not an object; an output's `rel` is its file's.
 */
interface CacheFile {
  format: number;
  version: string;
  rels: string[];
  size: number[];
  mtimeMs: number[];
  ino: number[];
  /** Every file's content hash, HASH_WIDTH characters each. */
  hash: string;
  /** Index into `kinds`, -1 for a file of no kind. */
  kind: number[];
  kinds: string[];
  /** Every file's analysis key, HASH_WIDTH characters each, NO_KEY when not analysed. */
  key: string;
  /** OUT_NONE, OUT_EMPTY (rel, no findings, no directives, not parsed) or OUT_STORED (in `outputs`). */
  out: number[];
  /** Outputs by file position, without `rel` when it is the file's. */
  outputs: Record<string, Omit<FileOutput, 'rel'> & { rel?: string }>;
  /** `others` by file position. */
  others: Record<string, { key: string; output: FileOutput }[]>;
  /** The latest snapshots, newest first (a full scan and a pre-commit run each keep theirs). */
  projects: StoredSnapshot[];
}

/**
 * A snapshot as stored. Its keys are nearly all the keys of the entries written with it: such a
 * key is the position of its file's entry in the same file; any other is a [position or path,
 * key] pair.
 */
interface StoredSnapshot extends Omit<ProjectSnapshot, 'keys'> {
  storedKeys?: (number | [number | string, string])[];
}

/**
 * The findings and directives of every stored output that has none: one frozen array instead of
 * two per file that live to the end of a run (nothing adds to a stored output's lists; were
 * anything to, it would fail loudly instead of changing every file's output).
 */
const NONE: readonly never[] = Object.freeze([]);

const HASH_WIDTH = 40;
const NO_KEY = '-'.repeat(HASH_WIDTH);
const OUT_NONE = 0;
const OUT_EMPTY = 1;
const OUT_STORED = 2;

/** Snapshots kept: one per tree a user alternates between (the whole repository, a package, a hook's file list). */
const MAX_SNAPSHOTS = 4;

export function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'prodlint');
  if (env.HOME) return join(env.HOME, '.cache', 'prodlint');
  return undefined;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The stored columns, checked for shape: every column as long as `rels`. */
function wellFormed(f: CacheFile): boolean {
  const n = Array.isArray(f.rels) ? f.rels.length : -1;
  return (
    n >= 0 &&
    [f.size, f.mtimeMs, f.ino, f.kind, f.out].every((c) => Array.isArray(c) && c.length === n) &&
    Array.isArray(f.kinds) &&
    typeof f.hash === 'string' &&
    f.hash.length === n * HASH_WIDTH &&
    typeof f.key === 'string' &&
    f.key.length === n * HASH_WIDTH &&
    typeof f.outputs === 'object' &&
    f.outputs !== null &&
    typeof f.others === 'object' &&
    f.others !== null &&
    Array.isArray(f.projects)
  );
}

/**
 * The file's text. It is written in ASCII (see `save`), and a Latin-1 decode of ASCII is the same
 * string, made several times faster than a UTF-8 decode (which also makes a two-byte string that
 * parses slower); anything not ASCII is decoded as UTF-8.
 */
function readCacheText(path: string): string {
  const bytes = readFileSync(path);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** JSON in ASCII: every other character as its `\u` escape, which JSON.parse turns back. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export class ResultCache {
  /** The stored file, if usable, and each path's position in it. */
  private stored: CacheFile | undefined;
  private index: Map<string, number> | undefined;
  private cursor = 0;
  private readonly next: Record<string, CacheEntry> = {};
  private nextProject: ProjectSnapshot | undefined;
  readonly path: string;
  /** Why the stored cache was not used, if it was not (for tests and --debug). */
  discarded?: string;

  constructor(dir: string, root: string, private readonly version: string) {
    this.path = join(dir, `${createHash('sha1').update(root).digest('hex').slice(0, 16)}.json`);
    let raw: string;
    try {
      raw = readCacheText(this.path);
    } catch {
      return;
    }
    try {
      const parsed = JSON.parse(raw) as CacheFile;
      if (typeof parsed !== 'object' || parsed === null || parsed.format !== FORMAT || parsed.version !== version) {
        this.discarded = 'format or version changed';
        return;
      }
      if (!wellFormed(parsed)) {
        this.discarded = 'malformed cache';
        return;
      }
      this.stored = parsed;
    } catch {
      this.discarded = 'unreadable cache';
    }
  }

  private positionOf(rel: string): number | undefined {
    const f = this.stored;
    if (!f) return undefined;
    // A run asks in path order, and a full run stored its files in that order: the position after
    // the last one found is nearly always the answer, without a map of every path.
    const next = this.cursor;
    if (f.rels[next] === rel) {
      this.cursor = next + 1;
      return next;
    }
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < f.rels.length; i++) if (typeof f.rels[i] === 'string') this.index.set(f.rels[i]!, i);
    }
    const at = this.index.get(rel);
    if (at !== undefined) this.cursor = at + 1;
    return at;
  }

  /** The stored entry at a position, as the object the rest of the engine uses. */
  private entryAt(rel: string, i: number): CacheEntry | undefined {
    const f = this.stored!;
    const k = f.kind[i];
    const kind = k === -1 ? null : typeof k === 'number' ? f.kinds[k] : undefined;
    if (typeof kind !== 'string' && kind !== null) return undefined;
    const entry: CacheEntry = { size: f.size[i]!, mtimeMs: f.mtimeMs[i]!, ino: f.ino[i]!, hash: f.hash.slice(i * HASH_WIDTH, (i + 1) * HASH_WIDTH), kind };
    const key = f.key.slice(i * HASH_WIDTH, (i + 1) * HASH_WIDTH);
    if (key !== NO_KEY) entry.key = key;
    const out = f.out[i];
    if (out === OUT_EMPTY) entry.output = { rel, findings: NONE as unknown as RawFinding[], directives: NONE as unknown as PositionedDirective[], parsed: false };
    else if (out === OUT_STORED) {
      const o = f.outputs[i];
      if (typeof o === 'object' && o !== null) entry.output = { rel, ...o };
    }
    const others = f.others[i];
    if (others !== undefined) entry.others = others;
    return entry;
  }

  /** The stored entry if the file's metadata still matches. */
  lookup(rel: string, st: { size: number; mtimeMs: number; ino: number }): CacheEntry | undefined {
    const i = this.positionOf(rel);
    if (i === undefined) return undefined;
    const f = this.stored!;
    if (f.size[i] !== st.size || f.mtimeMs[i] !== st.mtimeMs || f.ino[i] !== st.ino) return undefined;
    return this.entryAt(rel, i);
  }

  /** The stored output for an analysis key, if consistent. */
  output(entry: CacheEntry | undefined, key: string): FileOutput | undefined {
    if (!entry) return undefined;
    const output = entry.key === key ? entry.output : Array.isArray(entry.others) ? entry.others.find((o) => o && o.key === key)?.output : undefined;
    if (!output || !Array.isArray(output.findings) || !Array.isArray(output.directives)) return undefined;
    // An analysis that looked beyond its file holds only while the disk answers as it did.
    if (output.inputs !== undefined && !(Array.isArray(output.inputs) && diskInputsHold(output.inputs))) return undefined;
    return output;
  }

  keep(rel: string, entry: CacheEntry): void {
    const at = this.positionOf(rel);
    const prev = at === undefined ? undefined : this.entryAt(rel, at);
    if (prev && prev.hash === entry.hash) {
      const olds = [...(prev.key !== undefined && prev.output ? [{ key: prev.key, output: prev.output }] : []), ...(Array.isArray(prev.others) ? prev.others : [])];
      const others = olds.filter((o) => o && o.key !== entry.key).slice(0, MAX_OTHER_OUTPUTS);
      entry = { ...entry, others };
    }
    this.next[rel] = entry;
  }

  /** The stored snapshot of the tree with this signature, if it is well-formed and its disk inputs still hold. */
  snapshot(signature: string): ProjectSnapshot | undefined {
    const raw = this.stored?.projects.find((s) => s && typeof s === 'object' && s.signature === signature);
    const p = raw && this.decodeSnapshot(raw);
    if (!p || !Array.isArray(p.startedBy) || !Array.isArray(p.inputs) || !Array.isArray(p.findings)) return undefined;
    return diskInputsHold(p.inputs) ? p : undefined;
  }

  private decodeSnapshot(raw: StoredSnapshot): ProjectSnapshot | undefined {
    const { storedKeys, ...rest } = raw;
    if (storedKeys === undefined) return rest;
    if (!Array.isArray(storedKeys)) return undefined;
    const f = this.stored!;
    const keys: [string, string][] = [];
    for (const k of storedKeys) {
      if (typeof k === 'number') {
        const rel = f.rels[k];
        const key = f.key.slice(k * HASH_WIDTH, (k + 1) * HASH_WIDTH);
        if (typeof rel !== 'string' || key.length !== HASH_WIDTH || key === NO_KEY) return undefined;
        keys.push([rel, key]);
      } else {
        const [p, key] = Array.isArray(k) ? k : [];
        const rel = typeof p === 'number' ? f.rels[p] : p;
        if (typeof rel !== 'string' || typeof key !== 'string') return undefined;
        keys.push([rel, key]);
      }
    }
    return { ...rest, keys };
  }

  keepSnapshot(snapshot: ProjectSnapshot): void {
    this.nextProject = snapshot;
  }

  /**
   * Write what this run kept. A partial run (some paths of the repository) also carries over the
   * entries and the snapshot of files it did not see: they are re-validated when used, and a
   * pre-commit run must not throw away the last full scan's results.
   */
  save(opts: { partial?: boolean } = {}): void {
    let entries: [string, CacheEntry][] = Object.entries(this.next);
    if (opts.partial && this.stored) {
      const carried: [string, CacheEntry][] = [];
      this.stored.rels.forEach((rel, i) => {
        if (typeof rel !== 'string' || Object.hasOwn(this.next, rel)) return;
        const e = this.entryAt(rel, i);
        if (e) carried.push([rel, e]);
      });
      entries = [...carried, ...entries];
    }
    const olds = (this.stored?.projects ?? []).filter((s) => s && typeof s === 'object' && s.signature !== this.nextProject?.signature).map((s) => this.decodeSnapshot(s));
    const projects = [...(this.nextProject ? [this.nextProject] : []), ...olds.filter((s): s is ProjectSnapshot => s !== undefined)].slice(0, MAX_SNAPSHOTS);
    try {
      writeFileAtomic(this.path, asciiJson(encode(this.version, entries, projects)));
    } catch {
      // A cache that cannot be written only costs speed next time.
    }
  }
}

/** The columns of a cache file. An entry whose hash or key is not HASH_WIDTH long is not stored (it cannot be, in columns). */
function encode(version: string, entries: readonly [string, CacheEntry][], projects: readonly ProjectSnapshot[]): CacheFile {
  const f: CacheFile = { format: FORMAT, version, rels: [], size: [], mtimeMs: [], ino: [], hash: '', kind: [], kinds: [], key: '', out: [], outputs: {}, others: {}, projects: [] };
  const kindAt = new Map<string, number>();
  const hashes: string[] = [];
  const keys: string[] = [];
  const position = new Map<string, number>();
  const keyAt = new Map<number, string>();
  for (const [rel, e] of entries) {
    if (e.hash.length !== HASH_WIDTH || (e.key !== undefined && e.key.length !== HASH_WIDTH)) continue;
    const i = f.rels.length;
    position.set(rel, i);
    f.rels.push(rel);
    f.size.push(e.size);
    f.mtimeMs.push(e.mtimeMs);
    f.ino.push(e.ino);
    hashes.push(e.hash);
    keys.push(e.key ?? NO_KEY);
    if (e.key !== undefined) keyAt.set(i, e.key);
    let k = -1;
    if (e.kind !== null) {
      k = kindAt.get(e.kind) ?? f.kinds.length;
      if (k === f.kinds.length) {
        kindAt.set(e.kind, k);
        f.kinds.push(e.kind);
      }
    }
    f.kind.push(k);
    const o = e.output;
    if (!o) f.out.push(OUT_NONE);
    else if (o.rel === rel && o.findings.length === 0 && o.directives.length === 0 && !o.parsed && o.inputs === undefined && Object.keys(o).length === 4) f.out.push(OUT_EMPTY);
    else {
      f.out.push(OUT_STORED);
      const { rel: ownRel, ...rest } = o;
      f.outputs[i] = ownRel === rel ? rest : o;
    }
    if (e.others?.length) f.others[i] = e.others;
  }
  f.hash = hashes.join('');
  f.key = keys.join('');
  for (const p of projects) {
    const { keys: pairs, ...rest } = p;
    if (!pairs) {
      f.projects.push(rest);
      continue;
    }
    const storedKeys = pairs.map(([rel, key]): number | [number | string, string] => {
      const at = position.get(rel);
      return at !== undefined && keyAt.get(at) === key ? at : [at ?? rel, key];
    });
    f.projects.push({ ...rest, storedKeys });
  }
  return f;
}

/** The analysis key: content plus everything the output depends on. */
export function analysisKey(parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex');
}
