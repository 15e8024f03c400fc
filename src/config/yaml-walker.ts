/**
 * Generic, careful reading of a YAML document for validation: aliases followed against a budget,
 * string keys, single values, and errors that point at a node as `file:line:col: key: reason`.
 */
import type { LineCounter, Document, Node as YamlNode } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from '../parse/yaml-guards.js';
import { ConfigError, closest, formatKeyPath, listOr } from './error.js';
import { describeValue } from './rules.js';

/** YAML nodes visited while validating, aliases counted each time they are followed. */
export const MAX_NODE_VISITS = 100_000;

export interface Entry {
  key: string;
  keyNode: YamlNode;
  value: YamlNode | null;
}

export type Path = (string | number)[];

export class YamlWalker {
  private visits = 0;

  constructor(
    protected readonly doc: Document,
    private readonly lines: LineCounter,
    protected readonly file: string,
  ) {}

  /** Follow aliases (counting each visit against a budget) and turn YAML nulls into `null`. */
  protected deref(node: YamlNode | null | undefined, path: Path): YamlNode | null {
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
  protected entries(node: YamlNode, path: Path, what: string): Entry[] {
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

  protected scalar(node: YamlNode | null, path: Path): unknown {
    const value = this.deref(node, path);
    if (value === null) return null;
    if (!isScalar(value)) {
      this.fail(value, path, `expected a single value, got ${this.describe(value)}`);
    }
    return (value as { value: unknown }).value;
  }

  /** A single plain value that `accept` turns into the setting, or a ConfigError saying what was expected. */
  protected single<T>(
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
  protected valueOrKey(node: YamlNode | null, keyNode: YamlNode): YamlNode {
    const value = node && isAlias(node) ? (node.resolve(this.doc) as YamlNode | undefined) : node;
    return !value || (isScalar(value) && value.value === null) ? keyNode : node!;
  }

  protected seqItem(node: YamlNode | null, index: number): YamlNode | undefined {
    const value = node && isAlias(node) ? (node.resolve(this.doc) as YamlNode | undefined) : node;
    if (!value || !isSeq(value)) return undefined;
    const item = value.items[index] as YamlNode | undefined;
    return item && isAlias(item) ? (item.resolve(this.doc) as YamlNode | undefined) : item;
  }

  /** An option value as plain data; YAML's own alias limit guards against alias bombs. */
  protected toJs(node: YamlNode | null, path: Path): unknown {
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
  protected countNodes(root: YamlNode, path: Path): void {
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

  protected describe(node: YamlNode | null): string {
    if (node === null) return 'an empty value';
    if (isMap(node)) return 'a mapping';
    if (isSeq(node)) return 'a list';
    if (isScalar(node)) return describeValue(node.value);
    return 'an unsupported YAML value';
  }

  protected unknownKey(keyNode: YamlNode, path: Path, key: string, known: readonly string[]): never {
    const guess = closest(key, known);
    const hint = guess ? `did you mean '${guess}'?` : `expected ${listOr(known)}`;
    return this.fail(keyNode, path, `unknown key (${hint})`);
  }

  protected position(node: YamlNode | null): { line: number; col: number } {
    const offset = node?.range?.[0];
    return offset === undefined ? { line: 1, col: 1 } : this.lines.linePos(offset);
  }

  protected fail(node: YamlNode | null, path: Path, reason: string): never {
    const { line, col } = this.position(node);
    const key = formatKeyPath(path);
    const where = `${this.file}:${line}:${col}`;
    throw new ConfigError(key ? `${where}: ${key}: ${reason}` : `${where}: ${reason}`, this.file, line, col, key);
  }
}
