/**
 * Which part of the repository a run covered, for the baseline (see baseline.ts): the whole tree
 * when a path given is the repository root and no shard was asked for; otherwise the files it
 * linted, plus the files its findings are in.
 */
import type { BaselineScope } from './baseline.js';
import type { RunResult } from './report.js';
import { coversRoot } from './snapshot.js';

export function runScope(result: RunResult, paths: readonly string[], cwd: string, sharded: boolean): BaselineScope {
  if (!sharded && coversRoot(paths, cwd, result.root)) return undefined;
  return new Set([...(result.linted ?? []), ...result.findings.map((f) => f.path)]);
}
