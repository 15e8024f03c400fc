/** Where the configuration lives: the nearest `.prodlint.yaml` / `.prodlint.yml`. */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

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
