/**
 * When a run may use the project snapshot of the result cache (see ProjectSnapshot in cache.ts),
 * and the signature of the tree it is valid for.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Whether the run covers the whole repository. Project rules look at the disk beyond the files
 * they are given (a package's other sources, a unit's drop-ins): a partial run (pre-commit passes
 * the changed files) would store a snapshot of a tree it did not see.
 */
export function coversRoot(paths: readonly string[], cwd: string, root: string): boolean {
  const want = resolve(root);
  return (paths.length ? paths : ['.']).some((p) => resolve(cwd, p) === want);
}

export interface SignedFile {
  rel: string;
  hash?: string | undefined;
  kind?: string | undefined;
}

/**
 * Every discovered file's path, content hash and kind, plus the run-wide settings; `perFile` adds
 * what else decides a file's analysis (environment, rules) when the settings hold no digest of the
 * configuration that decides it.
 */
export function treeSignatureOf<F extends SignedFile>(files: readonly F[], run: unknown[], perFile?: (file: F) => string): string {
  const h = createHash('sha1').update(JSON.stringify(run));
  const sorted = [...files].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  for (const f of sorted) h.update(`\n${f.rel}\0${f.hash ?? '-'}\0${f.kind ?? ''}${perFile ? `\0${perFile(f)}` : ''}`);
  return h.digest('hex');
}
