/**
 * A `.dockerignore` pattern matched without backtracking. The pattern language is what
 * `dockerignore.ts` documents (moby's patternmatcher); it used to be compiled into one JavaScript
 * expression (`*` → `[^/]*`, `**` → `(.*\/)?` or a final `.*`), which backtracks over every way of
 * splitting the path between the stars: a pattern of thirteen `*` against a 255-character name, or
 * eight `**` against a deep path, ran for minutes. Both the pattern and the paths come from the
 * scanned repository.
 *
 * Here the same expression is run as a Thompson automaton: the set of pattern positions reachable
 * after each character, so a match costs at most (path length × pattern positions) steps.
 * The semantics are those of the expression it replaces, character for character: `*` and `?` take
 * any UTF-16 code unit but `/`; `**` takes any code unit but a line break (`\n`, `\r`, U+2028,
 * U+2029, like `.`); a character class is the JavaScript class written in the pattern, tested on
 * one code unit.
 */

export interface PatternMatcher {
  /** Whether the whole path matches. */
  test(path: string): boolean;
  /** Whether the path or one of its parents (a prefix that ends before a `/`) matches. */
  testPathOrParent(path: string): boolean;
}

const SLASH = 0x2f;

// Token kinds, and the automaton states they become (typed arrays: a hostile 1 MB line stays small).
const LIT = 0; // one code unit; arg: the code unit
const NOT_SLASH = 1; // `?`, and the loop of `*`
const CLASS = 2; // arg: index into the class list
const STAR = 3; // `*`: [^/]*
const DIRS = 4; // `**` followed by more pattern: (.*/)?
const REST = 5; // `**` ending the pattern: .*
const DOT = 6; // state only: any code unit but a line break
const SPLIT = 7; // state only: go on at `next` and at `alt`
const MATCH = 8; // state only

/** States each token takes, in the order the constructor lays them out. */
const SIZE = [1, 1, 1, 2, 4, 2];

interface Tokens {
  kind: Uint8Array;
  arg: Int32Array;
  count: number;
  classes: RegExp[];
}

/**
 * The matcher for a cleaned pattern, or undefined when the pattern is unusable (a trailing `\`, a
 * `[` without `]`, or a class JavaScript rejects on its own, such as `[z-a]` or one ending in `\`).
 * No pattern is refused for its length or its stars: matching costs the same either way.
 */
export function compileIgnorePattern(pattern: string): PatternMatcher | undefined {
  const tokens = tokenize(pattern);
  return tokens ? new Automaton(tokens) : undefined;
}

/** The tokens of the expression moby builds, with repeated `(.*\/)?` merged (they match the same). */
function tokenize(pattern: string): Tokens | undefined {
  const kind = new Uint8Array(pattern.length);
  const arg = new Int32Array(pattern.length);
  const classes: RegExp[] = [];
  const classIndex = new Map<string, number>();
  let n = 0;
  const push = (k: number, a = 0) => {
    kind[n] = k;
    arg[n] = a;
    n++;
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        if (i + 1 >= pattern.length) push(REST);
        else if (n === 0 || kind[n - 1] !== DIRS) push(DIRS);
      } else {
        push(STAR);
      }
    } else if (ch === '?') {
      push(NOT_SLASH);
    } else if (ch === '\\') {
      if (i + 1 >= pattern.length) return undefined;
      push(LIT, pattern.charCodeAt(i + 1));
      i++;
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) return undefined;
      // Passed through as moby does: `[^a-c]` negates, `[!a-c]` is a plain class.
      const body = pattern.slice(i + 1, close);
      let index = classIndex.get(body);
      if (index === undefined) {
        try {
          // Only ever tested on one code unit: a class cannot backtrack.
          classes.push(new RegExp(`^(?:[${body}])$`));
        } catch {
          return undefined;
        }
        index = classes.length - 1;
        classIndex.set(body, index);
      }
      push(CLASS, index);
      i = close;
    } else {
      push(LIT, pattern.charCodeAt(i));
    }
  }
  return { kind, arg, count: n, classes };
}

class Automaton implements PatternMatcher {
  private readonly kind: Uint8Array;
  private readonly arg: Int32Array;
  private readonly next: Int32Array;
  private readonly alt: Int32Array;
  private readonly classes: RegExp[];
  private readonly matchState: number;
  /** Code units any match needs: a shorter path (or prefix) cannot match. */
  private readonly minLength: number;
  /** Per-state stamp of the closure that last added it, so a closure adds each state once. */
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(tokens: Tokens) {
    let size = 1;
    for (let t = 0; t < tokens.count; t++) size += SIZE[tokens.kind[t]!]!;
    this.kind = new Uint8Array(size);
    this.arg = new Int32Array(size);
    this.next = new Int32Array(size);
    this.alt = new Int32Array(size);
    this.seen = new Int32Array(size);
    this.classes = tokens.classes;
    let id = 0;
    let minLength = 0;
    const set = (at: number, kind: number, next: number, arg = 0, alt = 0) => {
      this.kind[at] = kind;
      this.next[at] = next;
      this.arg[at] = arg;
      this.alt[at] = alt;
    };
    for (let t = 0; t < tokens.count; t++) {
      const k = tokens.kind[t]!;
      const after = id + SIZE[k]!;
      if (k === LIT || k === NOT_SLASH || k === CLASS) {
        set(id, k, after, tokens.arg[t]!);
        minLength++;
      } else if (k === STAR) {
        set(id, SPLIT, id + 1, 0, after);
        set(id + 1, NOT_SLASH, id);
      } else if (k === REST) {
        set(id, SPLIT, id + 1, 0, after);
        set(id + 1, DOT, id);
      } else {
        // (.*/)? : skip it, or any code units but line breaks and then a `/`.
        set(id, SPLIT, id + 1, 0, after);
        set(id + 1, SPLIT, id + 2, 0, id + 3);
        set(id + 2, DOT, id + 1);
        set(id + 3, LIT, after, SLASH);
      }
      id = after;
    }
    set(id, MATCH, id);
    this.matchState = id;
    this.minLength = minLength;
  }

  test(path: string): boolean {
    return this.run(path, false);
  }

  testPathOrParent(path: string): boolean {
    return this.run(path, true);
  }

  private run(path: string, parents: boolean): boolean {
    if (path.length < this.minLength) return false;
    let current = this.closure([0]);
    for (let i = 0; i < path.length; i++) {
      const c = path.charCodeAt(i);
      if (parents && c === SLASH && current.includes(this.matchState)) return true;
      const moved: number[] = [];
      for (const id of current) if (this.consumes(id, c, path, i)) moved.push(this.next[id]!);
      if (moved.length === 0) return false;
      current = this.closure(moved);
    }
    return current.includes(this.matchState);
  }

  private consumes(id: number, c: number, path: string, i: number): boolean {
    switch (this.kind[id]) {
      case LIT:
        return c === this.arg[id];
      case NOT_SLASH:
        return c !== SLASH;
      case DOT:
        return c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029;
      case CLASS:
        return this.classes[this.arg[id]!]!.test(path[i]!);
      default:
        return false;
    }
  }

  /** The consuming and accepting states reachable from `from` through splits, each once. */
  private closure(from: readonly number[]): number[] {
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const out: number[] = [];
    const stack = from.slice().reverse();
    while (stack.length) {
      const id = stack.pop()!;
      if (this.seen[id] === stamp) continue;
      this.seen[id] = stamp;
      if (this.kind[id] === SPLIT) stack.push(this.alt[id]!, this.next[id]!);
      else out.push(id);
    }
    return out;
  }
}
