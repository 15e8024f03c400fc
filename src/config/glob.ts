/**
 * Globs from the config: the checks that keep a hostile or mistaken pattern from making every run
 * slow, and the compilation into one matcher per list (see glob-match.ts for how `**` is matched).
 *
 * Semantics (like `.gitignore`): a glob without a `/` matches the basename at any depth
 * (`*.sh` is `**\/*.sh`); a glob with a `/` is anchored at the config's directory; a leading `./`
 * or `/` is dropped; a glob that matches a directory also matches everything below it; a trailing
 * `/` matches directories only. Matching is picomatch with `dot: true` (hidden files are not
 * special), case-sensitive, `/`-separated on every platform, except that a run of `*` that is not
 * a whole `**` segment is one `*` (as in `.gitignore`; picomatch lets `**.js` and `**{a,b}` cross
 * directories). Extglobs, negation (`!x`), brace ranges (`{1..9}`), `**` inside braces or
 * parentheses and escaped slashes are not supported: they are rare in path lists and are where
 * glob engines misbehave (picomatch turns `{01..10}` into a wrong character class).
 */
import picomatch from 'picomatch';
import { trimTrailingSlashes } from '../paths.js';
import { compileForm, hasGroupedGlobstar, PICOMATCH_OPTIONS, scanPattern, segmentPath } from './glob-match.js';

export const MAX_GLOB_LENGTH = 1000;
export const MAX_GLOBS_PER_LIST = 1000;
export const MAX_BRACE_EXPANSION = 10000;
/**
 * picomatch turns each `*` into a lazy `[^/]*?`; a segment such as `*a*a*a*b` backtracks
 * polynomially (measured: 3 stars take ~12 ms against a 200-character name, 4 stars ~0.5 s, 5
 * stars hang), so a segment may hold at most this many.
 */
export const MAX_STARS_PER_SEGMENT = 3;
/**
 * `**` segments per glob. They no longer cost backtracking (glob-match.ts places them segment by
 * segment), but each one widens the search over a path's segments: a glob needs few.
 */
export const MAX_GLOBSTARS = 4;

type Node =
  | { t: 'lit' }
  | { t: 'slash' }
  | { t: 'star' }
  | { t: 'globstar' }
  | { t: 'alt'; alts: Node[][] };

interface Shape {
  /** Stars in the segment still open at the end. */
  cur: number;
  /** Most stars in any closed segment. */
  max: number;
  globstars: number;
  /** How many plain patterns the braces expand to (capped just above the limit). */
  count: number;
}

class GlobProblem extends Error {}

/**
 * Why a glob is unusable, or undefined when it is fine. Messages are phrased to follow
 * `<key>: ` in a config error.
 */
export function globProblem(glob: string): string | undefined {
  if (glob.length === 0) return 'empty glob';
  if (glob.length > MAX_GLOB_LENGTH) {
    return `glob is ${glob.length} characters long (at most ${MAX_GLOB_LENGTH})`;
  }
  if (glob.startsWith('!')) {
    return 'negated globs ("!...") are not supported; list what to match instead, or use production-paths to exempt files from dev-paths';
  }
  if (/[\r\n\0]/.test(glob)) return 'glob contains a line break or NUL character';
  let shape: Shape;
  try {
    shape = walk(parseSequence(glob, { i: 0 }, false), 0);
  } catch (e) {
    if (e instanceof GlobProblem) return e.message;
    throw e;
  }
  if (shape.count > MAX_BRACE_EXPANSION) {
    return `brace sets expand to more than ${MAX_BRACE_EXPANSION} alternatives`;
  }
  if (Math.max(shape.max, shape.cur) > MAX_STARS_PER_SEGMENT) {
    return `more than ${MAX_STARS_PER_SEGMENT} '*' wildcards in one path segment (too slow to match; use fewer)`;
  }
  if (shape.globstars > MAX_GLOBSTARS) {
    return `more than ${MAX_GLOBSTARS} '**' segments (too slow to match; use fewer)`;
  }
  // Both are where picomatch's reading of `**` stops being "any number of directories" (see
  // glob-match.ts), and neither has a use in a path list.
  if (hasGroupedGlobstar(glob)) {
    return `'**' inside braces or parentheses is not supported; write one glob per alternative`;
  }
  if (scanPattern(glob).some((u) => u.kind === 'slash' && u.end - u.start === 2)) {
    return `an escaped '/' ('\\/') is not supported; a '/' always separates directories`;
  }
  let source: string;
  try {
    source = picomatch.makeRe(expandedForms(glob)[0]!, PICOMATCH_OPTIONS).source;
  } catch (e) {
    return `invalid glob: ${e instanceof Error ? e.message : String(e)}`;
  }
  // picomatch compiles patterns it cannot make sense of to a regex that never matches.
  if (source === '$^') return 'glob can never match (unbalanced brackets?)';
  return undefined;
}

/**
 * The picomatch patterns a config glob stands for: itself and its descendants, made relative to
 * the config directory (see the module comment).
 */
export function expandedForms(glob: string): string[] {
  let g = glob;
  while (g.startsWith('./')) g = g.slice(2);
  let anchored = false;
  if (g.startsWith('/')) {
    anchored = true;
    g = g.replace(/^\/+/, '');
  }
  const dirOnly = g.endsWith('/') && g.length > 1;
  if (dirOnly) g = trimTrailingSlashes(g);
  if (!anchored && !g.includes('/') && g !== '**') g = `**/${g}`;
  // `p/**` alone would not do: picomatch matches `a/**` against `a` but `*.x/**` needs a slash.
  const below = `${g}/**/*`;
  return dirOnly ? [below] : [g, below];
}

/**
 * One matcher for a list of already-checked globs (see globProblem); an empty list matches
 * nothing. Paths are file paths relative to the config directory: `/`-separated, no empty segment.
 */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const first = compileFirstMatch(globs);
  return (path) => first(path) !== -1;
}

/**
 * For a list of globs, the index of the first one that matches a path (-1: none), the path cut
 * into segments once for all of them (explaining a file's environment asks this of every file).
 */
export function compileFirstMatch(globs: readonly string[]): (path: string) => number {
  const perGlob = globs.map((g) => expandedForms(g).map(compileForm));
  return (path) => {
    const p = segmentPath(normalizePath(path));
    return perGlob.findIndex((forms) => forms.some((matches) => matches(p)));
  };
}

/** Paths are matched without a leading `./`. */
export function normalizePath(path: string): string {
  let p = path;
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

// --- A small parser that only measures: brace expansion size and stars per segment. ---

/** Parse up to the end, or inside braces up to an unnested `,` or `}` (left unconsumed). */
function parseSequence(g: string, pos: { i: number }, inBrace: boolean): Node[] {
  const nodes: Node[] = [];
  while (pos.i < g.length) {
    const c = g[pos.i]!;
    if (inBrace && (c === ',' || c === '}')) return nodes;
    if (c === '\\') {
      pos.i += 2;
      nodes.push({ t: 'lit' });
    } else if (c === '[') {
      const close = classEnd(g, pos.i);
      pos.i = close === -1 ? pos.i + 1 : close + 1;
      nodes.push({ t: 'lit' });
    } else if (c === '/') {
      pos.i++;
      nodes.push({ t: 'slash' });
    } else if (c === '*') {
      const start = pos.i;
      while (g[pos.i] === '*') pos.i++;
      const before = start === 0 ? '/' : g[start - 1]!;
      const after = pos.i >= g.length ? '/' : g[pos.i]!;
      const whole = '/{,'.includes(before) && '/},'.includes(after);
      nodes.push({ t: pos.i - start >= 2 && whole ? 'globstar' : 'star' });
    } else if (c === '{') {
      nodes.push(parseBrace(g, pos));
    } else {
      pos.i++;
      nodes.push({ t: 'lit' });
    }
  }
  if (inBrace) throw new GlobProblem(`unbalanced '{' (write \\{ for a literal brace)`);
  return nodes;
}

function parseBrace(g: string, pos: { i: number }): Node {
  const open = pos.i;
  pos.i++;
  const alts: Node[][] = [parseSequence(g, pos, true)];
  while (g[pos.i] === ',') {
    pos.i++;
    alts.push(parseSequence(g, pos, true));
  }
  pos.i++; // the closing brace; parseSequence threw if there was none
  const body = g.slice(open + 1, pos.i - 1);
  if (alts.length === 1 && /^[^,]*\.\.[^,]*$/.test(body) && /^-?\w+\.\.-?\w+(\.\.-?\d+)?$/.test(body)) {
    throw new GlobProblem(
      `brace ranges like {${body}} are not supported; list the alternatives, e.g. {1,2,3}`,
    );
  }
  return { t: 'alt', alts };
}

/** Index of the `]` closing a class opened at `start`, or -1 when `[` is a literal. */
function classEnd(g: string, start: number): number {
  let i = start + 1;
  if (g[i] === '!' || g[i] === '^') i++;
  if (g[i] === ']') i++;
  for (; i < g.length; i++) {
    if (g[i] === '\\') i++;
    else if (g[i] === ']') return i;
    else if (g[i] === '/') return -1;
  }
  return -1;
}

function walk(nodes: readonly Node[], cur: number): Shape {
  const shape: Shape = { cur, max: 0, globstars: 0, count: 1 };
  for (const node of nodes) {
    switch (node.t) {
      case 'lit':
        break;
      case 'slash':
        shape.max = Math.max(shape.max, shape.cur);
        shape.cur = 0;
        break;
      case 'star':
        shape.cur++;
        break;
      case 'globstar':
        shape.globstars++;
        break;
      case 'alt': {
        let nextCur = 0;
        let globstars = 0;
        let count = 0;
        for (const alt of node.alts) {
          const s = walk(alt, shape.cur);
          nextCur = Math.max(nextCur, s.cur);
          shape.max = Math.max(shape.max, s.max);
          globstars = Math.max(globstars, s.globstars);
          count = Math.min(MAX_BRACE_EXPANSION + 1, count + s.count);
        }
        shape.cur = nextCur;
        shape.globstars += globstars;
        shape.count = Math.min(MAX_BRACE_EXPANSION + 1, shape.count * count);
        break;
      }
    }
  }
  return shape;
}
