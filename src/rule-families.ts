/**
 * Rule families (DESIGN.md §5): the two-letter id prefix, its title and its SARIF tag, in the
 * order every listing presents them (rules/README.md, `prodlint init`, SARIF tags). One table, so
 * a new family is added in one place.
 */
export interface RuleFamily {
  prefix: string;
  /** Short title: "Dockerfile", "compose". */
  title: string;
  /** Tag on the family's SARIF rule descriptors. */
  tag: string;
}

export const RULE_FAMILIES: readonly RuleFamily[] = [
  { prefix: 'SH', title: 'commands and environment', tag: 'commands' },
  { prefix: 'DF', title: 'Dockerfile', tag: 'dockerfile' },
  { prefix: 'DC', title: 'compose', tag: 'compose' },
  { prefix: 'SD', title: 'systemd', tag: 'systemd' },
  { prefix: 'PF', title: 'platforms and orchestrators', tag: 'platforms' },
  { prefix: 'PY', title: 'Python', tag: 'python' },
  { prefix: 'TS', title: 'TypeScript and JavaScript', tag: 'typescript' },
  { prefix: 'PL', title: 'prodlint itself', tag: 'prodlint' },
];

/** The family of a rule id, if it has a known prefix. */
export function familyOfId(id: string): RuleFamily | undefined {
  return RULE_FAMILIES.find((f) => id.startsWith(f.prefix));
}

/** Position of an id's family in presentation order; unknown prefixes sort last. */
export function familyIndex(id: string): number {
  const i = RULE_FAMILIES.findIndex((f) => id.startsWith(f.prefix));
  return i === -1 ? RULE_FAMILIES.length : i;
}
