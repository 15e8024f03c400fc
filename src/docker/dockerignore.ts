/**
 * `.dockerignore` with Docker's own semantics, so that "is this path sent to the builder?" gets
 * the answer `docker build` would give. Rules follow moby's `ignorefile` reader and
 * `patternmatcher` (https://docs.docker.com/build/concepts/context/#dockerignore-files):
 * - a line whose first character is `#` is a comment; other lines are trimmed; empty lines skipped;
 * - `!` makes an exception (re-includes); patterns are cleaned like Go's `filepath.Clean` and a
 *   leading `/` is dropped, so every pattern is relative to the context root;
 * - `*` and `?` never match `/`; `**` matches any number of directories (including none);
 *   a trailing `**` matches everything below;
 * - a path is matched when it or any of its parent directories matches;
 * - the last matching pattern wins.
 */
import type { Span } from '../source.js';
import { compileIgnorePattern, type PatternMatcher } from './ignore-matcher.js';

export interface IgnorePattern {
  /** Cleaned pattern without the `!`. */
  pattern: string;
  negated: boolean;
  /** 1-based line in the ignore file. */
  line: number;
  /** Where the pattern is written (the line's trimmed text). */
  span: Span;
  /** Matches context-relative paths; linear in the path, whatever the pattern (see ignore-matcher.ts). */
  matcher: PatternMatcher;
}

export interface IgnoreMatch {
  excluded: boolean;
  /** The last pattern that matched, if any. */
  by?: IgnorePattern;
}

/**
 * Parse the text of an ignore file. Never throws: an unusable pattern (`[unclosed`, a trailing
 * `\`, a class JavaScript rejects) is skipped, and no pattern is refused for being long or full
 * of stars, since matching is linear.
 *
 * Which way skipping errs: a skipped exclusion leaves its paths "sent to the builder", the quiet
 * side for DF001 ("are the migrations in the image?"): it may silence a finding, never invent one.
 * A skipped exception (`!pattern`) leaves its paths excluded, which can report migrations as kept
 * out. Both only happen for patterns Docker itself rejects (`docker build` fails on a malformed
 * pattern), so the build breaks loudly whatever we answer.
 */
export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bom = body === text ? 0 : 1;
  let offset = 0;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const rawLine = lines[i]!;
    const lineStart = offset + bom;
    offset += rawLine.length + 1;
    if (rawLine.startsWith('#')) continue;
    let pattern = rawLine.trim();
    if (!pattern) continue;
    const lead = rawLine.indexOf(pattern);
    const span = { start: lineStart + lead, end: lineStart + lead + pattern.length };
    const negated = pattern.startsWith('!');
    if (negated) pattern = pattern.slice(1).trim();
    if (!pattern) continue;
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    const matcher = compileIgnorePattern(pattern);
    if (!matcher) continue;
    out.push({ pattern, negated, line: i + 1, span, matcher });
  }
  return out;
}

/**
 * Whether a context-relative path (`/`-separated, no leading `./`) is excluded from the context.
 * An empty path or `.` means the context root, which is never excluded.
 */
export function matchIgnore(patterns: readonly IgnorePattern[], path: string): IgnoreMatch {
  const file = cleanPath(path);
  if (file === '.' || file === '') return { excluded: false };
  let result: IgnoreMatch = { excluded: false };
  for (const p of patterns) {
    // Parent directories too: excluding `node_modules` excludes everything below it.
    if (p.matcher.testPathOrParent(file)) result = { excluded: !p.negated, by: p };
  }
  return result;
}

/** Go's `filepath.Clean` for `/`-separated paths (lexical: `.`, `..`, repeated and trailing slashes). */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined || '.';
}
