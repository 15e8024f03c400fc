/**
 * Configuration: `.prodlint.yaml` discovery, loading and validation, `--rule` flags, and the
 * per-file answers the engine needs (rules, environment, kind, ignore). See DESIGN.md §7 and the
 * JSON Schema in `schema/prodlint.schema.json`.
 */
export { ConfigError } from './config/error.js';
export { DEFAULT_DEV_PATHS } from './config/defaults.js';
export { CONFIG_FILE_NAMES, findConfig } from './config/find.js';
export { loadConfig, parseConfigText } from './config/load.js';
export { environmentOf, isIgnored, kindOverride, resolveRules, resolveRulesShared } from './config/resolve.js';
export { parseRuleFlag } from './config/rules.js';
export { parseSize } from './config/size.js';
export {
  DEFAULT_MAX_FILE_SIZE,
  RULE_LEVELS,
  defaultConfig,
  type ConfigOverride,
  type KindMapping,
  type ProdlintConfig,
  type ResolvedRule,
  type RuleLevel,
  type RuleOverride,
  type RuleSetting,
  type RuleSettings,
} from './config/types.js';
