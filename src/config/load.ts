/**
 * Finding and loading `.prodlint.yaml`. The file is data only: it is parsed as YAML 1.2 with the
 * core schema, custom tags are refused, and nothing in it is ever evaluated. Every problem becomes
 * a ConfigError naming the file, line, column and key.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { AnyRule } from '../rule.js';
import { SourceFile } from '../source.js';
import { KINDS, type Kind } from '../types.js';
import { ConfigError, closest, formatKeyPath, listOr } from './error.js';
import { MAX_GLOBS_PER_LIST, globProblem } from './glob.js';
import {
  describeValue,
  findRule,
  isRuleLevel,
  optionProblem,
  unknownLevelReason,
  unknownOptionReason,
  unknownRuleReason,
} from './rules.js';
import { parseSize } from './size.js';
import { tooDeepYamlOffset } from './yaml-depth.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  type ConfigOverride,
  type KindMapping,
  type ProdlintConfig,
  type RuleSetting,
  type RuleSettings,
} from './types.js';

export const CONFIG_FILE_NAMES = ['.prodlint.yaml', '.prodlint.yml'] as const;

/** Config files are small; anything bigger is a mistake (or an attack on the parser). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** YAML nodes visited while validating, aliases counted each time they are followed. */
const MAX_NODE_VISITS = 100_000;
const MAX_GLOBS_TOTAL = 10_000;
const MAX_OVERRIDES = 1000;
/** A real config nests about 7 levels (overrides, rules, options, values); see yaml-depth.ts. */
const MAX_YAML_DEPTH = 64;

const TOP_LEVEL_KEYS = [
  'rules',
  'ignore',
  'dev-paths',
  'production-paths',
  'kinds',
  'overrides',
  'require-reason',
  'max-file-size',
] as const;
const RULE_KEYS = ['severity', 'options'] as const;
const OVERRIDE_KEYS = ['files', 'rules'] as const;

/**
 * The nearest config: `.prodlint.yaml` then `.prodlint.yml` in `startDir`, then each parent up to
 * `stopDir` inclusive (the repository root). When `startDir` is not inside `stopDir` only
 * `startDir` itself is searched, so a stray file above the repository is never picked up.
 */
export function findConfig(startDir: string, stopDir: string): string | undefined {
  const stop = resolve(stopDir);
  let dir = resolve(startDir);
  const inside = (d: string) => {
    const rel = relative(stop, d);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  const searchUp = inside(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // absent or unreadable: keep looking
      }
    }
    if (!searchUp || dir === stop) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The path as messages show it: relative to the working directory when it lies below it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * Read, parse and validate a config file against the known rules. Throws ConfigError (and only
 * ConfigError) for anything wrong. The result is deeply frozen.
 */
export function loadConfig(path: string, rules: readonly AnyRule[]): ProdlintConfig {
  const file = displayPath(path);
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_CONFIG_BYTES) {
      throw new ConfigError(`${file}: config file is ${size} bytes (at most ${MAX_CONFIG_BYTES})`, file);
    }
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: cannot read config file (${code ?? String(e)})`, file);
  }
  return parseConfigText(text, file, resolve(path), rules);
}

/**
 * Validate config text; `file` is used in messages, `absPath` becomes `config.path`. Throws
 * ConfigError and nothing else.
 */
export function parseConfigText(
  rawText: string,
  file: string,
  absPath: string,
  rules: readonly AnyRule[],
): ProdlintConfig {
  try {
    return parseConfig(rawText, file, absPath, rules);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    // A library or stack failure on hostile input: still a config error, never a crash.
    const reason = e instanceof RangeError ? 'file is too deeply nested' : String(e);
    throw new ConfigError(`${file}: cannot load config: ${reason}`, file);
  }
}

function parseConfig(rawText: string, file: string, absPath: string, rules: readonly AnyRule[]): ProdlintConfig {
  // Offsets count from after a BOM, like everywhere else in prodlint.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const tooDeep = tooDeepYamlOffset(text, MAX_YAML_DEPTH);
  if (tooDeep !== undefined) {
    const { line, column: col } = new SourceFile(file, absPath, text).positionAt(tooDeep);
    throw new ConfigError(`${file}:${line}:${col}: YAML is nested more than ${MAX_YAML_DEPTH} levels deep`, file, line, col);
  }
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    merge: false,
  });
  const reader = new Reader(doc, lineCounter, file, rules);
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    const what = first.code === 'TAG_RESOLVE_FAILED' ? 'YAML tags are not allowed' : 'YAML error';
    throw new ConfigError(`${file}:${line}:${col}: ${what}: ${first.message}`, file, line, col);
  }
  return deepFreeze(reader.config(absPath));
}

interface Entry {
  key: string;
  keyNode: YamlNode;
  value: YamlNode | null;
}

type Path = (string | number)[];

/** Walks the YAML tree, checking each key and value and building the config. */
class Reader {
  private visits = 0;
  private globCount = 0;

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly file: string,
    private readonly rules: readonly AnyRule[],
  ) {}

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
    };
    if (root === null) return config; // empty file or only comments
    for (const { key, keyNode, value } of this.entries(root, [], 'a mapping of settings at the top level')) {
      const path = [key];
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
      const rule = findRule(key, this.rules);
      if (!rule) this.fail(keyNode, rulePath, unknownRuleReason(key, this.rules));
      const id = rule!.id;
      const earlier = seenAt.get(id);
      if (earlier !== undefined) {
        this.fail(keyNode, rulePath, `rule ${id} is already configured on line ${earlier}`);
      }
      seenAt.set(id, this.position(keyNode).line);
      settings[id] = this.ruleSetting(v, keyNode, rulePath, rule!);
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

  // --- YAML helpers ---

  /** Follow aliases (counting each visit against a budget) and turn YAML nulls into `null`. */
  private deref(node: YamlNode | null | undefined, path: Path): YamlNode | null {
    if (++this.visits > MAX_NODE_VISITS) {
      this.fail(node ?? null, path, `too many YAML nodes (more than ${MAX_NODE_VISITS}, counting alias expansions)`);
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (target === undefined) this.fail(node, path, `unknown YAML alias "*${node.source}"`);
      return this.deref(target as YamlNode, path);
    }
    if (isScalar(node) && node.value === null) return null;
    return node;
  }

  /** The pairs of a mapping, with string keys; `what` describes the expected mapping. */
  private entries(node: YamlNode, path: Path, what: string): Entry[] {
    if (!isMap(node)) this.fail(node, path, `expected ${what}, got ${this.describe(node)}`);
    const out: Entry[] = [];
    for (const pair of (node as { items: { key: unknown; value: unknown }[] }).items) {
      const keyNode = pair.key as YamlNode | null;
      if (keyNode === null || !isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
        this.fail(keyNode ?? node, path, 'keys must be plain strings');
      }
      const scalar = keyNode as YamlNode & { value: string | number; source?: string };
      // A numeric-looking key such as `1.10: shell` keeps its written form.
      const key = typeof scalar.value === 'string' ? scalar.value : (scalar.source ?? String(scalar.value));
      if (key === '<<') this.fail(keyNode, [...path, key], 'YAML merge keys (<<) are not supported; repeat the settings or use an alias as the whole value');
      out.push({ key, keyNode: keyNode!, value: (pair.value as YamlNode | null) ?? null });
    }
    return out;
  }

  private scalar(node: YamlNode | null, path: Path): unknown {
    const value = this.deref(node, path);
    if (value === null) return null;
    if (!isScalar(value)) {
      this.fail(value, path, `expected a single value, got ${this.describe(value)}`);
    }
    return (value as { value: unknown }).value;
  }

  /** A single plain value that `accept` turns into the setting, or a ConfigError saying what was expected. */
  private single<T>(
    node: YamlNode | null,
    keyNode: YamlNode,
    path: Path,
    expected: string,
    accept: (value: unknown) => T | undefined,
  ): T {
    const value = this.deref(node, path);
    if (value === null) this.fail(keyNode, path, `expected ${expected}, got an empty value`);
    if (!isScalar(value)) this.fail(value, path, `expected ${expected}, got ${this.describe(value)}`);
    const result = accept((value as { value: unknown }).value);
    if (result === undefined) {
      this.fail(value, path, `expected ${expected}, got ${describeValue((value as { value: unknown }).value)}`);
    }
    return result as T;
  }

  /** Where to point for a value: the value itself, or its key when the value is empty. */
  private valueOrKey(node: YamlNode | null, keyNode: YamlNode): YamlNode {
    const value = node && isAlias(node) ? (node.resolve(this.doc) as YamlNode | undefined) : node;
    return !value || (isScalar(value) && value.value === null) ? keyNode : node!;
  }

  private seqItem(node: YamlNode | null, index: number): YamlNode | undefined {
    const value = node && isAlias(node) ? (node.resolve(this.doc) as YamlNode | undefined) : node;
    if (!value || !isSeq(value)) return undefined;
    const item = value.items[index] as YamlNode | undefined;
    return item && isAlias(item) ? (item.resolve(this.doc) as YamlNode | undefined) : item;
  }

  /** An option value as plain data; YAML's own alias limit guards against alias bombs. */
  private toJs(node: YamlNode | null, path: Path): unknown {
    const value = this.deref(node, path);
    if (value === null) return null;
    this.countNodes(value, path);
    try {
      return value.toJS(this.doc, { maxAliasCount: 100 });
    } catch (e) {
      return this.fail(value, path, e instanceof RangeError ? 'value is too deeply nested' : `bad value: ${String(e)}`);
    }
  }

  /**
   * Charge every node of a value to the visit budget, following aliases, before it is turned into
   * data: an option that refers to a large anchored list from a thousand places must fail here
   * rather than build millions of values. An explicit stack, so deep nesting cannot overflow.
   */
  private countNodes(root: YamlNode, path: Path): void {
    const stack: unknown[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || node === undefined) continue;
      if (++this.visits > MAX_NODE_VISITS) {
        this.fail(root, path, `too many YAML nodes (more than ${MAX_NODE_VISITS}, counting alias expansions)`);
      }
      if (isAlias(node)) {
        const target = node.resolve(this.doc);
        if (target === undefined) this.fail(node, path, `unknown YAML alias "*${node.source}"`);
        stack.push(target);
      } else if (isMap(node)) {
        for (const pair of node.items) stack.push(pair.key, pair.value);
      } else if (isSeq(node)) {
        stack.push(...node.items);
      }
    }
  }

  private describe(node: YamlNode | null): string {
    if (node === null) return 'an empty value';
    if (isMap(node)) return 'a mapping';
    if (isSeq(node)) return 'a list';
    if (isScalar(node)) return describeValue(node.value);
    return 'an unsupported YAML value';
  }

  private unknownKey(keyNode: YamlNode, path: Path, key: string, known: readonly string[]): never {
    const guess = closest(key, known);
    const hint = guess ? `did you mean '${guess}'?` : `expected ${listOr(known)}`;
    return this.fail(keyNode, path, `unknown key (${hint})`);
  }

  private position(node: YamlNode | null): { line: number; col: number } {
    const offset = node?.range?.[0];
    return offset === undefined ? { line: 1, col: 1 } : this.lines.linePos(offset);
  }

  private fail(node: YamlNode | null, path: Path, reason: string): never {
    const { line, col } = this.position(node);
    const key = formatKeyPath(path);
    const where = `${this.file}:${line}:${col}`;
    throw new ConfigError(key ? `${where}: ${key}: ${reason}` : `${where}: ${reason}`, this.file, line, col, key);
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
