/**
 * Trigger words (DESIGN §4.3): whether a file's text contains the words that let a rule fire.
 *
 * A file is tested against every trigger of every rule of its kind, and with one `includes` per
 * distinct word that was 5% of a shell run (148 words over 283 scripts). `TriggerScan` finds all
 * the words of a rule set in one regular-expression pass over the text instead.
 */
import type { AnyRule } from './rule.js';

/**
 * The words of a set of triggers, found in one pass per case mode. The alternation lists longer
 * words first, so a match at a position is the longest word there; every other word that starts
 * there is a prefix of it and is credited with it. The next search starts one character after each
 * match, so overlapping words are found too: the answers are exactly `includes`' answers.
 */
export class TriggerScan {
  private readonly sensitive: WordPass | undefined;
  private readonly insensitive: WordPass | undefined;

  /** `words`: case-sensitive words; `lowWords`: lower-cased words of case-insensitive triggers. */
  constructor(words: Iterable<string>, lowWords: Iterable<string>) {
    this.sensitive = WordPass.of(words);
    this.insensitive = WordPass.of(lowWords);
  }

  /** The scanner's pass for this case mode, when it knows `word`. */
  passFor(word: string, ignoreCase: boolean): WordPass | undefined {
    const pass = ignoreCase ? this.insensitive : this.sensitive;
    return pass?.knows(word) ? pass : undefined;
  }

  /** A scan for every trigger word of `rules`. */
  static forRules(rules: readonly AnyRule[]): TriggerScan {
    const words = new Set<string>();
    const lowWords = new Set<string>();
    for (const rule of rules) {
      const ignoreCase = rule.triggersIgnoreCase === true;
      for (const t of rule.triggers) {
        for (const w of typeof t === 'string' ? [t] : t) (ignoreCase ? lowWords : words).add(ignoreCase ? w.toLowerCase() : w);
      }
    }
    return new TriggerScan(words, lowWords);
  }
}

/** One alternation of literal words, with each word's prefixes among them. */
class WordPass {
  private constructor(
    private readonly pattern: RegExp,
    private readonly prefixes: ReadonlyMap<string, readonly string[]>,
  ) {}

  static of(words: Iterable<string>): WordPass | undefined {
    // The empty word is in every text; `includes` answers it without a scan.
    const list = [...new Set(words)].filter((w) => w !== '').sort((a, b) => b.length - a.length);
    if (list.length === 0) return undefined;
    const prefixes = new Map(list.map((w) => [w, list.filter((p) => w.startsWith(p))]));
    return new WordPass(new RegExp(list.map(escapeRegExp).join('|'), 'g'), prefixes);
  }

  knows(word: string): boolean {
    return this.prefixes.has(word);
  }

  /** The words that occur in `text`. */
  found(text: string): Set<string> {
    const out = new Set<string>();
    const re = this.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!out.has(m[0])) for (const p of this.prefixes.get(m[0])!) out.add(p);
      re.lastIndex = m.index + 1;
    }
    return out;
  }
}

/**
 * Triggers that need one of `words` and one of `contexts` in the same file, for a rule that
 * reports `words` only where the construct that makes them matter is present too (a `sys.exit(`
 * matters to a watchdog rule only in a file with a loop). Each context list must be a necessary
 * condition of that construct, never a guess, or the rule misses what it would have reported.
 */
export function eachWith(words: readonly string[], contexts: readonly string[]): readonly (readonly string[])[] {
  return words.flatMap((w) => contexts.map((c) => [w, c]));
}

/** `s` as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Shorter texts are answered by `includes`: on a Dockerfile of a few hundred characters the
 * pass's per-match restarts cost twice what a hundred `includes` do (measured on 250 Dockerfiles
 * and 283 shell scripts).
 */
const SCAN_MIN_TEXT = 2048;

/**
 * A text's answers to trigger words, remembered: rules of a kind share many triggers (the three
 * worker-loop rules share twenty). Words the scan knows are answered from one pass per case mode;
 * any other word by `includes`.
 */
export class TriggerMemo {
  private readonly seen = new Map<string, boolean>();
  private readonly passes = new Map<WordPass, Set<string>>();
  private low: string | undefined;
  constructor(
    readonly text: string,
    private readonly scan?: TriggerScan,
  ) {}

  has(word: string, ignoreCase: boolean): boolean {
    const pass = this.text.length >= SCAN_MIN_TEXT ? this.scan?.passFor(word, ignoreCase) : undefined;
    if (pass) {
      let found = this.passes.get(pass);
      if (!found) this.passes.set(pass, (found = pass.found(ignoreCase ? this.lowered() : this.text)));
      return found.has(word);
    }
    const key = ignoreCase ? `\0${word}` : word;
    let yes = this.seen.get(key);
    if (yes === undefined) {
      yes = ignoreCase ? this.lowered().includes(word) : this.text.includes(word);
      this.seen.set(key, yes);
    }
    return yes;
  }

  private lowered(): string {
    return (this.low ??= this.text.toLowerCase());
  }
}

const lowered = new WeakMap<AnyRule, (string | readonly string[])[]>();

export function ruleTriggered(rule: AnyRule, text: string | TriggerMemo): boolean {
  if (rule.triggers.length === 0) return true;
  const memo = typeof text === 'string' ? new TriggerMemo(text) : text;
  const ignoreCase = rule.triggersIgnoreCase === true;
  let words = rule.triggers;
  if (ignoreCase) {
    let lows = lowered.get(rule);
    if (!lows) lowered.set(rule, (lows = rule.triggers.map((t) => (typeof t === 'string' ? t.toLowerCase() : t.map((x) => x.toLowerCase())))));
    words = lows;
  }
  return words.some((t) => (typeof t === 'string' ? memo.has(t, ignoreCase) : t.every((x) => memo.has(x, ignoreCase))));
}
