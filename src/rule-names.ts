/**
 * How a user names rules, on every surface (`--rule`, config `rules:`, `select`/`ignore`,
 * suppression comments, `prodlint explain`): by id in any case (`SH001`, `sh001`) or by name
 * (`runs-as-root`). A name can belong to several rules (DF003 and SD004 are both `runs-as-root`,
 * one for Dockerfiles, one for units); naming it means all of them.
 */
import type { AnyRule } from './rule.js';

type Named = Pick<AnyRule, 'id' | 'name'>;

/** Every rule `key` names: the rule with that id (any case), else every rule with that name. */
export function rulesNamed<R extends Named>(key: string, rules: readonly R[]): R[] {
  const k = key.trim();
  const byId = rules.filter((r) => r.id.toLowerCase() === k.toLowerCase());
  return byId.length > 0 ? byId : rules.filter((r) => r.name.toLowerCase() === k.toLowerCase());
}

/** Whether a directive's rule token names this rule (by id or name, any case). */
export function namesRule(token: string, rule: { id: string; name: string }): boolean {
  const t = token.toLowerCase();
  return t === rule.id.toLowerCase() || t === rule.name.toLowerCase();
}
