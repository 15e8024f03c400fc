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

export interface IgnorePattern {
  /** Cleaned pattern without the `!`. */
  pattern: string;
  negated: boolean;
  /** 1-based line in the ignore file. */
  line: number;
  /** Where the pattern is written (the line's trimmed text). */
  span: Span;
  regex: RegExp;
}

export interface IgnoreMatch {
  excluded: boolean;
  /** The last pattern that matched, if any. */
  by?: IgnorePattern;
}

/** Parse the text of an ignore file. Never throws: an unusable pattern is skipped. */
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
    const regex = compile(pattern);
    if (!regex) continue;
    out.push({ pattern, negated, line: i + 1, span, regex });
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
  const dirs = file.split('/');
  let result: IgnoreMatch = { excluded: false };
  for (const p of patterns) {
    let hit = p.regex.test(file);
    // Parent directories: excluding `node_modules` excludes everything below it.
    for (let k = 1; !hit && k < dirs.length; k++) hit = p.regex.test(dirs.slice(0, k).join('/'));
    if (hit) result = { excluded: !p.negated, by: p };
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

/** Pattern -> anchored regular expression, as moby's patternmatcher builds it. */
function compile(pattern: string): RegExp | undefined {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else {
        re += '[^/]*';
      }
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return undefined;
      re += escapeRegex(next);
      i++;
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) return undefined;
      // Passed through as moby does: `[^a-c]` negates, `[!a-c]` is a plain class.
      re += '[' + pattern.slice(i + 1, close) + ']';
      i = close;
    } else {
      re += escapeRegex(ch);
    }
  }
  re += '$';
  try {
    return new RegExp(re);
  } catch {
    return undefined;
  }
}

function escapeRegex(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? '\\' + ch : ch;
}
