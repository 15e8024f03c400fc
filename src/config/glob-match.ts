/**
 * Matching one picomatch pattern against a path without backtracking across directories.
 *
 * picomatch compiles each `**` segment into a lazy loop over characters; a pattern with several of
 * them backtracks over every way of spreading the path's directories among them (four `**`
 * against a path 2,000 directories deep: 84 s). Here the pattern is cut at its `**` segments into
 * chunks that picomatch compiles on their own, and a small dynamic program over the path's
 * segments places them: `**` covers any run of segments (none of them `.` or `..`, as in
 * picomatch), each chunk covers the segments its expression matches. A chunk's expression never
 * sees more than the few segments it can match, so its cost no longer grows with the path's depth.
 *
 * The answers are picomatch's for paths as the engine passes them: no empty segment, no trailing
 * `/` (test/glob-match.test.ts compares both on random globs and paths). A pattern is split only
 * at a `**` that is a whole segment outside braces and parentheses; `globProblem` refuses `**`
 * inside them, where picomatch's meaning is neither a segment nor a glob.
 */
import picomatch from 'picomatch';
import { getOrMake } from '../multimap.js';

export const PICOMATCH_OPTIONS = {
  dot: true,
  windows: false,
  noextglob: true,
  nonegate: true,
} as const;

/** A path cut into segments once, shared by every pattern tested on it. */
export interface SegmentedPath {
  text: string;
  /** Offset where each segment starts; one more entry, `text.length + 1`, closes the last. */
  starts: number[];
  /** Whether each segment is `.` or `..`, which `**` never covers. */
  dotSegment: boolean[];
}

export function segmentPath(text: string): SegmentedPath {
  const starts = [0];
  const dotSegment: boolean[] = [];
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 0x2f) {
      const start = starts[starts.length - 1]!;
      const len = i - start;
      dotSegment.push((len === 1 || len === 2) && text.startsWith('..'.slice(0, len), start));
      starts.push(i + 1);
    }
  }
  return { text, starts, dotSegment };
}

/** Part of a pattern between `**` segments. */
interface Chunk {
  /** Matches `before + segments + after`. */
  re: RegExp;
  before: string;
  after: string;
  /** How many path segments the chunk can cover: exactly `min` when `min === max`. */
  min: number;
  max: number;
  /**
   * Whether it matches the empty string (`{,a}`). picomatch then lets it follow a `**` that took
   * nothing at the very end of the path (`a/**\/{,a}` matches `a`); anywhere else an empty match
   * needs an empty segment, which file paths do not have.
   */
  empty: boolean;
}

export type FormMatcher = (path: SegmentedPath) => boolean;

/** The chunk between two slashes with nothing in it (`a//**`): one empty segment. */
const EMPTY_SEGMENT: Chunk = { re: /^$/, before: '', after: '', min: 1, max: 1, empty: false };
/** A literal segment standing for the path around a chunk. */
const CONTEXT = 'x';

/**
 * One matcher per pattern text for the process: the run's glob sets and the per-glob ones that
 * explain a file's environment (JSON output, `--explain-file`) expand the same built-in patterns.
 */
const forms = new Map<string, FormMatcher>();

/** The matcher for one picomatch pattern (one expanded form of a config glob). Never throws. */
export function compileForm(pattern: string): FormMatcher {
  return getOrMake(forms, pattern, () => lazyForm(pattern));
}

function lazyForm(pattern: string): FormMatcher {
  // Compiled on demand: every run compiles the built-in development globs, and most of their
  // forms never meet a path holding their required text, so their expressions are never built.
  let needs: string[][] | undefined;
  let test: FormMatcher | undefined;
  return (p) => {
    needs ??= requiredTextOf(pattern);
    if (!hasAll(p.text, needs)) return false;
    test ??= compileTest(pattern);
    return test(p);
  };
}

function compileTest(pattern: string): FormMatcher {
  const c = compileParts(pattern);
  if (!c) return () => false;
  const { whole, chunks, lastNeedsSegment } = c;
  if (whole) return (p) => whole.test(p.text);
  return (p) => placeChunks(chunks, p, lastNeedsSegment);
}

/** The form compileParts reads, and the text any path it matches contains (see requiredText). */
function formOf(pattern: string): string {
  let form = singleStars(pattern);
  while (form.startsWith('./')) form = form.slice(2);
  return form;
}

function requiredTextOf(pattern: string): string[][] {
  const parts = splitAtGlobstars(formOf(pattern));
  if (parts.length === 1) return requiredText(formOf(pattern));
  return parts.flatMap((part) => (part ? requiredText(part) : []));
}

/** The expressions compileForm builds for a pattern (for the regular-expression audit). */
export function formExpressions(pattern: string): RegExp[] {
  const c = compileParts(pattern);
  if (!c) return [];
  return c.whole ? [c.whole] : c.chunks.flatMap((chunk) => (chunk ? [chunk.re] : []));
}

interface Parts {
  /** The whole pattern's expression, when it has no `**` segment. */
  whole?: RegExp;
  chunks: (Chunk | undefined)[];
  lastNeedsSegment: boolean;
}

/** undefined when picomatch rejects a piece (such a pattern matches nothing). */
function compileParts(pattern: string): Parts | undefined {
  // picomatch drops a leading `./` (the glob `.` expands to `./**\/*`, everything below).
  const form = formOf(pattern);
  const parts = splitAtGlobstars(form);
  try {
    if (parts.length === 1) {
      // No `**` segment: picomatch's own expression, which only ever loops within a segment.
      return { whole: picomatch.makeRe(form, PICOMATCH_OPTIONS), chunks: [], lastNeedsSegment: false };
    }
    const chunks = parts.map((text, t): Chunk | undefined => {
      if (text === null) return undefined;
      if (text === '') return EMPTY_SEGMENT;
      // Compiled between the segments around it, as in the whole pattern: picomatch writes a
      // segment differently when a `/` follows (`.*` then refuses `..`).
      const before = t > 0 ? CONTEXT + '/' : '';
      const after = t < parts.length - 1 ? '/' + CONTEXT : '';
      const re = picomatch.makeRe(before + text + after, PICOMATCH_OPTIONS);
      // Matching nothing at the end of the path, no segment follows to look at.
      const empty = picomatch.makeRe(before + text, PICOMATCH_OPTIONS).test(before);
      return { re, before, after, ...segmentRange(text), empty };
    });
    // picomatch quirk: a final `/**` right after a `*` (`dist*/**`) needs at least one segment,
    // where after anything else (`dist/**`) it may take none and match `dist` itself.
    const beforeLast = parts[parts.length - 2];
    const lastNeedsSegment = parts[parts.length - 1] === null && typeof beforeLast === 'string' && endsWithStar(beforeLast);
    return { chunks, lastNeedsSegment };
  } catch {
    return undefined;
  }
}

/** Characters picomatch gives a meaning to; every other character matches itself. */
const SPECIAL = new Set(['*', '?', '[', ']', '{', '}', '(', ')', '!', '+', '@', '|', '\\', ',']);

/**
 * Text any match contains, as sets of which at least one must appear in the path: each run of
 * plain characters outside groups and classes, and each brace set of plain words (`{dev,local}`).
 * A cheap `includes` then turns most paths away before any expression runs.
 */
function requiredText(pattern: string): string[][] {
  const units = scanPattern(pattern);
  const plain = (u: Unit) => (u.kind === 'other' || u.kind === 'slash') && u.end - u.start === 1 && !SPECIAL.has(pattern[u.start]!);
  const out: string[][] = [];
  let run = '';
  const flush = () => {
    if (run.length > 1) out.push([run]);
    run = '';
  };
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.depth === 0 && plain(u)) {
      run += pattern[u.start];
      continue;
    }
    flush();
    // A brace set of plain words at the top: `{` word (`,` word)* `}`.
    if (u.depth === 0 && pattern[u.start] === '{' && units[k + 1]?.depth === 1) {
      const words: string[] = [];
      let word = '';
      let m = k + 1;
      for (; m < units.length && units[m]!.depth === 1; m++) {
        const w = units[m]!;
        if (pattern[w.start] === ',' && w.end - w.start === 1) {
          words.push(word);
          word = '';
        } else if (plain(w)) word += pattern[w.start];
        else break;
      }
      if (m < units.length && units[m]!.depth === 0 && pattern[units[m]!.start] === '}') {
        words.push(word);
        if (words.every((w) => w.length > 1)) out.push(words);
      }
    }
  }
  flush();
  return out;
}

function hasAll(text: string, needs: readonly (readonly string[])[]): boolean {
  for (const any of needs) if (!any.some((n) => text.includes(n))) return false;
  return true;
}

function endsWithStar(chunk: string): boolean {
  const units = scanPattern(chunk);
  const last = units[units.length - 1];
  return last !== undefined && last.kind === 'stars' && last.depth === 0;
}

/** One scanned unit of a pattern. */
interface Unit {
  kind: 'slash' | 'stars' | 'class' | 'other';
  start: number;
  end: number;
  /** Nesting in brace or parenthesis pairs. */
  depth: number;
}

/**
 * The pattern's units: `/` (or `\/`, which picomatch also takes as a separator), runs of `*`,
 * classes and everything else, with their nesting in matched `{}` and `()` pairs. An unmatched
 * bracket is an ordinary character.
 */
export function scanPattern(form: string): Unit[] {
  const raw: Unit[] = [];
  for (let i = 0; i < form.length; ) {
    const c = form[i]!;
    if (c === '\\') {
      const end = Math.min(i + 2, form.length);
      raw.push({ kind: form[i + 1] === '/' ? 'slash' : 'other', start: i, end, depth: 0 });
      i = end;
    } else if (c === '/') {
      raw.push({ kind: 'slash', start: i, end: i + 1, depth: 0 });
      i++;
    } else if (c === '*') {
      let end = i;
      while (form[end] === '*') end++;
      raw.push({ kind: 'stars', start: i, end, depth: 0 });
      i = end;
    } else if (c === '[') {
      const close = form.indexOf(']', i + 2);
      if (close === -1) {
        raw.push({ kind: 'other', start: i, end: i + 1, depth: 0 });
        i++;
      } else {
        raw.push({ kind: 'class', start: i, end: close + 1, depth: 0 });
        i = close + 1;
      }
    } else {
      raw.push({ kind: 'other', start: i, end: i + 1, depth: 0 });
      i++;
    }
  }
  // Depth from matched pairs only.
  const opens: number[] = [];
  const delta = new Int32Array(raw.length + 1);
  raw.forEach((u, k) => {
    const ch = u.kind === 'other' && u.end - u.start === 1 ? form[u.start] : undefined;
    if (ch === '{' || ch === '(') opens.push(k);
    else if (ch === '}' || ch === ')') {
      const want = ch === '}' ? '{' : '(';
      for (let j = opens.length - 1; j >= 0; j--) {
        if (form[raw[opens[j]!]!.start] === want) {
          delta[opens[j]! + 1]!++;
          delta[k]!--;
          opens.length = j;
          break;
        }
      }
    }
  });
  let depth = 0;
  raw.forEach((u, k) => {
    depth += delta[k]!;
    u.depth = depth;
  });
  return raw;
}

/** Whether a run of two or more `*` sits inside braces or parentheses. */
export function hasGroupedGlobstar(form: string): boolean {
  return scanPattern(form).some((u) => u.kind === 'stars' && u.depth > 0 && u.end - u.start >= 2);
}

/** Whether unit `k` is `**` alone between slashes (or the pattern's ends), outside groups. */
function isWholeGlobstar(units: readonly Unit[], k: number): boolean {
  const u = units[k]!;
  if (u.kind !== 'stars' || u.depth !== 0 || u.end - u.start !== 2) return false;
  const before = units[k - 1];
  const after = units[k + 1];
  return (before === undefined || before.kind === 'slash') && (after === undefined || after.kind === 'slash');
}

/**
 * Every run of `*` that is not a whole `**` segment, written as one `*`. picomatch reads most of
 * them that way already (`a**`, `x/**.js`, `***`), but lets a few cross directories (`**.js` as a
 * whole pattern, `**{a,b}` anywhere), which no segment-bounded chunk could match; here they are a
 * plain `*`, as in `.gitignore` ("other consecutive asterisks are considered regular asterisks").
 */
export function singleStars(form: string): string {
  const units = scanPattern(form);
  let out = '';
  units.forEach((u, k) => {
    out += u.kind === 'stars' && !isWholeGlobstar(units, k) ? '*' : form.slice(u.start, u.end);
  });
  return out;
}

/**
 * The pattern cut at each `**` that is a whole segment outside groups: `a/**\/b/**` gives
 * `['a', 'b', null]`, where `null` stands for no chunk (the pattern starts or ends with `**`) and
 * `''` for a chunk that is one empty segment (`a//**`). Consecutive `**` count once. A pattern
 * without such a `**` comes back whole.
 */
export function splitAtGlobstars(form: string): (string | null)[] {
  const units = scanPattern(form);
  const parts: (string | null)[] = [];
  let from = 0; // where the current chunk's text starts
  let sharedSlash = -1; // the unit index of the slash that closed the previous `**`
  let endsWithGlobstar = false;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (!isWholeGlobstar(units, k)) continue;
    const before = units[k - 1];
    const after = units[k + 1];
    if (before === undefined) parts.push(null);
    else if (k - 1 !== sharedSlash) parts.push(form.slice(from, before.start));
    from = after ? after.end : u.end;
    sharedSlash = after ? k + 1 : -1;
    endsWithGlobstar = after === undefined;
  }
  if (parts.length === 0) return [form];
  parts.push(endsWithGlobstar && from === form.length ? null : form.slice(from));
  return parts;
}

/**
 * How many segments a chunk can cover. Its `/` outside groups fix the count, unless a group holds
 * a `/` or a class may match one: then anything from one segment up to one more than those
 * slashes and classes together.
 */
function segmentRange(chunk: string): { min: number; max: number } {
  const units = scanPattern(chunk);
  let slashes = 0;
  let variable = false;
  let classes = 0;
  for (const u of units) {
    if (u.kind === 'slash') {
      slashes++;
      if (u.depth > 0) variable = true;
    } else if (u.kind === 'class' && classMayMatchSlash(chunk.slice(u.start + 1, u.end - 1))) {
      classes++;
      variable = true;
    }
  }
  return variable ? { min: 1, max: slashes + classes + 1 } : { min: slashes + 1, max: slashes + 1 };
}

/**
 * Whether a class body may match `/`: it names one, or holds a range or a POSIX class
 * (`[+-0]`, `[[:punct:]]`). Negation never does: picomatch writes `[^a]` as `[^a/]`.
 */
function classMayMatchSlash(body: string): boolean {
  return body.includes('/') || body.includes('-') || body.includes('[:');
}

/** The dynamic program: chunk 0 at the start, the last chunk at the end, `**` between them. */
function placeChunks(chunks: readonly (Chunk | undefined)[], p: SegmentedPath, lastNeedsSegment: boolean): boolean {
  const n = p.dotSegment.length;
  const covers = (c: Chunk, from: number, to: number) => c.re.test(c.before + p.text.slice(p.starts[from]!, p.starts[to]! - 1) + c.after);
  // The last chunk is anchored at the end: check it first, it rejects most paths at once.
  const last = chunks[chunks.length - 1];
  const lastStarts: number[] = [];
  if (last) {
    for (let len = last.min; len <= last.max && len <= n; len++) if (covers(last, n - len, n)) lastStarts.push(n - len);
    if (lastStarts.length === 0 && !last.empty) return false;
  }
  // Positions reachable after each chunk, before the `**` that follows it.
  let reach = new Uint8Array(n + 1);
  const first = chunks[0];
  if (!first) reach[0] = 1;
  else for (let len = first.min; len <= first.max && len <= n; len++) if (covers(first, 0, len)) reach[len] = 1;
  for (let t = 1; t < chunks.length; t++) {
    // `**`: any run of segments that are not `.` or `..`.
    const spread = new Uint8Array(n + 1);
    const needsSegment = lastNeedsSegment && t === chunks.length - 1;
    let on = false;
    let any = false;
    for (let q = 0; q <= n; q++) {
      // on: some reached position p <= q (p < q when a segment is needed) with p..q-1 not dots.
      on = needsSegment ? q > 0 && (on || reach[q - 1] === 1) && !p.dotSegment[q - 1] : reach[q] === 1 || (on && !p.dotSegment[q - 1]);
      if (on) {
        spread[q] = 1;
        any = true;
      }
    }
    if (!any) return false;
    const chunk = chunks[t];
    // Empty, the chunk can only sit at the end, after a `**` that took nothing.
    const emptyAtEnd = chunk !== undefined && chunk.empty && reach[n] === 1;
    if (t === chunks.length - 1) return chunk ? emptyAtEnd || lastStarts.some((s) => spread[s] === 1) : spread[n] === 1;
    if (!chunk) {
      reach = spread;
      continue;
    }
    const next = new Uint8Array(n + 1);
    if (emptyAtEnd) next[n] = 1;
    for (let q = 0; q < n; q++) {
      if (spread[q] !== 1) continue;
      for (let len = chunk.min; len <= chunk.max && q + len <= n; len++) if (covers(chunk, q, q + len)) next[q + len] = 1;
    }
    reach = next;
  }
  return false;
}
