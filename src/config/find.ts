/** Where the configuration lives: the nearest `.prodlint.yaml` / `.prodlint.yml`. */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from './error.js';

export const CONFIG_FILE_NAMES = ['.prodlint.yaml', '.prodlint.yml'] as const;

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
    const here = configIn(dir);
    if (here) return here;
    if (!searchUp || dir === stop) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The config file in `dir`, if any. Both `.prodlint.yaml` and `.prodlint.yml` there is an error:
 * picking one would silently ignore the other's settings.
 */
export function configIn(dir: string): string | undefined {
  const found = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((candidate) => {
    try {
      // Nearly every directory has neither name: no exception for an absent file, which costs
      // more than the system call (two per directory of the tree).
      return statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;
    } catch {
      return false; // unreadable: keep looking
    }
  });
  if (found.length > 1) {
    const shown = found.map((p) => relative(process.cwd(), p) || p);
    throw new ConfigError(`both ${shown[0]} and ${shown[1]} exist: merge them into one (prodlint reads a single config per directory)`, shown[0]);
  }
  return found[0];
}
