/**
 * `--shard i/n`: a stable partition of the files a run reports on, so a CI matrix can split a huge
 * repository. Every shard still reads and parses every deployment file (Dockerfiles, compose files,
 * units, Procfiles, package.json — the inputs of cross-file rules), so cross-file findings are the
 * same in every shard; each finding is then reported by exactly one shard: the one that owns its
 * file. Ownership is decided by a hash of the file's directory, so a service's files stay together.
 * `prodlint merge` joins the shards' SARIF files into one run.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

export function inShard(rel: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const dir = posix.dirname(rel);
  const h = createHash('sha1').update(dir).digest().readUInt32BE(0);
  return (h % shard.count) + 1 === shard.index;
}
