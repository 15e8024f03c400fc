/**
 * `.gitignore` lines matched one path segment at a time.
 *
 * The `ignore` package compiles a line to a single regular expression in which every `**` that is
 * not the last segment becomes `(?:\/[^\/]+)*` (and a leading `**\/` an unanchored search). Two
 * such parts make the expression backtrack over every way of splitting the path between them:
 * measured on a path of 1,000 directories, `**\/a/**\/b` takes 1.4 s, `a/**\/b/**\/c/**\/d/**\/f`
 * 17 s at 500 directories, and each more `**` multiplies the time by the depth. Matching segment
 * by segment with a table of (pattern segment, path segment) pairs costs at most their product,
 * whatever the line holds. `src/ignore-lines.ts` uses this for ignore files that hold such a line
 * and `ignore` for the rest.
 *
 * Semantics follow gitignore(5) as the `ignore` package implements them (property tests in
 * test/walk.test.ts compare the two): `#` comments, unescaped trailing spaces dropped, `!`
 * negates, a trailing `/` matches directories only, a line with a `/` before its end is anchored
 * at the ignore file's directory (otherwise it matches at any depth), `**` as a whole segment
 * matches any number of directories (at the end: at least one), `*` and `?` never match `/`,
 * `[...]` bracket expressions with `!`/`^`, ranges and POSIX classes (an unterminated one makes the
 * line match nothing), `\` escapes, case is ignored (the `ignore` package's default, which the walk
 * uses), the last matching line decides, and a path inside an ignored directory is ignored.
 * One difference: a line with an escaped slash (`a\/b`, which `ignore` reads in ways that depend
 * on where it stands) is dropped.
 */

/** A path segment test, or a `**` segment. */
type Segment = { globstar: true } | { globstar: false; test: (name: string) => boolean };

export interface IgnorePattern {
  negative: boolean;
  dirOnly: boolean;
  segments: Segment[];
}

/** What ignore rules say about a path, in the shape of the `ignore` package's `test`. */
export interface IgnoreVerdict {
  ignored: boolean;
  unignored: boolean;
}

const NO_VERDICT: IgnoreVerdict = { ignored: false, unignored: false };
const IGNORED: IgnoreVerdict = { ignored: true, unignored: false };
const UNIGNORED: IgnoreVerdict = { ignored: false, unignored: true };

/** A `/` preceded by an odd number of backslashes. */
const ESCAPED_SLASH = /(?<!\\)(?:\\\\)*\\\//;

/**
 * The pattern a line stands for; undefined for a blank or comment line, for a line that can never
 * match (an unterminated bracket expression, a trailing lone backslash) and for a line with an
 * escaped slash.
 */
export function parseIgnoreLine(line: string): IgnorePattern | undefined {
  if (line.startsWith('#')) return undefined;
  let body = trimTrailingSpaces(line);
  if (ESCAPED_SLASH.test(body)) return undefined;
  let negative = false;
  if (body.startsWith('!')) {
    negative = true;
    body = body.slice(1);
  }
  let dirOnly = false;
  if (body.endsWith('/')) {
    dirOnly = true;
    body = body.slice(0, -1);
  }
  if (body === '') return undefined;
  const anchored = body.includes('/');
  if (body.startsWith('/')) body = body.slice(1);
  const parts = splitSegments(body);
  if (!parts) return undefined;
  const segments: Segment[] = [];
  // A line without a slash matches at any depth: as if it began with `**/`.
  if (!anchored) segments.push({ globstar: true });
  for (const part of parts) {
    if (/^\*{2,}$/.test(part)) {
      // Consecutive `**` segments at the start mean the same as one.
      if (segments.length === 0 || !segments.every((s) => s.globstar)) segments.push({ globstar: true });
      continue;
    }
    const test = compileSegment(part);
    if (!test) return undefined;
    segments.push({ globstar: false, test });
  }
  return { negative, dirOnly, segments };
}

/**
 * How many parts of the line may match a varying number of directories anywhere but at its end:
 * the measure of how badly the `ignore` package's expression for it can backtrack.
 */
export function variableDepthParts(pattern: IgnorePattern): number {
  let n = 0;
  pattern.segments.forEach((s, i) => {
    if (s.globstar && i < pattern.segments.length - 1) n++;
  });
  return n;
}

/** The lines of an ignore file as one matcher; `test` takes paths like `ignore`'s (`a/b`, `a/b/` for a directory). */
export class SegmentIgnore {
  private readonly patterns: IgnorePattern[];
  /** Verdicts by path: a walk asks about every directory on the way down, once each. */
  private readonly cache = new Map<string, IgnoreVerdict>();

  constructor(lines: readonly string[]) {
    this.patterns = lines.map(parseIgnoreLine).filter((p): p is IgnorePattern => p !== undefined);
  }

  test(path: string): IgnoreVerdict {
    const known = this.cache.get(path);
    if (known) return known;
    const parent = parentOf(path);
    const above = parent ? this.test(parent) : undefined;
    // "It is not possible to re-include a file if a parent directory of that file is excluded."
    const verdict = above?.ignored ? above : this.own(path);
    this.cache.set(path, verdict);
    return verdict;
  }

  /** The verdict of the last line that matches the path itself. */
  private own(path: string): IgnoreVerdict {
    const isDir = path.endsWith('/');
    const names = (isDir ? path.slice(0, -1) : path).split('/').map(canonical);
    for (let i = this.patterns.length - 1; i >= 0; i--) {
      const p = this.patterns[i]!;
      if (matchesPath(p, names, isDir)) return p.negative ? UNIGNORED : IGNORED;
    }
    return NO_VERDICT;
  }
}

/** `a/b/c` -> `a/b/`, `a/b/` -> `a/`, `a` -> `` (the parent directory, as a directory path). */
function parentOf(path: string): string {
  const cut = path.lastIndexOf('/', path.endsWith('/') ? path.length - 2 : path.length - 1);
  return cut < 0 ? '' : path.slice(0, cut + 1);
}

/** Whether the pattern matches the whole path (segments passed through `canonical`). */
export function matchesPath(pattern: IgnorePattern, names: readonly string[], isDir: boolean): boolean {
  if (pattern.dirOnly && !isDir) return false;
  const n = names.length;
  const segs = pattern.segments;
  // Most lines end in a plain segment, which must match the last name: decide those quickly.
  const last = segs[segs.length - 1]!;
  if (!last.globstar && !last.test(names[n - 1]!)) return false;
  // reach[j]: the pattern segments seen so far can consume exactly the first j path segments.
  let reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const next = new Uint8Array(n + 1);
    if (seg.globstar) {
      // Zero or more directories; a final `**` needs at least one segment ("everything inside").
      const atLeastOne = i === segs.length - 1;
      let seen = 0;
      for (let j = 0; j <= n; j++) {
        if (!atLeastOne) seen |= reach[j]!;
        next[j] = seen;
        if (atLeastOne) seen |= reach[j]!;
      }
    } else {
      for (let j = 0; j < n; j++) if (reach[j] && seg.test(names[j]!)) next[j + 1] = 1;
    }
    reach = next;
  }
  return reach[n] === 1;
}

/** The line without its unescaped trailing spaces (gitignore(5): "Trailing spaces are ignored unless they are quoted with backslash"). */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') end--;
  if (end === line.length) return line;
  let slashes = 0;
  while (end - slashes - 1 >= 0 && line[end - slashes - 1] === '\\') slashes++;
  // An odd number of backslashes escapes the first trailing space, which stays.
  return slashes % 2 === 1 ? line.slice(0, end + 1) : line.slice(0, end);
}

/**
 * The line's segments: split at each `/` outside a bracket expression (`[a/]` is one character
 * class, as in `ignore`); undefined when a bracket expression is malformed (never matches).
 */
function splitSegments(body: string): string[] | undefined {
  const chars = body.split('');
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '/') {
      parts.push(cur);
      cur = '';
    } else if (c === '\\' && i + 1 < chars.length) {
      cur += c + chars[++i]!;
    } else if (c === '[') {
      const cls = parseBracket(chars, i);
      if (!cls) return undefined;
      cur += chars.slice(i, cls.end + 1).join('');
      i = cls.end;
    } else {
      cur += c;
    }
  }
  parts.push(cur);
  return parts;
}

// --- One segment: `*`, `?`, `[...]`, `\x` and literal characters. ---

// Case is ignored as a JavaScript regular expression with the `i` flag and without `u` ignores it
// (ECMA-262 Canonicalize), which is what the `ignore` package compiles to: per UTF-16 code unit,
// a character stands for its upper case when that is a single code unit and does not turn a
// non-ASCII character into an ASCII one (so `ß`, `ſ` and the Kelvin sign stay themselves). `?`
// and bracket expressions match one code unit, like that expression.

/** One code unit, case-folded. */
function fold(c: string): string {
  const u = c.toUpperCase();
  if (u.length !== 1) return c;
  if (c.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128) return c;
  return u;
}

/** A path segment with every code unit folded. */
function canonical(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) out += fold(name[i]!);
  return out;
}

/** The characters that fold to `x` (itself and, usually, its lower case): what a class member is compared with. */
function foldedFrom(x: string): string[] {
  const lower = x.toLowerCase();
  return lower !== x && lower.length === 1 && fold(lower) === x ? [x, lower] : [x];
}

type Token = { t: 'star' } | { t: 'one'; test: (c: string) => boolean };

/** A test for one path segment (already folded), or undefined when the segment can never match. */
function compileSegment(part: string): ((name: string) => boolean) | undefined {
  const tokens: Token[] = [];
  const chars = part.split('');
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '*') {
      if (tokens[tokens.length - 1]?.t !== 'star') tokens.push({ t: 'star' });
    } else if (c === '?') {
      tokens.push({ t: 'one', test: () => true });
    } else if (c === '[') {
      const cls = parseBracket(chars, i);
      if (!cls) return undefined;
      tokens.push({ t: 'one', test: cls.test });
      i = cls.end;
    } else if (c === '\\') {
      const next = chars[++i];
      if (next === undefined) return undefined;
      tokens.push(literal(next));
    } else {
      tokens.push(literal(c));
    }
  }
  return (name) => matchTokens(tokens, name);
}

function literal(c: string): Token {
  const k = fold(c);
  return { t: 'one', test: (x) => x === k };
}

/**
 * Wildcard matching with `*` backtracking only to the most recent star: a later star can absorb
 * whatever an earlier one would have, so this is complete, and it costs at most
 * tokens x characters.
 */
function matchTokens(tokens: readonly Token[], name: string): boolean {
  let ti = 0;
  let ni = 0;
  let starTi = -1;
  let starNi = 0;
  while (ni < name.length) {
    const tok = tokens[ti];
    if (tok?.t === 'star') {
      starTi = ti++;
      starNi = ni;
    } else if (tok && tok.test(name[ni]!)) {
      ti++;
      ni++;
    } else if (starTi >= 0) {
      ti = starTi + 1;
      ni = ++starNi;
    } else {
      return false;
    }
  }
  while (tokens[ti]?.t === 'star') ti++;
  return ti === tokens.length;
}

/** POSIX classes in git's ASCII-only sense (wildmatch.c). */
const POSIX: Record<string, (c: string) => boolean> = {
  alnum: (c) => /^[0-9A-Za-z]$/.test(c),
  alpha: (c) => /^[A-Za-z]$/.test(c),
  blank: (c) => c === ' ' || c === '\t',
  cntrl: (c) => /^[\x00-\x1f\x7f]$/.test(c),
  digit: (c) => /^[0-9]$/.test(c),
  graph: (c) => /^[\x21-\x7e]$/.test(c),
  lower: (c) => /^[a-z]$/.test(c),
  print: (c) => /^[\x20-\x7e]$/.test(c),
  punct: (c) => /^[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]$/.test(c),
  space: (c) => /^[ \t\n\r\f\v]$/.test(c),
  upper: (c) => /^[A-Z]$/.test(c),
  xdigit: (c) => /^[0-9A-Fa-f]$/.test(c),
};

/**
 * A bracket expression starting at `chars[start]` (`[`): its test (case-insensitive) and the index
 * of its `]`, or undefined when it is unterminated or names an unknown class.
 */
function parseBracket(chars: readonly string[], start: number): { test: (c: string) => boolean; end: number } | undefined {
  let i = start + 1;
  let negated = false;
  if (chars[i] === '!' || chars[i] === '^') {
    negated = true;
    i++;
  }
  const members: ((c: string) => boolean)[] = [];
  let first = true;
  for (; i < chars.length; i++) {
    let c = chars[i]!;
    if (c === ']' && !first) {
      const test = (x: string) => foldedFrom(x).some((v) => members.some((m) => m(v))) !== negated;
      return { test, end: i };
    }
    first = false;
    if (c === '[' && chars[i + 1] === ':') {
      const close = chars.indexOf(':', i + 2);
      if (close !== -1 && chars[close + 1] === ']') {
        const cls = POSIX[chars.slice(i + 2, close).join('')];
        if (!cls) return undefined;
        members.push(cls);
        i = close + 1;
        continue;
      }
    }
    if (c === '\\') {
      const next = chars[++i];
      if (next === undefined) return undefined;
      c = next;
    }
    if (chars[i + 1] === '-' && chars[i + 2] !== undefined && chars[i + 2] !== ']') {
      let hi = chars[i + 2]!;
      i += 2;
      if (hi === '\\') {
        const next = chars[++i];
        if (next === undefined) return undefined;
        hi = next;
      }
      const lo = c;
      // The first character counts on its own too, so a reversed range `[z-a]` matches `z` (as in
      // git's wildmatch.c, which compares it before seeing the `-`).
      members.push((x) => x === lo || (x >= lo && x <= hi));
    } else {
      const lit = c;
      members.push((x) => x === lit);
    }
  }
  return undefined;
}
