/**
 * Which files a run looks at. Directories are walked with globby (honouring `.gitignore`,
 * `.prodlintignore` and config `ignore:`); files named explicitly are always linted, because
 * pre-commit passes file lists and a user who names a file means it. Output is sorted.
 */
import { existsSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_VENDOR_DIRS } from './config/defaults.js';
import { dirIgnoredFromAbove, outerIgnores, walk } from './walk.js';

export interface DiscoveredFile {
  abs: string;
  /** Repository-relative, `/`-separated. */
  rel: string;
  /** Named on the command line (always linted, even if ignored). */
  explicit: boolean;
}

/** Directories never worth linting, whatever the ignore files say. */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', 'site-packages', '.tox', '.mypy_cache', '.pytest_cache']);

/** The repository root: the nearest ancestor with `.git`, else the start directory. */
export function findRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(start);
    dir = up;
  }
}

/**
 * The repository a run is about: the one around the working directory, unless every path given
 * lies outside it (`prodlint ../other-service`), then the one around the first path. Paths
 * outside the root are never linted, so taking the working directory's repository there linted
 * nothing, silently. Also where the search for `.prodlint.yaml` starts.
 */
export function runRoot(paths: readonly string[], cwd: string): { root: string; start: string } {
  const here = findRoot(cwd);
  const abs = (paths.length ? paths : ['.']).map((p) => resolve(cwd, p));
  const within = (p: string) => {
    const rel = relative(here, p);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  if (abs.some(within)) return { root: here, start: cwd };
  const first = abs[0]!;
  let start = first;
  try {
    if (!statSync(first).isDirectory()) start = dirname(first);
  } catch {
    start = dirname(first); // a missing path is reported by discovery
  }
  return { root: findRoot(start), start };
}

export function toRel(root: string, abs: string): string {
  const r = relative(root, abs);
  return sep === '/' ? r : r.split(sep).join('/');
}

export class MissingPathError extends Error {}

/** SKIP_DIRS plus the vendored-code directory names (DEFAULT_VENDOR_DIRS or config `vendor-dirs:`). */
export function skipDirsWith(vendorDirs: readonly string[] = DEFAULT_VENDOR_DIRS): ReadonlySet<string> {
  return new Set([...SKIP_DIRS, ...vendorDirs]);
}

const DEFAULT_SKIPS = skipDirsWith();

/**
 * `skipDirs`: directory names never entered below a walked directory (default: SKIP_DIRS and the
 * default vendored directories). A directory given in `paths` is walked even if its own name is
 * one of them: `prodlint vendor/acme` lints the vendored tree the user asked about.
 */
export async function discover(
  paths: string[],
  cwd: string,
  root: string,
  isIgnored: (rel: string) => boolean,
  skipDirs: ReadonlySet<string> = DEFAULT_SKIPS,
  /** Told each repository directory the walk listed, with its entries, before any of its files is asked about (the config tree answers from them). */
  listedDir?: (rel: string, entries: readonly Dirent[]) => void,
): Promise<DiscoveredFile[]> {
  const seen = new Map<string, DiscoveredFile>();
  for (const p of paths.length ? paths : ['.']) {
    const abs = isAbsolute(p) ? p : resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new MissingPathError(`path not found: ${p}`);
    }
    if (st.isFile()) {
      seen.set(abs, { abs, rel: toRel(root, abs), explicit: true });
      continue;
    }
    if (!st.isDirectory()) continue;
    // A directory the user names explicitly is linted even when an ignore file above it (the
    // repository's `.gitignore` listing `node_modules/` or `vendor/`) excludes it; ignore files
    // inside it still apply.
    const walkRel = toRel(root, abs);
    const inside = walkRel !== '' && !walkRel.startsWith('../') && !isAbsolute(walkRel);
    const outer = inside && !dirIgnoredFromAbove(root, walkRel) ? outerIgnores(root, walkRel) : undefined;
    // Paths under the walk root are joined as strings: path.join and path.relative per file were
    // a fifth of a warm run's discovery on 20,000 files.
    const simple = sep === '/' && (walkRel === '' || inside) && !abs.endsWith('/');
    const listed = listedDir && simple ? (r: string, entries: readonly Dirent[]) => listedDir(r ? (walkRel ? `${walkRel}/${r}` : r) : walkRel, entries) : undefined;
    for (const r of walk(abs, { skipDirs, outer, listed })) {
      const f = simple ? `${abs}/${r}` : join(abs, r);
      const rel = simple ? (walkRel ? `${walkRel}/${r}` : r) : toRel(root, f);
      // Never follow anything out of the repository.
      if (rel.startsWith('../') || isAbsolute(rel) || isIgnored(rel)) continue;
      if (!seen.has(f)) seen.set(f, { abs: f, rel, explicit: false });
    }
  }
  return [...seen.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

