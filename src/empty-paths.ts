/**
 * Paths of a run that gave it nothing to lint: an empty directory, a directory of READMEs, a
 * typo'd glob the shell passed through as a missing-looking directory, a file of no known kind.
 * Each is a warning; when every path given is such a path the run checked nothing, which is a
 * usage error (exit 2), like ESLint's "No files matching the pattern".
 *
 * A file named explicitly with `--ignore-unknown` is never such a path: that flag says "I pass
 * whatever changed, skip what you do not lint" (pre-commit passing README.md), so nothing checked
 * is the expected outcome there.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { toRel } from './discover.js';

/** The warning (or, when every path is empty, the error) for one such path. */
export function emptyPathMessage(abs: string, path: string): string {
  let file = false;
  try {
    file = statSync(abs).isFile();
  } catch {
    // gone since: treat as a directory
  }
  return file ? `${path} is not a kind of file prodlint lints (--ignore-unknown skips such files quietly)` : `no files to lint in ${path} (none of a kind prodlint lints)`;
}

/**
 * The paths given (`.` when none) under which no file was `covered`: linted, or skipped with a
 * notice that says why (too large, binary, unreadable), which is reason enough.
 */
export function emptyPaths(paths: readonly string[], cwd: string, root: string, covered: readonly string[], ignoreUnknown: boolean): string[] {
  const linted = covered;
  const given = paths.length ? paths : ['.'];
  return given.filter((p) => {
    const abs = resolve(cwd, p);
    let isFile = false;
    try {
      isFile = statSync(abs).isFile();
    } catch {
      return false; // reported by discovery
    }
    if (isFile && ignoreUnknown) return false;
    const rel = toRel(root, abs);
    if (rel === '') return linted.length === 0;
    return !linted.some((l) => l === rel || l.startsWith(`${rel}/`));
  });
}
