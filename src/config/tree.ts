/**
 * Hierarchical configuration, Ruff's model: each file uses the nearest `.prodlint.yaml` /
 * `.prodlint.yml` at or above its directory, up to the repository root, so a `services/bot/`
 * config applies when prodlint runs from the root (where pre-commit and the Action run) just as
 * when it runs from `services/bot/`. The nearest config is used whole; it does not inherit from the
 * configs above it (as in Ruff without `extend`), with one exception: `ignore:` globs of every
 * config above a file apply, so a nested config cannot bring back the vendored trees the root
 * config keeps out.
 *
 * Settings that are about the run rather than a file come from the run's own config (found from
 * the working directory, as before): `max-file-size` and `require-reason`. A nested config that
 * sets one of them to something else gets a warning saying it does not apply.
 *
 * With `--config FILE` that one file applies to everything and nothing is searched.
 */
import { join, posix, relative, sep } from 'node:path';
import type { AnyRule } from '../rule.js';
import { CONFIG_FILE_NAMES, configIn } from './find.js';
import { loadConfig } from './load.js';
import type { ProdlintConfig } from './types.js';

/** Keys that cannot differ per file, and how the warning names them. */
const RUN_WIDE: readonly [key: string, field: 'maxFileSize' | 'requireReason'][] = [
  ['max-file-size', 'maxFileSize'],
  ['require-reason', 'requireReason'],
];

export class ConfigTree {
  /** Per repository-relative directory: the configs from the root down to it, nearest last. */
  private readonly chains = new Map<string, readonly ProdlintConfig[]>();
  private readonly loaded = new Map<string, ProdlintConfig>();
  /**
   * Directories discovery listed without a config file name among the entries: their chain needs
   * no look at the disk (a `stat` per name per directory was a tenth of a warm run on a large
   * tree). A directory whose listing holds either name, or that was never listed (the ones above
   * the walked path), is still asked of the disk, so a config that is a link or not a file is
   * judged as before.
   */
  private readonly listedWithout = new Set<string>();
  readonly warnings: string[] = [];

  constructor(
    private readonly root: string,
    /** The run's config (found from the working directory or `--config`); the default when none. */
    readonly run: ProdlintConfig,
    private readonly rules: readonly AnyRule[],
    /** False with `--config`: every file uses `run`. */
    private readonly hierarchical: boolean,
  ) {
    if (run.path) this.loaded.set(run.path, run);
  }

  /** The config a file uses: the nearest one above it, else the run's. */
  configOf(rel: string): ProdlintConfig {
    const chain = this.chainOf(parentOf(rel));
    return chain[chain.length - 1] ?? this.run;
  }

  /** Every config from the root down to the file's directory (for `ignore:`, which accumulates). */
  configsAbove(rel: string): readonly ProdlintConfig[] {
    const chain = this.chainOf(parentOf(rel));
    return chain.length ? chain : [this.run];
  }

  /** Discovery listed `dir` (repository-relative) and found these entry names. */
  listed(dir: string, names: readonly { name: string }[]): void {
    if (!this.hierarchical || this.chains.has(dir)) return;
    // Compared without case: on a case-insensitive disk (macOS, Windows) `.Prodlint.yaml` answers
    // the stat that configIn makes, so such a directory is still asked.
    for (const e of names) if ((CONFIG_FILE_NAMES as readonly string[]).includes(e.name.toLowerCase())) return;
    this.listedWithout.add(dir);
  }

  /** Every config loaded so far, for the cache's digest of what decides a file's rules. */
  all(): ProdlintConfig[] {
    return [this.run, ...[...this.loaded.values()].filter((c) => c !== this.run)];
  }

  private chainOf(dir: string): readonly ProdlintConfig[] {
    if (!this.hierarchical) return [this.run];
    let chain = this.chains.get(dir);
    if (chain) return chain;
    const above = dir === '' ? [] : dir.startsWith('..') ? [] : this.chainOf(parentOf(dir));
    const here = dir.startsWith('..') || this.listedWithout.has(dir) ? undefined : configIn(join(this.root, dir));
    chain = here ? [...above, this.load(here)] : above;
    this.chains.set(dir, chain);
    return chain;
  }

  private load(path: string): ProdlintConfig {
    let config = this.loaded.get(path);
    if (!config) {
      config = loadConfig(path, this.rules);
      this.loaded.set(path, config);
      this.warnRunWide(config);
    }
    return config;
  }

  private warnRunWide(nested: ProdlintConfig): void {
    for (const [key, field] of RUN_WIDE) {
      if (!nested.written?.includes(key) || nested[field] === this.run[field]) continue;
      const where = relative(process.cwd(), nested.path ?? '') || nested.path;
      const from = this.run.path ? `from ${relative(process.cwd(), this.run.path) || this.run.path}` : 'the default';
      this.warnings.push(`${where}: ${key} applies to a whole run, so it is ignored in a nested config (this run uses ${from}); set it in the config at the root or run prodlint from that directory`);
    }
  }
}

/** The repository-relative directory of a repository-relative path ('' at the root). */
function parentOf(rel: string): string {
  // Asked for every discovered file: a plain `a/b/c` (the engine's paths) is cut at its last
  // slash; anything else (separators of another platform, a leading, doubled or trailing slash)
  // goes through path.posix.dirname.
  if (sep === '/') {
    const i = rel.lastIndexOf('/');
    if (i === -1) return '';
    if (i > 0 && i < rel.length - 1 && rel.charCodeAt(0) !== 47 && rel.charCodeAt(i - 1) !== 47) {
      const d = rel.slice(0, i);
      return d === '.' ? '' : d;
    }
  }
  const d = posix.dirname(rel.split(sep).join('/'));
  return d === '.' ? '' : d;
}
