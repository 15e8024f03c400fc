/**
 * The trigger prefilter (DESIGN §4.3): whether any enabled per-file rule could fire on a file,
 * decided from its text before anything is parsed. Most files of a repository trigger nothing, and
 * for them every trigger of every rule of their kind was a separate `includes` (plus one
 * lower-casing of the text per case-insensitive rule): 126 ms over the 8,558 Python files of the
 * benchmark monorepo. One case-insensitive scan for the first word of every trigger rules those
 * files out in 27 ms; only the files it matches get the exact per-rule test.
 */
import { filePlan, type FilePlan, type RuleSetting } from './analyze.js';
import { escapeRegExp, ruleTriggered, TriggerMemo } from './triggers.js';
import type { AnyRule } from './rule.js';
import type { Environment, Kind } from './types.js';

export class TriggerPrefilter {
  /** Per file plan (analyze.ts remembers one per configuration, kind and environment): its first-word scan. */
  private readonly anyOf = new WeakMap<FilePlan, RegExp | undefined>();

  constructor(private readonly ruleById: ReadonlyMap<string, AnyRule>) {}

  /** Whether a file of this kind and environment triggers one of the enabled per-file rules. */
  triggered(kind: Kind, environment: Environment, text: string, enabled: ReadonlyMap<string, RuleSetting>): boolean {
    const plan = filePlan(this.ruleById, enabled, kind, environment);
    if (plan.entries.length === 0) return false;
    if (!this.anyOf.has(plan)) this.anyOf.set(plan, anyTrigger(plan.entries.map((e) => e.rule)));
    const any = this.anyOf.get(plan);
    // U+0130 lower-cases to "i" plus a combining dot, which no case-insensitive expression folds to
    // "i": such a text gets the exact test.
    if (any && !any.test(text) && !text.includes('\u0130')) return false;
    const memo = new TriggerMemo(text, plan.scan);
    return plan.entries.some(({ rule }) => ruleTriggered(rule, memo));
  }
}

/**
 * A case-insensitive alternation of the first word of every trigger (an AND-list needs all its
 * words, so its first one is necessary). Escaped literals only: the scan is linear in the text.
 */
function anyTrigger(rules: readonly AnyRule[]): RegExp | undefined {
  const words = new Set<string>();
  for (const rule of rules) {
    if (rule.triggers.length === 0) return undefined;
    for (const t of rule.triggers) {
      const first = typeof t === 'string' ? t : t[0];
      if (first === undefined || first === '') return undefined;
      words.add(first.toLowerCase());
    }
  }
  if (words.size === 0) return undefined;
  // `u`: Unicode case folding, so that e.g. the Kelvin sign matches "k" as `toLowerCase` makes it.
  return new RegExp([...words].map(escapeRegExp).join('|'), 'iu');
}
