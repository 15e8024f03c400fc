/**
 * Loading `.prodlint.yaml`. The file is data only: it is parsed as YAML 1.2 with the core schema,
 * custom tags are refused, and nothing in it is ever evaluated. Every problem becomes a
 * ConfigError naming the file, line, column and key.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { AnyRule } from '../rule.js';
import { SourceFile } from '../source.js';
import { ConfigError } from './error.js';
import { ConfigReader } from './sections.js';
import type { ProdlintConfig } from './types.js';
import { tooDeepYamlOffset } from '../parse/yaml-depth.js';

/** Config files are small; anything bigger is a mistake (or an attack on the parser). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** A real config nests about 7 levels (overrides, rules, options, values); see yaml-depth.ts. */
const MAX_YAML_DEPTH = 64;

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
  const reader = new ConfigReader(doc, lineCounter, file, rules);
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    const what = first.code === 'TAG_RESOLVE_FAILED' ? 'YAML tags are not allowed' : 'YAML error';
    throw new ConfigError(`${file}:${line}:${col}: ${what}: ${first.message}`, file, line, col);
  }
  return deepFreeze(reader.config(absPath));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
