/**
 * package.json: the scripts npm/yarn/pnpm run, with each script's decoded command mapped back to its
 * place in the file, plus the few fields rules ask about (name, main, dependency names).
 *
 * JSON has no comments, so `comments` is always empty (fixtures use a `.expect` sidecar) and there
 * are no multi-line logical lines (a JSON string cannot contain a line break).
 */
import type { EmbeddedText } from '../embedded.js';
import type { SourceFile, Span } from '../source.js';
import type { Document, Environment, ParseProblem } from '../types.js';
import { duplicateMembers, memberOf, parseJson, type JsonNode, type JsonObject } from './json-positions.js';

export interface PackageScript {
  name: string;
  /** The key's string literal, quotes included. */
  nameSpan: Span;
  /** The decoded command (escapes resolved), each character mapped to where it is written. */
  command: EmbeddedText;
  /** The value's string literal, quotes included. */
  valueSpan: Span;
  /** The whole `"name": "value"` member. */
  span: Span;
}

export interface PackageJsonTree {
  name?: string;
  /** String-valued scripts in file order; for a name given twice only the last (the one npm runs). */
  scripts: PackageScript[];
  /** Names under `dependencies`, in file order, each once. */
  dependencies: string[];
  /** Names under `devDependencies`, in file order, each once. */
  devDependencies: string[];
  main?: string;
  /** The plain JS value (as `JSON.parse` gives it), or undefined if the file is not valid JSON. */
  value: unknown;
  /** The positioned JSON tree (partial if the file is invalid), for rules that need other fields. */
  json: JsonNode | undefined;
}

/** Every object in the tree, found without recursion (package.json may be deeply nested). */
function allObjects(root: JsonNode | undefined): JsonObject[] {
  const out: JsonObject[] = [];
  const todo: JsonNode[] = root ? [root] : [];
  while (todo.length) {
    const node = todo.pop()!;
    if (node.type === 'object') {
      out.push(node);
      for (const m of node.members) todo.push(m.value);
    } else if (node.type === 'array') {
      for (const item of node.items) todo.push(item);
    }
  }
  return out;
}

function stringField(root: JsonNode | undefined, key: string): string | undefined {
  const m = memberOf(root, key);
  return m?.value.type === 'string' ? m.value.value : undefined;
}

function keyNames(root: JsonNode | undefined, key: string): string[] {
  const m = memberOf(root, key);
  if (m?.value.type !== 'object') return [];
  return [...new Set(m.value.members.map((member) => member.key.value))];
}

export function parsePackageJson(source: SourceFile, environment: Environment): Document<PackageJsonTree> {
  const { root, errors } = parseJson(source.text);
  const parseErrors: ParseProblem[] = [...errors];

  if (root && root.type !== 'object') {
    parseErrors.push({ span: root.span, message: `package.json must contain a JSON object, not ${root.type === 'array' ? 'an array' : `a ${root.type}`}` });
  }
  const duplicates = allObjects(root).flatMap(duplicateMembers);
  for (const dup of duplicates.sort((a, b) => a.span.start - b.span.start)) {
    parseErrors.push({
      span: dup.key.span,
      message: `duplicate key ${JSON.stringify(dup.key.value)}: JSON.parse and npm keep only the last one`,
    });
  }

  const scripts: PackageScript[] = [];
  const scriptsMember = memberOf(root, 'scripts');
  if (scriptsMember && scriptsMember.value.type !== 'object') {
    parseErrors.push({ span: scriptsMember.value.span, message: '"scripts" must be an object' });
  } else if (scriptsMember?.value.type === 'object') {
    const members = scriptsMember.value.members;
    const lastIndex = new Map(members.map((m, i) => [m.key.value, i]));
    members.forEach((m, i) => {
      if (lastIndex.get(m.key.value) !== i) return;
      if (m.value.type !== 'string') {
        parseErrors.push({ span: m.value.span, message: `script ${JSON.stringify(m.key.value)} must be a string` });
        return;
      }
      scripts.push({ name: m.key.value, nameSpan: m.key.span, command: m.value.text, valueSpan: m.value.span, span: m.span });
    });
  }

  let value: unknown;
  if (errors.length === 0) {
    try {
      value = JSON.parse(source.text);
    } catch {
      // Our parser accepted what JSON.parse refuses: should not happen; treat the value as unknown.
      value = undefined;
    }
  }

  const tree: PackageJsonTree = {
    scripts,
    dependencies: keyNames(root, 'dependencies'),
    devDependencies: keyNames(root, 'devDependencies'),
    value,
    json: root,
  };
  const name = stringField(root, 'name');
  if (name !== undefined) tree.name = name;
  const main = stringField(root, 'main');
  if (main !== undefined) tree.main = main;

  parseErrors.sort((a, b) => a.span.start - b.span.start);
  return { kind: 'packagejson', source, environment, tree, comments: [], logicalLines: [], parseErrors };
}
