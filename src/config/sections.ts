/**
 * The meaning of each `.prodlint.yaml` key: walks the document with YamlWalker and builds a
 * ProdlintConfig, rejecting anything unknown or of the wrong type.
 */
import { dirname } from 'node:path';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { isMap, isScalar, isSeq } from '../parse/yaml-guards.js';
import type { AnyRule } from '../rule.js';
import { KINDS, type Kind } from '../types.js';
import { closest, listOr } from './error.js';
import { MAX_GLOBS_PER_LIST, globProblem } from './glob.js';
import {
  describeValue,
  findRules,
  isRuleLevel,
  optionProblem,
  unknownLevelReason,
  unknownOptionReason,
  unknownRuleReason,
} from './rules.js';
import { parseSize } from './size.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  type ConfigOverride,
  type KindMapping,
  type ProdlintConfig,
  type RuleSetting,
  type RuleSettings,
} from './types.js';
import { YamlWalker, type Path } from './yaml-walker.js';
import { selectorProblem } from '../select.js';

const MAX_GLOBS_TOTAL = 10_000;
const MAX_OVERRIDES = 1000;

export const TOP_LEVEL_KEYS = [
  'rules',
  'ignore',
  'dev-paths',
  'production-paths',
  'vendor-dirs',
  'kinds',
  'overrides',
  'require-reason',
  'max-file-size',
  'select',
  'ignore-rules',
] as const;
const RULE_KEYS = ['severity', 'options'] as const;
const OVERRIDE_KEYS = ['files', 'rules'] as const;

export class ConfigReader extends YamlWalker {
  private globCount = 0;

  constructor(
    doc: Document,
    lines: LineCounter,
    file: string,
    private readonly rules: readonly AnyRule[],
  ) {
    super(doc, lines, file);
  }

  config(absPath: string): ProdlintConfig {
    const root = this.deref(this.doc.contents as YamlNode | null, []);
    const config = {
      path: absPath,
      dir: dirname(absPath),
      rules: {} as RuleSettings,
      ignore: [] as string[],
      devPaths: [] as string[],
      productionPaths: [] as string[],
      kinds: [] as KindMapping[],
      overrides: [] as ConfigOverride[],
      requireReason: false,
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      select: [] as string[],
      ignoreRules: [] as string[],
    };
    if (root === null) return config; // empty file or only comments
    const written: string[] = [];
    // Not enumerable: which keys were written changes no answer, so it stays out of comparisons and digests.
    Object.defineProperty(config, 'written', { value: written, enumerable: false });
    for (const { key, keyNode, value } of this.entries(root, [], 'a mapping of settings at the top level')) {
      const path = [key];
      written.push(key);
      switch (key) {
        case 'rules':
          config.rules = this.ruleSettings(value, path);
          break;
        case 'ignore':
          config.ignore = this.globList(value, path);
          break;
        case 'dev-paths':
          config.devPaths = this.globList(value, path);
          break;
        case 'production-paths':
          config.productionPaths = this.globList(value, path);
          break;
        case 'vendor-dirs':
          (config as { vendorDirs?: string[] }).vendorDirs = this.dirNames(value, path);
          break;
        case 'kinds':
          config.kinds = this.kinds(value, path);
          break;
        case 'overrides':
          config.overrides = this.overrides(value, path);
          break;
        case 'require-reason':
          config.requireReason = this.single(value, keyNode, path, 'true or false', (v) =>
            typeof v === 'boolean' ? v : undefined,
          );
          break;
        case 'max-file-size':
          config.maxFileSize = this.single(
            value,
            keyNode,
            path,
            'a positive number of bytes or a size such as "1MiB" or "512KB"',
            parseSize,
          );
          break;
        case 'select':
          config.select = this.selectors(value, path);
          break;
        case 'ignore-rules':
          config.ignoreRules = this.selectors(value, path);
          break;
        default:
          this.unknownKey(keyNode, path, key, TOP_LEVEL_KEYS);
      }
    }
    return config;
  }

  // --- Sections ---

  private ruleSettings(node: YamlNode | null, path: Path): RuleSettings {
    const settings: Record<string, RuleSetting> = {};
    const seenAt = new Map<string, number>();
    const value = this.deref(node, path);
    if (value === null) return settings;
    for (const { key, keyNode, value: v } of this.entries(value, path, 'a mapping of rule ids or names to settings')) {
      const rulePath = [...path, key];
      // A name shared by several rules (runs-as-root: DF003 and SD004) configures all of them.
      const named = findRules(key, this.rules);
      if (named.length === 0) this.fail(keyNode, rulePath, unknownRuleReason(key, this.rules));
      for (const rule of named) {
        const earlier = seenAt.get(rule.id);
        if (earlier !== undefined) {
          this.fail(keyNode, rulePath, `rule ${rule.id} is already configured on line ${earlier}`);
        }
        seenAt.set(rule.id, this.position(keyNode).line);
        settings[rule.id] = this.ruleSetting(v, keyNode, rulePath, rule);
      }
    }
    return settings;
  }

  private ruleSetting(node: YamlNode | null, owner: YamlNode, path: Path, rule: AnyRule): RuleSetting {
    const value = this.deref(node, path);
    if (value !== null && isScalar(value)) {
      if (!isRuleLevel(value.value)) this.fail(value, path, unknownLevelReason(value.value));
      return { severity: value.value as RuleSetting['severity'] };
    }
    if (value === null || !isMap(value)) {
      this.fail(
        value ?? owner,
        path,
        `expected a severity (off, note, warning or error) or a mapping with severity and options, got ${this.describe(value)}`,
      );
    }
    const setting: { severity?: RuleSetting['severity']; options?: Record<string, unknown> } = {};
    for (const { key, keyNode, value: v } of this.entries(value!, path, 'a mapping')) {
      const sub = [...path, key];
      if (key === 'severity') {
        const level = this.scalar(v, sub);
        if (!isRuleLevel(level)) this.fail(this.valueOrKey(v, keyNode), sub, unknownLevelReason(level));
        setting.severity = level as RuleSetting['severity'];
      } else if (key === 'options') {
        setting.options = this.options(v, sub, rule);
      } else {
        this.unknownKey(keyNode, sub, key, RULE_KEYS);
      }
    }
    return setting;
  }

  private options(node: YamlNode | null, path: Path, rule: AnyRule): Record<string, unknown> {
    const options: Record<string, unknown> = {};
    const value = this.deref(node, path);
    if (value === null) return options;
    const defaults = (rule.options ?? {}) as Record<string, unknown>;
    for (const { key, keyNode, value: v } of this.entries(value, path, 'a mapping of option names to values')) {
      const sub = [...path, key];
      if (!Object.hasOwn(defaults, key)) this.fail(keyNode, sub, unknownOptionReason(key, rule));
      const js = this.toJs(v, sub);
      const problem = optionProblem(js, defaults[key]);
      if (problem) {
        const itemNode = problem.index !== undefined ? this.seqItem(v, problem.index) : undefined;
        const at = problem.index !== undefined ? [...sub, problem.index] : sub;
        this.fail(itemNode ?? v ?? keyNode, at, problem.reason);
      }
      // defineProperty: a key such as `__proto__` must stay a plain property.
      Object.defineProperty(options, key, { value: js, enumerable: true, writable: true, configurable: true });
    }
    return options;
  }

  /** A rule selector or a list of them, each matching at least one rule. */
  private selectors(node: YamlNode | null, path: Path): string[] {
    const value = this.deref(node, path);
    if (value === null) return [];
    const items: [YamlNode | null, Path][] = isSeq(value) ? (value as { items: unknown[] }).items.map((raw, i) => [raw as YamlNode | null, [...path, i]]) : [[value, path]];
    return items.map(([raw, at]) => {
      const item = this.deref(raw, at);
      if (item === null || !isScalar(item) || typeof item.value !== 'string') {
        this.fail(item ?? value, at, `expected a rule selector (an id, a prefix such as SH, a rule name or ALL) or a list of them, got ${this.describe(item)}`);
      }
      const text = (item as { value: string }).value;
      const problem = selectorProblem(text, this.rules);
      if (problem) this.fail(item, at, problem);
      return text;
    });
  }

  /** A directory name (`vendor`, not a path or glob) or a list of them; null is an empty list. */
  private dirNames(node: YamlNode | null, path: Path): string[] {
    const value = this.deref(node, path);
    if (value === null) return [];
    const items: [YamlNode | null, Path][] = isSeq(value) ? (value as { items: unknown[] }).items.map((raw, i) => [raw as YamlNode | null, [...path, i]]) : [[value, path]];
    if (items.length > MAX_GLOBS_PER_LIST) this.fail(value, path, `more than ${MAX_GLOBS_PER_LIST} names in one list`);
    return items.map(([raw, at]) => {
      const item = this.deref(raw, at);
      if (item === null || !isScalar(item) || typeof item.value !== 'string' || !/^[^/\\*?[\]{}!]+$/.test(item.value) || item.value === '.' || item.value === '..') {
        this.fail(item ?? value, at, `expected a directory name such as vendor (no "/" or wildcards) or a list of them, got ${this.describe(item)}`);
      }
      return (item as { value: string }).value;
    });
  }

  private globList(node: YamlNode | null, path: Path): string[] {
    const value = this.deref(node, path);
    if (value === null) return [];
    if (isScalar(value)) {
      if (typeof value.value !== 'string') {
        this.fail(value, path, `expected a glob or a list of globs, got ${describeValue(value.value)}`);
      }
      return [this.glob(value.value as string, value, path)];
    }
    if (!isSeq(value)) this.fail(value, path, `expected a glob or a list of globs, got ${this.describe(value)}`);
    const items = (value as { items: unknown[] }).items;
    if (items.length > MAX_GLOBS_PER_LIST) {
      this.fail(value, path, `more than ${MAX_GLOBS_PER_LIST} globs in one list`);
    }
    const globs: string[] = [];
    items.forEach((raw, i) => {
      const sub = [...path, i];
      const item = this.deref(raw as YamlNode | null, sub);
      if (item === null || !isScalar(item) || typeof item.value !== 'string') {
        this.fail(item ?? value, sub, `expected a glob string, got ${this.describe(item)}`);
      }
      globs.push(this.glob((item as { value: string }).value, item!, sub));
    });
    return globs;
  }

  private glob(glob: string, node: YamlNode, path: Path): string {
    const problem = globProblem(glob);
    if (problem) this.fail(node, path, problem);
    if (++this.globCount > MAX_GLOBS_TOTAL) {
      this.fail(node, path, `more than ${MAX_GLOBS_TOTAL} globs in the config file`);
    }
    return glob;
  }

  private kinds(node: YamlNode | null, path: Path): KindMapping[] {
    const value = this.deref(node, path);
    if (value === null) return [];
    const entries = this.entries(value, path, 'a mapping of globs to kinds');
    if (entries.length > MAX_GLOBS_PER_LIST) {
      this.fail(value, path, `more than ${MAX_GLOBS_PER_LIST} globs in one mapping`);
    }
    return entries.map(({ key, keyNode, value: v }) => {
      const sub = [...path, key];
      const pattern = this.glob(key, keyNode, sub);
      const kind = this.scalar(v, sub);
      if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
        const guess = typeof kind === 'string' ? closest(kind, KINDS) : undefined;
        const shown = typeof kind === 'string' ? `"${kind}"` : describeValue(kind);
        const hint = guess ? `did you mean '${guess}'?` : `expected ${listOr(KINDS)}`;
        this.fail(this.valueOrKey(v, keyNode), sub, `unknown kind ${shown} (${hint})`);
      }
      return { pattern, kind: kind as Kind };
    });
  }

  private overrides(node: YamlNode | null, path: Path): ConfigOverride[] {
    const value = this.deref(node, path);
    if (value === null) return [];
    if (!isSeq(value)) {
      this.fail(value, path, `expected a list of { files, rules } entries, got ${this.describe(value)}`);
    }
    const items = (value as { items: unknown[] }).items;
    if (items.length > MAX_OVERRIDES) this.fail(value, path, `more than ${MAX_OVERRIDES} overrides`);
    return items.map((raw, i) => {
      const sub = [...path, i];
      const item = this.deref(raw as YamlNode | null, sub);
      if (item === null || !isMap(item)) {
        this.fail(item ?? value, sub, `expected a mapping with files and rules, got ${this.describe(item)}`);
      }
      let files: string[] | undefined;
      let rules: RuleSettings | undefined;
      for (const { key, keyNode, value: v } of this.entries(item!, sub, 'a mapping')) {
        if (key === 'files') files = this.globList(v, [...sub, key]);
        else if (key === 'rules') rules = this.ruleSettings(v, [...sub, key]);
        else this.unknownKey(keyNode, [...sub, key], key, OVERRIDE_KEYS);
      }
      if (!files || files.length === 0) this.fail(item!, sub, 'missing "files" (a glob or a list of globs)');
      if (!rules) this.fail(item!, sub, 'missing "rules"');
      return { files: files!, rules: rules! };
    });
  }
}
