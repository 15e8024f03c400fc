/** Writing output files atomically: a temp file beside the target, then a rename. */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file prodlint was asked to write cannot be written; the message is one line naming it. */
export class OutputError extends Error {}

/**
 * Why `path` cannot be written as a file, if that can be told before trying: it is a directory,
 * or something on the way to it is a file (`-o Dockerfile/x.json`). `shown` is the path as the
 * user wrote it.
 */
export function outputPathProblem(path: string, shown = path): string | undefined {
  const kind = (p: string) => {
    try {
      return statSync(p).isDirectory() ? 'dir' : 'file';
    } catch {
      return undefined;
    }
  };
  if (kind(path) === 'dir') return `cannot write ${shown}: it is a directory (name a file, e.g. ${join(shown, 'prodlint.out')})`;
  // `named` walks up the path as written, so the message names the part the user typed.
  for (let dir = dirname(path), named = dirname(shown); ; dir = dirname(dir), named = dirname(named)) {
    const k = kind(dir);
    if (k === 'file') return `cannot write ${shown}: ${named === '.' ? dir : named} is a file, not a directory`;
    if (k === 'dir' || dirname(dir) === dir) return undefined;
  }
}

export function writeFileAtomic(path: string, content: string, shown = path): void {
  const problem = outputPathProblem(path, shown);
  if (problem) throw new OutputError(problem);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    const e = err as NodeJS.ErrnoException;
    throw new OutputError(`cannot write ${shown}: ${e.code ?? ''}${e.code ? ' ' : ''}(${e.message.split('\n')[0]})`);
  }
}
