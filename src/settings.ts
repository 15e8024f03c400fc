/**
 * The bridge from configuration (file + command line) to the engine's RunSettings.
 */
import { ConfigError, defaultConfig, environmentOf, findConfig, isIgnored, kindOverride, loadConfig, resolveRulesShared, type ProdlintConfig, type ResolvedRule, type RuleOverride } from './config.js';
import { ConfigTree } from './config/tree.js';
import { environmentReason } from './config/resolve.js';
import { environmentText } from './explain-file.js';
import { runRoot, skipDirsWith } from './discover.js';
import type { RunSettings } from './engine.js';
import type { AnyRule } from './rule.js';
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import type { Environment } from './types.js';
import type { Shard } from './shard.js';
import type { Selection } from './select.js';

export interface SettingsInput {
  paths: string[];
  cwd: string;
  rules: AnyRule[];
  /** `--config FILE`; otherwise found by walking up from cwd to the repository root. */
  configPath?: string;
  /** Use this configuration object instead of loading one (tests, fixtures). */
  config?: ProdlintConfig;
  /** Search nested configs per file (default: when the config is searched for, not given). */
  hierarchical?: boolean;
  cliRules?: RuleOverride[];
  /** `--select` / `--ignore` (applied after the config's `select` / `ignore-rules`). */
  cliSelection?: Selection;
  maxFileSize?: number;
  inlineSuppressions?: boolean;
  ignoreUnknown?: boolean;
  forceEnvironment?: Environment;
  root?: string;
  /** Enable only these rule ids (fixture runner), at their default severity. */
  only?: readonly string[];
  today?: string;
  workers?: number;
  workerThreshold?: number;
  cacheDir?: string;
  fileTimeoutMs?: number;
  shard?: Shard;
}

export function loadSettings(input: SettingsInput): { settings: RunSettings; config: ProdlintConfig; tree: ConfigTree } {
  const found = input.root === undefined ? runRoot(input.paths, input.cwd) : { root: input.root, start: input.cwd };
  const root = found.root;
  let config = input.config;
  // Nested configs are searched when the run's config was found by searching (not --config, not
  // given by a test), or when a worker rebuilds a run that searched.
  const hierarchical = input.hierarchical ?? (!input.config && !input.configPath);
  if (!config) {
    const path = input.configPath ? resolve(input.cwd, input.configPath) : findConfig(found.start, root);
    config = path ? loadConfig(path, input.rules) : defaultConfig();
  }
  const cfg = config;
  const tree = new ConfigTree(root, cfg, input.rules, hierarchical);
  // Config globs are relative to the config file's directory; engine paths to the repository root.
  const relTo = (c: ProdlintConfig, rel: string): string => (c.dir && c.dir !== root ? relative(c.dir, join(root, rel)).split(sep).join('/') : rel);
  const cliRules = input.cliRules ?? [];
  const only = input.only ? new Set(input.only) : undefined;
  const cache = new Map<string, ReturnType<RunSettings['rulesFor']>>();
  // Paths with the same override signature share one map (see resolveRulesShared), and so do
  // their `--only` restrictions: the engine keys cache entries on the map's identity.
  const restricted = new WeakMap<ReadonlyMap<string, ResolvedRule>, ReadonlyMap<string, ResolvedRule>>();
  let digest: [number, string] | undefined;
  const staticDigest = [root, cliRules, input.cliSelection ?? null, input.only ?? null, input.forceEnvironment ?? null, input.rules.map((r) => [r.id, r.severity, r.options ?? null, r.kinds, r.productionOnly ?? false])];
  const settings: RunSettings = {
    paths: input.paths,
    cwd: input.cwd,
    root,
    rules: input.rules,
    rulesFor(rel) {
      let r = cache.get(rel);
      if (!r) {
        const own = tree.configOf(rel);
        let resolved = resolveRulesShared(own, input.rules, relTo(own, rel), cliRules, input.cliSelection);
        if (only) {
          const shared = resolved;
          resolved = restricted.get(shared) ?? new Map([...shared].filter(([id]) => only.has(id)));
          restricted.set(shared, resolved);
        }
        r = resolved as ReturnType<RunSettings['rulesFor']>;
        cache.set(rel, r);
      }
      return r;
    },
    environmentOf: (rel) => {
      const own = tree.configOf(rel);
      return environmentOf(relTo(own, rel), own);
    },
    explainEnvironment: (rel) => {
      const own = tree.configOf(rel);
      const config = own.path ? relative(root, own.path).split(sep).join('/') : undefined;
      if (input.forceEnvironment) return { environment: input.forceEnvironment, text: 'forced for this run' };
      const r = environmentReason(relTo(own, rel), own);
      return { environment: r.environment, text: environmentText(r, config), ...(config ? { config } : {}) };
    },
    kindOverride: (rel) => {
      const own = tree.configOf(rel);
      return kindOverride(relTo(own, rel), own);
    },
    // `ignore:` of every config above the file applies (see config/tree.ts).
    isIgnored: (rel) => tree.configsAbove(rel).some((c) => isIgnored(relTo(c, rel), c)),
    listedDir: (rel, entries) => tree.listed(rel, entries),
    ...(cfg.vendorDirs ? { skipDirs: skipDirsWith(cfg.vendorDirs) } : {}),
    maxFileSize: input.maxFileSize ?? cfg.maxFileSize,
    inlineSuppressions: input.inlineSuppressions ?? true,
    requireReason: cfg.requireReason,
    ignoreUnknown: input.ignoreUnknown ?? false,
    ...(input.forceEnvironment ? { forceEnvironment: input.forceEnvironment } : {}),
    ...(input.today ? { today: input.today } : {}),
    ...(input.workers !== undefined ? { workers: input.workers } : {}),
    ...(input.workerThreshold !== undefined ? { workerThreshold: input.workerThreshold } : {}),
    ...(input.cacheDir ? { cacheDir: input.cacheDir } : {}),
    ...(input.fileTimeoutMs !== undefined ? { fileTimeoutMs: input.fileTimeoutMs } : {}),
    ...(input.shard ? { shard: input.shard } : {}),
    // Everything that decides a path's environment, kind override and rules: the cache's tree
    // signature uses it instead of asking each of 20,000 files for them. A getter: the engine reads
    // it after asking every discovered file for its kind, so every nested config is loaded by then.
    get configDigest() {
      const configs = tree.all();
      if (digest?.[0] !== configs.length) digest = [configs.length, createHash('sha1').update(JSON.stringify([configs, ...staticDigest])).digest('hex')];
      return digest[1];
    },
    // What a worker thread needs to rebuild these settings (it loads the bundled rules itself).
    workerInit: {
      paths: input.paths,
      cwd: input.cwd,
      root,
      config: cfg,
      hierarchical,
      ...(input.cliRules ? { cliRules: input.cliRules } : {}),
      ...(input.cliSelection ? { cliSelection: input.cliSelection } : {}),
      ...(input.only ? { only: input.only } : {}),
      ...(input.forceEnvironment ? { forceEnvironment: input.forceEnvironment } : {}),
    },
  };
  return { settings, config: cfg, tree };
}

export { ConfigError };
