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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileOutput, RawFinding } from './analyze.js';
import { diskInputsHold, type DiskInput } from './disk.js';
import type { Via } from './types.js';
import { writeFileAtomic } from './output.js';

const FORMAT = 3;

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

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, CacheEntry>;
  /** The latest snapshots, newest first (a full scan and a pre-commit run each keep theirs). */
  projects?: ProjectSnapshot[];
}

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

export class ResultCache {
  private entries: Record<string, CacheEntry> = {};
  private readonly next: Record<string, CacheEntry> = {};
  private stored: ProjectSnapshot[] = [];
  private nextProject: ProjectSnapshot | undefined;
  readonly path: string;
  /** Why the stored cache was not used, if it was not (for tests and --debug). */
  discarded?: string;

  constructor(dir: string, root: string, private readonly version: string) {
    this.path = join(dir, `${createHash('sha1').update(root).digest('hex').slice(0, 16)}.json`);
    let raw: string;
    try {
      raw = readFileSync(this.path, 'utf8');
    } catch {
      return;
    }
    try {
      const parsed = JSON.parse(raw) as CacheFile;
      if (parsed.format !== FORMAT || parsed.version !== version || typeof parsed.entries !== 'object' || parsed.entries === null) {
        this.discarded = 'format or version changed';
        return;
      }
      this.entries = parsed.entries;
      this.stored = Array.isArray(parsed.projects) ? parsed.projects : [];
    } catch {
      this.discarded = 'unreadable cache';
    }
  }

  /** The stored entry if the file's metadata still matches. */
  lookup(rel: string, st: { size: number; mtimeMs: number; ino: number }): CacheEntry | undefined {
    const e = this.entries[rel];
    if (!e || typeof e !== 'object') return undefined;
    if (e.size !== st.size || e.mtimeMs !== st.mtimeMs || e.ino !== st.ino || typeof e.hash !== 'string') return undefined;
    return e;
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
    const prev = this.entries[rel];
    if (prev && typeof prev === 'object' && prev.hash === entry.hash) {
      const olds = [...(prev.key !== undefined && prev.output ? [{ key: prev.key, output: prev.output }] : []), ...(Array.isArray(prev.others) ? prev.others : [])];
      const others = olds.filter((o) => o && o.key !== entry.key).slice(0, MAX_OTHER_OUTPUTS);
      entry = { ...entry, others };
    }
    this.next[rel] = entry;
  }

  /** The stored snapshot of the tree with this signature, if it is well-formed and its disk inputs still hold. */
  snapshot(signature: string): ProjectSnapshot | undefined {
    const p = this.stored.find((s) => s && typeof s === 'object' && s.signature === signature);
    if (!p || !Array.isArray(p.startedBy) || !Array.isArray(p.inputs) || !Array.isArray(p.findings)) return undefined;
    return diskInputsHold(p.inputs) ? p : undefined;
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
    const entries = opts.partial ? { ...this.entries, ...this.next } : this.next;
    const others = this.stored.filter((s) => s && typeof s === 'object' && s.signature !== this.nextProject?.signature);
    const projects = [...(this.nextProject ? [this.nextProject] : []), ...others].slice(0, MAX_SNAPSHOTS);
    const file: CacheFile = { format: FORMAT, version: this.version, entries, projects };
    try {
      writeFileAtomic(this.path, JSON.stringify(file));
    } catch {
      // A cache that cannot be written only costs speed next time.
    }
  }
}

/** The analysis key: content plus everything the output depends on. */
export function analysisKey(parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex');
}
