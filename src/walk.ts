/**
 * One pass over a directory tree with git's ignore semantics: `.gitignore` and `.prodlintignore`
 * files are read as their directories are entered, ignored directories are never descended into,
 * and symbolic links are never followed (so a link loop or a link out of the repository cannot be
 * walked). Deeper ignore files override shallower ones, as in git; a file inside an ignored
 * directory cannot be re-included, as in git.
 *
 * Replaces globby, which walked large trees several times (once per ignore-file pattern and again
 * for `.gitignore` lookup): on the Python standard library that cost about 2 s of `stat` calls.
 *
 * Ignore files are read and compiled by `src/ignore-lines.ts`: a symbolic link, FIFO, device or
 * oversized file counts as no ignore file, and lines whose expression would backtrack on deep
 * paths are matched segment by segment.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { compileIgnoreLines, countIgnoreRules, MAX_IGNORE_RULES, readIgnoreFile, type IgnoreMatcher } from './ignore-lines.js';

const IGNORE_FILES = ['.gitignore', '.prodlintignore'];

interface Layer {
  /** Directory of the ignore file, relative to the walk's root, '' for the root itself. */
  dir: string;
  ig: IgnoreMatcher;
  rules: number;
}

/**
 * The rules of a directory's ignore files (`.gitignore` first, so `.prodlintignore` lines win), if
 * it has any, with how many rules they hold. `names`: the directory's entries when already listed,
 * so that a directory without ignore files costs no failed `open` (two per directory, a tenth of
 * a large tree's walk). `budget`: the rules the path may still carry (see MAX_IGNORE_RULES): over
 * it, the directory's ignore files are set aside (more files linted, never fewer).
 */
function readIgnores(absDir: string, budget: number, names?: ReadonlySet<string>): { ig: IgnoreMatcher; rules: number } | undefined {
  const texts: string[] = [];
  for (const name of IGNORE_FILES) {
    if (names && !names.has(name)) continue;
    const text = readIgnoreFile(join(absDir, name));
    if (text !== undefined) texts.push(text);
  }
  if (!texts.length) return undefined;
  const text = texts.join('\n');
  const ig = compileIgnoreLines(text, budget);
  return ig ? { ig, rules: countIgnoreRules(text) } : undefined;
}

/** Rules the layers carry. */
function rulesOf(layers: readonly { rules: number }[]): number {
  let n = 0;
  for (const l of layers) n += l.rules;
  return n;
}

/** Whether layers (outermost first) ignore a path relative to the walk root. */
function ignoredBy(layers: readonly Layer[], rel: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const l = layers[i]!;
    const sub = l.dir ? rel.slice(l.dir.length + 1) : rel;
    const r = l.ig.test(isDir ? `${sub}/` : sub);
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}

export interface WalkOptions {
  /** Directory names never entered (node_modules, .git...). */
  skipDirs: ReadonlySet<string>;
  /** Ignore files from directories above the walk root, outermost first (paths relative to the walk root are computed by the caller). */
  outer?: ((relFromWalkRoot: string, isDir: boolean) => boolean) | undefined;
  /** Called with each directory listed (relative to the walk root, '' for it) and its entries. */
  listed?: ((relFromWalkRoot: string, entries: readonly Dirent[]) => void) | undefined;
}

/** Files under `absRoot`, as paths relative to it with `/` separators, in no particular order. */
export function walk(absRoot: string, opts: WalkOptions): string[] {
  const out: string[] = [];
  const stack: { abs: string; rel: string; layers: Layer[] }[] = [{ abs: absRoot, rel: '', layers: [] }];
  while (stack.length) {
    const { abs, rel, layers } = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      continue; // unreadable directory: nothing to lint there
    }
    opts.listed?.(rel, entries);
    const own = entries.some((e) => IGNORE_FILES.includes(e.name)) ? readIgnores(abs, MAX_IGNORE_RULES - rulesOf(layers), new Set(entries.map((e) => e.name))) : undefined;
    const here = own ? [...layers, { dir: rel, ...own }] : layers;
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (opts.skipDirs.has(e.name)) continue;
        if (ignoredBy(here, childRel, true) || opts.outer?.(childRel, true)) continue;
        stack.push({ abs: join(abs, e.name), rel: childRel, layers: here });
      } else if (e.isFile()) {
        if (ignoredBy(here, childRel, false) || opts.outer?.(childRel, false)) continue;
        out.push(childRel);
      }
      // Symbolic links, sockets, devices: never followed or read.
    }
  }
  return out;
}

/**
 * The ignore rules of directories from `repoRoot` down to (not including) `walkRoot`, as a
 * predicate over paths relative to `walkRoot`.
 */
export function outerIgnores(repoRoot: string, walkRelToRepo: string): ((rel: string, isDir: boolean) => boolean) | undefined {
  if (!walkRelToRepo) return undefined;
  const parts = walkRelToRepo.split('/');
  const layers: { prefix: string; ig: IgnoreMatcher; rules: number }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const dirRel = parts.slice(0, i).join('/');
    const own = readIgnores(dirRel ? join(repoRoot, dirRel) : repoRoot, MAX_IGNORE_RULES - rulesOf(layers));
    // Path of the walk root as seen from this ignore file's directory.
    if (own) layers.push({ prefix: parts.slice(i).join('/'), ...own });
  }
  if (!layers.length) return undefined;
  return (rel, isDir) => {
    for (let i = layers.length - 1; i >= 0; i--) {
      const p = `${layers[i]!.prefix}/${rel}${isDir ? '/' : ''}`;
      const r = layers[i]!.ig.test(p);
      if (r.ignored) return true;
      if (r.unignored) return false;
    }
    return false;
  };
}

/** Whether the directory itself is excluded by the ignore files above it. */
export function dirIgnoredFromAbove(repoRoot: string, walkRelToRepo: string): boolean {
  if (!walkRelToRepo) return false;
  const parts = walkRelToRepo.split('/');
  const parent = parts.slice(0, -1).join('/');
  const check = outerIgnores(repoRoot, parent);
  const selfIgnores = readIgnores(parent ? join(repoRoot, parent) : repoRoot, MAX_IGNORE_RULES);
  const name = parts[parts.length - 1]!;
  if (selfIgnores?.ig.test(`${name}/`).ignored) return true;
  if (check?.(name, true)) return true;
  return parent ? dirIgnoredFromAbove(repoRoot, parent) : false;
}
