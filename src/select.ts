/**
 * Choosing rules by prefix, like Ruff's `select`/`ignore`: `SH` is every shell rule, `PY0` every
 * PY0xx rule, `DC001` one rule, `runs-as-root` every rule of that name, `ALL` everything.
 *
 * Precedence (README "Choosing rules"):
 * 1. `rules:` and `overrides:` set each rule's severity and options (and may turn it `off`).
 * 2. The config's `select:` / `ignore-rules:`, then the command line's `--select` / `--ignore`,
 *    decide which rules run. In one source a rule runs when the most specific selector matching
 *    it (the longest; a name or full id is most specific) is a select, and an ignore wins a tie,
 *    so `select: [SH], ignore-rules: [SH001]` runs every SH rule but SH001 and
 *    `select: [SH001], ignore-rules: [SH]` runs SH001 alone. A source with a select replaces the
 *    earlier selection (`--select PY` runs only PY rules whatever the config selects); a source
 *    with only ignores removes rules from it.
 * 3. `--rule ID=level` wins over everything, and can turn on a rule the selection left out.
 * prodlint's own rules (PL: parse failures, unused suppressions) stay on unless a selector names
 * them: `--select SH` should not hide that a file could not be parsed.
 */
import type { AnyRule } from './rule.js';
import { closest } from './config/error.js';
import { rulesNamed } from './rule-names.js';

type Named = Pick<AnyRule, 'id' | 'name'>;

/** One source's selection (the config file or the command line). */
export interface Selection {
  readonly select?: readonly string[];
  readonly ignore?: readonly string[];
}

const PREFIX = /^[A-Za-z]{1,2}\d{0,3}$/;

/** The rules a selector matches (empty when it matches none). */
export function selected<R extends Named>(selector: string, rules: readonly R[]): R[] {
  const s = selector.trim();
  if (s.toUpperCase() === 'ALL') return [...rules];
  const named = rulesNamed(s, rules);
  if (named.length > 0) return named;
  if (!PREFIX.test(s)) return [];
  return rules.filter((r) => r.id.toUpperCase().startsWith(s.toUpperCase()));
}

/** Why a selector is wrong, or undefined when it matches at least one rule. */
export function selectorProblem(selector: string, rules: readonly Named[]): string | undefined {
  if (selected(selector, rules).length > 0) return undefined;
  const prefixes = [...new Set(rules.map((r) => r.id.slice(0, 2)))];
  const guess = closest(selector, [...prefixes, ...rules.flatMap((r) => [r.id, r.name])]);
  return `"${selector}" selects no rule (${guess ? `did you mean '${guess}'? ` : ''}a rule id, a prefix such as SH or PY0, a rule name, or ALL)`;
}

/** How specific a selector is: ALL < prefixes by length < a full id or a name. */
function specificity(selector: string, rules: readonly Named[]): number {
  const s = selector.trim();
  if (s.toUpperCase() === 'ALL') return 0;
  if (rulesNamed(s, rules).length > 0) return 100;
  return s.length;
}

/** The ids of the rules that run after applying `sources` in order to every rule. */
export function selectedIds(rules: readonly Named[], sources: readonly Selection[]): Set<string> {
  let on = new Set(rules.map((r) => r.id));
  for (const src of sources) {
    // Per rule id, the specificity of the most specific selector of each list that matches it.
    const bestOf = (list: readonly string[] | undefined) => {
      const best = new Map<string, number>();
      for (const sel of list ?? []) {
        const k = specificity(sel, rules);
        for (const r of selected(sel, rules)) best.set(r.id, Math.max(best.get(r.id) ?? -1, k));
      }
      return best;
    };
    const ignored = bestOf(src.ignore);
    const chosen = src.select && src.select.length > 0 ? bestOf(src.select) : undefined;
    const next = new Set<string>();
    for (const rule of rules) {
      const ig = ignored.get(rule.id) ?? -1;
      const sel = chosen?.get(rule.id) ?? -1;
      if (chosen && (sel >= 0 || !rule.id.startsWith('PL'))) {
        if (sel >= 0 && sel > ig) next.add(rule.id);
      } else if (on.has(rule.id) && ig < 0) next.add(rule.id);
    }
    on = next;
  }
  return on;
}
