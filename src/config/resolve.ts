/**
 * Per-file answers from a loaded config: which rules run with which severity and options, whether
 * the file is meant for development, whether its kind is overridden, whether it is ignored.
 *
 * Paths are relative to the config's directory (the repository root for a root config),
 * `/`-separated. Matchers are compiled once per config object and cached.
 */
import type { AnyRule } from '../rule.js';
import type { Environment, Kind } from '../types.js';
import { DEFAULT_DEV_PATHS } from './defaults.js';
import { compileFirstMatch, compileGlobs } from './glob.js';
import { getOrMake } from '../multimap.js';
import type { ProdlintConfig, ResolvedRule, RuleOverride, RuleSettings } from './types.js';
import { selectedIds, type Selection } from '../select.js';

type Matcher = (path: string) => boolean;

interface Compiled {
  ignore: Matcher;
  dev: Matcher;
  production: Matcher;
  kinds: { match: Matcher; kind: Kind }[];
  overrides: Matcher[];
  /** Resolved rule sets by rules array, then by override-match signature and CLI flags. */
  resolved: WeakMap<readonly AnyRule[], Map<string, ReadonlyMap<string, ResolvedRule>>>;
}

const defaultDev = compileGlobs(DEFAULT_DEV_PATHS);
const compiledConfigs = new WeakMap<ProdlintConfig, Compiled>();

function compiled(config: ProdlintConfig): Compiled {
  let c = compiledConfigs.get(config);
  if (!c) {
    const extraDev = compileGlobs(config.devPaths);
    c = {
      ignore: compileGlobs(config.ignore),
      dev: config.devPaths.length === 0 ? defaultDev : (p) => defaultDev(p) || extraDev(p),
      production: compileGlobs(config.productionPaths),
      kinds: config.kinds.map((k) => ({ match: compileGlobs([k.pattern]), kind: k.kind })),
      overrides: config.overrides.map((o) => compileGlobs(o.files)),
      resolved: new WeakMap(),
    };
    compiledConfigs.set(config, c);
  }
  return c;
}

/**
 * `development` when the path matches `DEFAULT_DEV_PATHS` or `dev-paths` and not
 * `production-paths` (which wins); otherwise `production`.
 */
export function environmentOf(relPath: string, config: ProdlintConfig): Environment {
  const c = compiled(config);
  if (c.production(relPath)) return 'production';
  return c.dev(relPath) ? 'development' : 'production';
}

/** Why a path has its environment: the first glob that decided it, and where that glob comes from. */
export interface EnvironmentReason {
  environment: Environment;
  /** `production-paths`, `dev-paths` (the config's), `default` (DEFAULT_DEV_PATHS), or `none` (nothing matched). */
  source: 'production-paths' | 'dev-paths' | 'default' | 'none';
  glob?: string;
}

const firstMatchers = new WeakMap<readonly string[], (p: string) => number>();
function firstMatch(globs: readonly string[], relPath: string): string | undefined {
  const at = getOrMake(firstMatchers, globs, () => compileFirstMatch(globs))(relPath);
  return at === -1 ? undefined : globs[at];
}

/** environmentOf with the glob that decided it (for --explain-file and JSON output; not on the hot path). */
export function environmentReason(relPath: string, config: ProdlintConfig): EnvironmentReason {
  const prod = firstMatch(config.productionPaths, relPath);
  if (prod !== undefined) return { environment: 'production', source: 'production-paths', glob: prod };
  const def = firstMatch(DEFAULT_DEV_PATHS, relPath);
  if (def !== undefined) return { environment: 'development', source: 'default', glob: def };
  const own = firstMatch(config.devPaths, relPath);
  if (own !== undefined) return { environment: 'development', source: 'dev-paths', glob: own };
  return { environment: 'production', source: 'none' };
}

/** The kind `kinds:` assigns to the path (the last matching entry wins), if any. */
export function kindOverride(relPath: string, config: ProdlintConfig): Kind | undefined {
  const { kinds } = compiled(config);
  for (let i = kinds.length - 1; i >= 0; i--) {
    if (kinds[i]!.match(relPath)) return kinds[i]!.kind;
  }
  return undefined;
}

/** Whether `ignore:` excludes the path. */
export function isIgnored(relPath: string, config: ProdlintConfig): boolean {
  return compiled(config).ignore(relPath);
}

/**
 * The enabled rules for a path with their effective severity and options, in the order of
 * `rules`. Layers, lowest first: each rule's own defaults, config `rules`, every matching
 * `overrides` entry in file order, then the rule selection (`select`/`ignore-rules`, then
 * `--select`/`--ignore`: a rule left out is off), then `--rule` flags. A layer that sets only options keeps the
 * severity below it (so options on a rule that is `off` do not turn it on); options are
 * shallow-merged over the rule's defaults.
 *
 * Results are cached per combination of matching overrides and flags, so resolving many paths
 * costs one glob test per override. The returned Map is the caller's to change.
 */
export function resolveRules(
  config: ProdlintConfig,
  rules: readonly AnyRule[],
  relPath: string,
  cli: readonly RuleOverride[] = [],
  cliSelection: Selection = {},
): Map<string, ResolvedRule> {
  return new Map(resolveRulesShared(config, rules, relPath, cli, cliSelection));
}

/**
 * The same resolution, as the one read-only map shared by every path with the same override
 * signature: callers that resolve every file of a run (the engine) can then key work on the
 * map's identity instead of its content.
 */
export function resolveRulesShared(
  config: ProdlintConfig,
  rules: readonly AnyRule[],
  relPath: string,
  cli: readonly RuleOverride[] = NO_OVERRIDES,
  cliSelection?: Selection,
): ReadonlyMap<string, ResolvedRule> {
  const c = compiled(config);
  let bySignature = c.resolved.get(rules);
  if (!bySignature) {
    bySignature = new Map();
    c.resolved.set(rules, bySignature);
  }
  let signature = '';
  for (const match of c.overrides) signature += match(relPath) ? '1' : '0';
  signature += flagsPart(cli, cliSelection);
  let result = bySignature.get(signature);
  if (!result) {
    const layers: RuleSettings[] = [config.rules];
    config.overrides.forEach((o, i) => {
      if (signature[i] === '1') layers.push(o.rules);
    });
    const on = selectedIds(rules, [{ select: config.select ?? [], ignore: config.ignoreRules ?? [] }, cliSelection ?? {}]);
    result = computeRules(rules, layers, cli, on);
    bySignature.set(signature, result);
  }
  return result;
}

const NO_OVERRIDES: readonly RuleOverride[] = [];
/** The flags' part of the signature, memoized on the identity of the last flags asked about: a run asks with the same (never mutated) arrays for every file, and building the part was most of a warm run's rule resolution. */
let lastFlags: { cli: readonly RuleOverride[]; selection: Selection | undefined; part: string } | undefined;

function flagsPart(cli: readonly RuleOverride[], selection: Selection | undefined): string {
  if (lastFlags?.cli === cli && lastFlags.selection === selection) return lastFlags.part;
  const part = '|' + cli.map((o) => `${o.ruleId}=${o.severity}`).join(',') + '|' + JSON.stringify([selection?.select ?? null, selection?.ignore ?? null]);
  lastFlags = { cli, selection, part };
  return part;
}

function computeRules(
  rules: readonly AnyRule[],
  layers: readonly RuleSettings[],
  cli: readonly RuleOverride[],
  selected: ReadonlySet<string>,
): ReadonlyMap<string, ResolvedRule> {
  const out = new Map<string, ResolvedRule>();
  for (const rule of rules) {
    let severity: ResolvedRule['severity'] | 'off' = rule.severity;
    let options: Record<string, unknown> = { ...((rule.options ?? {}) as Record<string, unknown>) };
    for (const layer of layers) {
      const setting = Object.hasOwn(layer, rule.id) ? layer[rule.id] : undefined;
      if (!setting) continue;
      if (setting.severity !== undefined) severity = setting.severity;
      if (setting.options) options = { ...options, ...setting.options };
    }
    if (!selected.has(rule.id)) severity = 'off';
    for (const flag of cli) if (flag.ruleId === rule.id) severity = flag.severity;
    if (severity !== 'off') out.set(rule.id, Object.freeze({ severity, options: Object.freeze(options) }));
  }
  return out;
}
