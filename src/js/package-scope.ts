/**
 * The package a JS/TS file belongs to (the directory of the nearest `package.json`, or the
 * repository root) and the JS/TS sources of that package on disk. TS006 looks for a SIGTERM
 * handler anywhere in the package, including files the run was not given: pre-commit passes only
 * the changed files, and the handler usually lives in a file that did not change.
 *
 * The walk skips `node_modules`, hidden directories, nested packages (a directory with its own
 * `package.json` is another package), symbolic links (no loops), files over 2 MiB and
 * declaration files; it stops after 20,000 files and says so.
 */
import { diskList, diskStat } from '../disk.js';
import { join, posix } from 'node:path';

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const MAX_FILES = 20_000;
const MAX_BYTES = 2 * 1024 * 1024;

/** `src/api/server.ts` -> `src/api` when `src/api/package.json` exists, else the next directory up; `` for the root. */
export function packageDirOf(rel: string, hasPackageJson: (dir: string) => boolean): string {
  let dir = posix.dirname(rel);
  for (;;) {
    if (dir === '.' || dir === '') return '';
    if (hasPackageJson(dir)) return dir;
    dir = posix.dirname(dir);
  }
}

export interface PackageSources {
  /** Repository-relative paths of the package's JS/TS sources, sorted. */
  files: string[];
  /** True when the walk stopped at the file limit. */
  truncated: boolean;
}

/** The JS/TS sources of the package in `dir` (repository-relative; `` for the root). */
export function packageSources(root: string, dir: string): PackageSources {
  const files: string[] = [];
  const stack: string[] = [dir];
  let truncated = false;
  while (stack.length && !truncated) {
    const current = stack.pop()!;
    const entries = diskList(join(root, current));
    if (!entries) continue;
    const subdirs: string[] = [];
    for (const e of entries) {
      const rel = current ? `${current}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
        subdirs.push(rel);
      } else if (e.isFile() && SOURCE.test(e.name) && !DECLARATION.test(e.name)) {
        if (files.length >= MAX_FILES) {
          truncated = true;
          break;
        }
        files.push(rel);
      }
    }
    for (const sub of subdirs.sort().reverse()) {
      if (isPackage(root, sub)) continue;
      stack.push(sub);
    }
  }
  return { files: files.sort(), truncated };
}

function isPackage(root: string, dir: string): boolean {
  return diskStat(join(root, dir, 'package.json'))?.isFile === true;
}

/** Whether a file on disk is small enough to read for evidence. */
export function readableSize(abs: string): boolean {
  const st = diskStat(abs);
  return st !== undefined && st.size <= MAX_BYTES;
}
