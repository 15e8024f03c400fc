/**
 * Checks on what a config says about rules that do not depend on YAML: which rule a key names,
 * severities, option types, and `--rule` flags.
 */
import type { AnyRule } from '../rule.js';
import { rulesNamed } from '../rule-names.js';
import { ConfigError, closest, listOr } from './error.js';
import { RULE_LEVELS, type RuleLevel, type RuleOverride } from './types.js';

/** The rules a config key or flag names: by id in any case (`SH001`, `sh001`), or every rule of a name. */
export function findRules(key: string, rules: readonly AnyRule[]): AnyRule[] {
  return rulesNamed(key, rules);
}

/** The reason text for a key that names no rule, with the closest id or name if one is near. */
export function unknownRuleReason(key: string, rules: readonly AnyRule[]): string {
  const guess = closest(key, rules.flatMap((r) => [r.id, r.name]));
  return guess === undefined
    ? `unknown rule "${key}" (run 'prodlint rules' to list them)`
    : `unknown rule "${key}" (did you mean '${guess}'?)`;
}

export function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value);
}

export function unknownLevelReason(value: unknown): string {
  if (typeof value === 'string') return `unknown severity "${value}" (expected ${listOr(RULE_LEVELS)})`;
  return `expected a severity (${listOr(RULE_LEVELS)}), got ${describeValue(value)}`;
}

/** Type names as messages use them; arrays and null are told apart from objects. */
export type ValueType = 'string' | 'number' | 'boolean' | 'list' | 'mapping' | 'null';

export function valueType(value: unknown): ValueType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** `a string "x"`, `a number 3`, `true`, `a list`, `an empty value`. */
export function describeValue(value: unknown): string {
  const type = valueType(value);
  switch (type) {
    case 'string':
      return `a string ${JSON.stringify(value)}`;
    case 'number':
      return `a number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'null':
      return 'an empty value';
    default:
      return `a ${type}`;
  }
}

function withArticle(type: ValueType): string {
  return type === 'boolean' ? 'true or false' : type === 'null' ? 'nothing' : `a ${type}`;
}

/**
 * Why an option value does not fit the rule's default, or undefined when it does. The value must
 * have the default's type; a list must hold items of the type all default items share. A default
 * of `null` accepts anything (the rule takes care of it).
 */
export function optionProblem(
  value: unknown,
  defaultValue: unknown,
): { reason: string; index?: number } | undefined {
  const expected = valueType(defaultValue);
  const actual = valueType(value);
  if (expected === 'null') return undefined;
  if (actual !== expected) {
    return {
      reason: `expected ${withArticle(expected)} like the default ${JSON.stringify(defaultValue)}, got ${describeValue(value)}`,
    };
  }
  if (expected === 'list') {
    const itemTypes = new Set((defaultValue as unknown[]).map(valueType));
    if (itemTypes.size !== 1) return undefined;
    const [itemType] = itemTypes as unknown as [ValueType];
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      if (valueType(items[i]) !== itemType) {
        return {
          index: i,
          reason: `expected ${withArticle(itemType)} like the default's items, got ${describeValue(items[i])}`,
        };
      }
    }
  }
  return undefined;
}

/** The option names a rule declares, most useful first for suggestions (declaration order). */
export function optionNames(rule: AnyRule): string[] {
  return rule.options ? Object.keys(rule.options as object) : [];
}

export function unknownOptionReason(name: string, rule: AnyRule): string {
  const names = optionNames(rule);
  if (names.length === 0) return `unknown option "${name}" (${rule.id} has no options)`;
  const guess = closest(name, names);
  return guess === undefined
    ? `unknown option "${name}" (expected ${listOr(names)})`
    : `unknown option "${name}" (did you mean '${guess}'?)`;
}

/**
 * `--rule SH001=off` or `--rule dev-server-in-production=warning`: one override per rule named (a
 * shared name names several). Throws a ConfigError whose message starts with `--rule "<text>": `.
 */
export function parseRuleFlag(text: string, rules: readonly AnyRule[]): RuleOverride[] {
  const fail = (reason: string): never => {
    throw new ConfigError(`--rule ${JSON.stringify(text)}: ${reason}`, '', 0, 0, 'rule');
  };
  const eq = text.indexOf('=');
  if (eq === -1) fail(`expected RULE=LEVEL, e.g. SH001=off (LEVEL is ${listOr(RULE_LEVELS)})`);
  const key = text.slice(0, eq).trim();
  const level = text.slice(eq + 1).trim();
  if (key === '') fail('missing rule id or name before "="');
  const named = findRules(key, rules);
  if (named.length === 0) fail(unknownRuleReason(key, rules));
  if (!isRuleLevel(level)) fail(unknownLevelReason(level));
  return named.map((rule) => ({ ruleId: rule.id, severity: level as RuleLevel }));
}
