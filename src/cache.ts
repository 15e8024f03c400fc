/**
 * The result cache: per-file analysis outputs keyed by the file's content hash, prodlint's version
 * and everything else the output depends on (kind, environment, enabled rules with their options,
 * the carriers that start the file, suppression settings). A warm run skips reading a file whose
 * size, mtime and inode match the stored entry, and reuses its output when the key matches.
 *
 * The cache lives outside the scanned tree (`$XDG_CACHE_HOME/prodlint`, else `~/.cache/prodlint`),
 * one file per repository root, written atomically. Anything unreadable, of another format
 * version, or inconsistent is discarded, never trusted.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileOutput } from './analyze.js';
import { writeFileAtomic } from './output.js';

const FORMAT = 1;

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
}

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, CacheEntry>;
}

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
    if (!entry || entry.key !== key || !entry.output || !Array.isArray(entry.output.findings) || !Array.isArray(entry.output.directives)) return undefined;
    return entry.output;
  }

  keep(rel: string, entry: CacheEntry): void {
    this.next[rel] = entry;
  }

  save(): void {
    const file: CacheFile = { format: FORMAT, version: this.version, entries: this.next };
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
