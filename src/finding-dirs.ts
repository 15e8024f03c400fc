/**
 * Where most findings come from, by directory: a repository of examples, a `tools/` tree of test
 * stacks or a vendored copy that slipped through gives hundreds of findings from one directory,
 * and naming it lets a user mark it as development (`dev-paths:`) in one step. Used by the text
 * summary and by `prodlint init`.
 */
import type { Finding } from './types.js';

/** Fewer findings than this and the summary names no directories: the list reads at a glance. */
export const MANY_FINDINGS = 30;
/** A directory named holds at least this share of the findings. */
const MIN_SHARE = 0.1;
const MAX_DIRS = 3;

export interface DirCount {
  /** Repository-relative directory with a trailing `/`. */
  dir: string;
  findings: number;
}

/**
 * Up to three directories holding at least a tenth of the findings each, most first. A top-level
 * directory that holds most findings is split into its subdirectories, below any chain of single
 * subdirectories (`examples/` in a
 * repository that is nothing but `examples/` says less than `examples/kafka/`). Findings of the
 * tool itself (PL rules) and of files at the root are left out.
 */
export function topDirectories(findings: readonly Finding[], min = MANY_FINDINGS): DirCount[] {
  const relevant = findings.filter((f) => !f.ruleId.startsWith('PL') && f.path.includes('/'));
  if (findings.length < min || relevant.length === 0) return [];
  const count = (depth: number, within?: string) => {
    const m = new Map<string, number>();
    for (const f of relevant) {
      if (within && !f.path.startsWith(within)) continue;
      const parts = f.path.split('/');
      if (parts.length <= depth) continue;
      const dir = `${parts.slice(0, depth).join('/')}/`;
      m.set(dir, (m.get(dir) ?? 0) + 1);
    }
    return m;
  };
  let counts = count(1);
  // Down a chain of single subdirectories (`fixtures/demo/` when `prodlint fixtures/demo` is run
  // from the root) to the level where the findings divide.
  const first = sorted(counts)[0];
  let top = first;
  for (let depth = 2; first && top && top.findings > relevant.length * 0.6; depth++) {
    const deeper = count(depth, top.dir);
    if (deeper.size === 0) break;
    if (deeper.size > 1) {
      counts.delete(first.dir);
      counts = new Map([...counts, ...deeper]);
      break;
    }
    top = sorted(deeper)[0];
  }
  return sorted(counts).filter((d) => d.findings >= findings.length * MIN_SHARE).slice(0, MAX_DIRS);
}

function sorted(m: Map<string, number>): DirCount[] {
  return [...m].map(([dir, findings]) => ({ dir, findings })).sort((a, b) => b.findings - a.findings || (a.dir < b.dir ? -1 : 1));
}
