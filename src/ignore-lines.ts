/**
 * `.gitignore` / `.prodlintignore` files of the scanned tree: reading them safely and compiling
 * their lines into a matcher that stays fast whatever the lines hold.
 *
 * Reading. The file is opened without following a symbolic link (git does not follow a symlinked
 * `.gitignore` in the work tree either, since 2.32) and without blocking (a FIFO would otherwise
 * wait forever for a writer); then only a regular file of at most MAX_IGNORE_FILE_BYTES is read.
 * Anything else counts as no ignore file, silently: the walk has no channel for notices, and a
 * skipped ignore file makes prodlint lint more files, never fewer.
 *
 * Matching. Ignore files go to the `ignore` package, unless one of their lines is one it would
 * compile to an expression that backtracks with the path depth (two or more `**` parts before its
 * end, see `src/ignore-pattern.ts`): then the file is matched segment by segment instead, with the
 * same semantics. Lines longer than the config's MAX_GLOB_LENGTH are dropped: no real ignore line
 * is that long, and dropping one lints more files, never fewer.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import ignore from 'ignore';
import { MAX_GLOB_LENGTH } from './config/glob.js';
import { parseIgnoreLine, SegmentIgnore, variableDepthParts, type IgnoreVerdict } from './ignore-pattern.js';

/** Larger ignore files are not read (the largest real ones are a few tens of KiB). */
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

export interface IgnoreMatcher {
  /** What the lines say about a path relative to their directory (`/`-separated, a trailing `/` for a directory). */
  test(path: string): IgnoreVerdict;
}

// Not defined on Windows, where neither a FIFO nor a symlinked file can stall a read this way.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The text of an ignore file, or undefined when there is none that may be read (see the module comment). */
export function readIgnoreFile(abs: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch {
    return undefined; // absent, a symbolic link (ELOOP), unreadable
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_IGNORE_FILE_BYTES) return undefined;
    // Read at most one byte over the limit, so a file that grows meanwhile is noticed.
    const buf = Buffer.alloc(Math.min(st.size, MAX_IGNORE_FILE_BYTES) + 1);
    let len = 0;
    for (let n; len < buf.length && (n = readSync(fd, buf, len, buf.length - len, null)) > 0; ) len += n;
    if (len > MAX_IGNORE_FILE_BYTES) return undefined;
    const text = buf.toString('utf8', 0, len);
    // git skips a UTF-8 byte-order mark at the start of an ignore file (dir.c).
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Rules (lines other than blanks and comments) that may apply to one path, over all the ignore
 * files of its directory and the directories above it. Matching costs rules x paths: a 1 MiB
 * `.gitignore` of 139,000 short lines took 186 s over 2,000 files, and 2,000 rules take about 6 s
 * over 20,000. Real ignore files hold tens to a few hundred rules.
 */
export const MAX_IGNORE_RULES = 2_000;

/** How many rules (lines other than blanks and comments) ignore-file text holds. */
export function countIgnoreRules(text: string): number {
  let rules = 0;
  for (const line of text.split(/\r?\n/)) if (line.trim() !== '' && !line.startsWith('#')) rules++;
  return rules;
}

/**
 * A matcher for the lines of one or more ignore files (in order: later lines win); undefined, as
 * if there were no ignore file, when they hold more than `budget` rules. The whole text is set
 * aside rather than its tail: a dropped `!` line would hide files that should be linted.
 */
export function compileIgnoreLines(text: string, budget = MAX_IGNORE_RULES): IgnoreMatcher | undefined {
  if (countIgnoreRules(text) > budget) return undefined;
  const lines = text.split(/\r?\n/).filter((line) => line.length <= MAX_GLOB_LENGTH);
  const backtracks = lines.some((line) => {
    const pattern = parseIgnoreLine(line);
    return pattern !== undefined && variableDepthParts(pattern) >= 2;
  });
  // The whole file goes to one matcher or the other: "the last matching line decides" and "nothing
  // inside an ignored directory is re-included" are answers about all its lines together.
  return backtracks ? new SegmentIgnore(lines) : ignore({ allowRelativePaths: true }).add(lines);
}
