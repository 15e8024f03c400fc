/** The shape of a loaded `.prodlint.yaml` and of the values derived from it. */
import type { Kind, Severity } from '../types.js';

/** What a user may set a rule to: a severity, or `off` to disable it. */
export type RuleLevel = Severity | 'off';
/** In the order messages list them. */
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'note', 'warning', 'error'];

/** Files larger than this are skipped unless `max-file-size` says otherwise (DESIGN.md §4.1). */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** One layer's say about one rule; an absent field keeps what the layer below decided. */
export interface RuleSetting {
  severity?: RuleLevel;
  /** Only names the rule declares, with values of the same type as the rule's defaults. */
  options?: Readonly<Record<string, unknown>>;
}

/** Rule settings keyed by rule id (names are turned into ids when the file is loaded). */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

export interface ConfigOverride {
  /** Globs; the override applies to a path that matches any of them. */
  readonly files: readonly string[];
  readonly rules: RuleSettings;
}

export interface KindMapping {
  readonly pattern: string;
  readonly kind: Kind;
}

/**
 * A validated configuration. Loaded configs are deeply frozen: matchers compiled from them are
 * cached per object, so they must not change after loading.
 *
 * Globs are relative to `dir` (the directory holding the config file; the repository root for a
 * root config). A glob without a `/` matches the basename at any depth, like `.gitignore`; a glob
 * with a `/` is anchored at `dir`; a leading `/` or `./` is dropped; a glob that matches a directory
 * also matches everything under it; a trailing `/` matches directories only.
 */
export interface ProdlintConfig {
  /** The file it came from; undefined for the built-in default. */
  readonly path?: string;
  /** Absolute directory globs are relative to; undefined for the built-in default. */
  readonly dir?: string;
  readonly rules: RuleSettings;
  /** Paths never linted, on top of `.gitignore` and `.prodlintignore`. */
  readonly ignore: readonly string[];
  /**
   * `vendor-dirs:`: directory names never walked into (on top of node_modules, .git...); undefined
   * means DEFAULT_VENDOR_DIRS. Only the configuration of the run (the root one) decides.
   */
  readonly vendorDirs?: readonly string[];
  /** Extra development globs, added to `DEFAULT_DEV_PATHS`. */
  readonly devPaths: readonly string[];
  /** Globs forced to production; they win over `devPaths` and the defaults. */
  readonly productionPaths: readonly string[];
  /** Kind overrides in file order; the last matching entry wins. */
  readonly kinds: readonly KindMapping[];
  /** Applied in order after `rules`; later entries win. */
  readonly overrides: readonly ConfigOverride[];
  /** A suppression comment without ` -- reason` becomes a finding. */
  readonly requireReason: boolean;
  /** Bytes; larger files are skipped with a notice. */
  readonly maxFileSize: number;
  /** `select:`: rule selectors (ids, prefixes such as `SH`, names, `ALL`); empty means every rule. */
  readonly select?: readonly string[];
  /** `ignore-rules:`: rule selectors turned off (see src/select.ts for precedence). */
  readonly ignoreRules?: readonly string[];
  /** The top-level keys the file sets (absent for an empty file or the built-in default). */
  readonly written?: readonly string[];
}

/** A `--rule ID=level` flag, already checked against the known rules. */
export interface RuleOverride {
  readonly ruleId: string;
  readonly severity: RuleLevel;
}

/** What one enabled rule runs with for one path. */
export interface ResolvedRule {
  readonly severity: Severity;
  /** The rule's option defaults with config options shallow-merged over them. */
  readonly options: Readonly<Record<string, unknown>>;
}

const EMPTY_DEFAULT: ProdlintConfig = Object.freeze({
  rules: Object.freeze({}),
  ignore: Object.freeze([]),
  devPaths: Object.freeze([]),
  productionPaths: Object.freeze([]),
  kinds: Object.freeze([]),
  overrides: Object.freeze([]),
  requireReason: false,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  select: Object.freeze([]),
  ignoreRules: Object.freeze([]),
});

/** The configuration used when no `.prodlint.yaml` exists. */
export function defaultConfig(): ProdlintConfig {
  return EMPTY_DEFAULT;
}
