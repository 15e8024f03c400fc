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
import { goDurationSeconds } from '../duration.js';

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

/** Seconds from a number or a Go duration string (`"5s"`, `"2m"`, `"1m30s"`, `"500ms"`), else undefined. */
export function durationSeconds(node: CNode | undefined): { value: number; span: Span } | undefined {
  if (!node) return undefined;
  if (node.type === 'number') return { value: node.value, span: node.span };
  if (node.type !== 'string') return undefined;
  const value = goDurationSeconds(node.value);
  return value === undefined ? undefined : { value, span: node.span };
}

/** Every string of a string-or-list value (`preDeployCommand = ["a", "b"]`: one command each). */
export function commandStrings(node: CNode | undefined): CNode[] {
  if (!node) return [];
  if (node.type === 'string') return node.value.trim() ? [node] : [];
  if (node.type === 'list') return node.items.filter((i) => i.type === 'string' && i.value.trim() !== '');
  return [];
}
