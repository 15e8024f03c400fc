/**
 * What a platform reader (`railway.ts`, `fly.ts`, `render.ts`, `heroku.ts`) gets out of a config
 * file: the deployment model (`deploy`, read by rules through `deployServices(doc)`), the commands
 * the platform runs, and the environment it sets. `carriers/platform.ts` turns the commands and
 * the environment into the uniform `Command`/`EnvAssignment` facts, so every command rule fires
 * inside these files.
 */
import type { CNode } from '../parse/config-tree.js';
import type { Span } from '../source.js';
import type { Role } from '../types.js';
import type { DeployService } from './model.js';

export interface PlatformCommand {
  role: Role;
  /** The key as the platform documents it: `startCommand`, `release_command`, `web`. */
  label: string;
  /** The service / process it belongs to. */
  owner: string;
  /** A string or a list of strings. */
  node: CNode;
  /**
   * How a string is run: `shell` — by `sh -c` (Railpack start commands, Render, Heroku);
   * `split` — split into words and executed without a shell (Fly commands, Railway's start
   * command for a Dockerfile or image deploy). A list is always the argv.
   */
  form: 'shell' | 'split';
  /** The whole `key = value` construct. */
  span: Span;
}

export interface PlatformEnv {
  name: string;
  nameSpan: Span;
  /** Static value, or null when the platform fills it (`generator`, `fromDatabase`, `sync: false`). */
  value: string | null;
  valueSpan: Span;
  span: Span;
  owner: string;
  label: string;
}

export interface PlatformTree {
  format: 'toml' | 'json' | 'yaml';
  root: CNode | undefined;
  deploy: DeployService[];
  commands: PlatformCommand[];
  env: PlatformEnv[];
}

export function emptyTree(format: PlatformTree['format'], root: CNode | undefined): PlatformTree {
  return { format, root, deploy: [], commands: [], env: [] };
}

/** Seconds from a number or a duration string (`"5s"`, `"2m"`, `"1m30s"`, `"500ms"`), else undefined. */
export function durationSeconds(node: CNode | undefined): { value: number; span: Span } | undefined {
  if (!node) return undefined;
  if (node.type === 'number') return { value: node.value, span: node.span };
  if (node.type !== 'string') return undefined;
  // Trimmed and capped first: blanks on both sides of an all-optional pattern backtrack quadratically.
  const text = node.value.trim();
  if (text.length > 32) return undefined;
  const m = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+)ms)?$/.exec(text);
  if (!m || !m.slice(1).some(Boolean)) return /^\d+$/.test(text) ? { value: Number(text), span: node.span } : undefined;
  const [h, min, s, ms] = m.slice(1).map((x) => (x ? Number(x) : 0)) as [number, number, number, number];
  return { value: h * 3600 + min * 60 + s + ms / 1000, span: node.span };
}

/** Every string of a string-or-list value (`preDeployCommand = ["a", "b"]`: one command each). */
export function commandStrings(node: CNode | undefined): CNode[] {
  if (!node) return [];
  if (node.type === 'string') return node.value.trim() ? [node] : [];
  if (node.type === 'list') return node.items.filter((i) => i.type === 'string' && i.value.trim() !== '');
  return [];
}
