/**
 * The project model: what is known across files. Which shell scripts a start carrier runs (so
 * those scripts are linted as start scripts, with the carrier as a related location), and the
 * file list for rules that ask about other files.
 */
import { diskExists, noteExists } from './disk.js';
import { join, posix } from 'node:path';
import type { CommandSink } from './carriers/build.js';
import { baseName } from './shell/unwrap.js';
import type { SourceFile } from './source.js';
import type { Command, Document, Environment, Kind, Via } from './types.js';
import { appendTo } from './multimap.js';

export interface ProjectFile {
  rel: string;
  abs: string;
  kind?: Kind;
  environment: Environment;
  /** The decoded text as the engine read it (undefined when the cache spared reading the file). */
  text?: string;
  source?: SourceFile;
  doc?: Document;
  facts?: CommandSink;
}

export interface ProjectModel {
  root: string;
  files: ProjectFile[];
  byPath: Map<string, ProjectFile>;
  /** Script path -> the start carriers (other files) that run it. */
  startedBy: Map<string, Via[]>;
  /** Whether a repository-relative path exists on disk (file or directory). */
  exists(rel: string): boolean;
  /** Every command of every parsed file. */
  commands(): Iterable<{ file: ProjectFile; command: Command }>;
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);

/**
 * `exists` for a model: a file of the run, or the disk, remembered (the tree does not change
 * during a run, and package lookups ask for the same `package.json` paths thousands of times).
 */
function onDisk(root: string, byPath: ReadonlyMap<string, unknown>): { exists(rel: string): boolean } {
  const known = new Map<string, boolean>();
  return {
    exists: (rel) => {
      let yes = byPath.has(rel) || known.get(rel);
      if (yes === undefined) known.set(rel, (yes = diskExists(join(root, rel))));
      // Also when remembered: a file's analysis records what it asked (see FileOutput.inputs).
      else noteExists(join(root, rel), yes);
      return yes;
    },
  };
}

export function buildProject(root: string, files: ProjectFile[]): ProjectModel {
  const byPath = new Map(files.map((f) => [f.rel, f]));
  const shellFiles = files.filter((f) => f.kind === 'shell');
  const byBase = new Map<string, ProjectFile[]>();
  for (const f of shellFiles) {
    const b = posix.basename(f.rel);
    appendTo(byBase, b, f);
  }
  const model: ProjectModel = {
    root,
    files,
    byPath,
    startedBy: new Map(),
    ...onDisk(root, byPath),
    *commands() {
      for (const file of files) for (const command of file.facts?.commands ?? []) yield { file, command };
    },
  };
  const repoOf = repositoryRoots(model.exists);
  for (const { file, command } of model.commands()) {
    if (command.role !== 'start' || file.kind === 'shell') continue;
    const word = scriptWord(command);
    if (!word) continue;
    const target = resolveScript(word, file.rel, byPath, byBase, repoOf);
    if (!target || target.rel === file.rel) continue;
    const src = command.carrier.source;
    const via: Via = { path: src.path, span: command.span, start: src.positionAt(command.span.start), end: src.positionAt(command.span.end), label: command.carrier.label };
    const list = model.startedBy.get(target.rel) ?? [];
    if (!list.some((v) => v.path === via.path && v.span.start === via.span.start)) list.push(via);
    model.startedBy.set(target.rel, list);
  }
  return model;
}

/** The script a start command runs: `./start.sh`, `/app/run.sh`, `bash start.sh`, `sh -e x.sh`. */
function scriptWord(cmd: Command): string | undefined {
  const [first, ...rest] = cmd.argv;
  const name = baseName(first?.value);
  if (!name) return undefined;
  if (SHELLS.has(name)) {
    const arg = rest.find((w) => w.value !== null && !w.value.startsWith('-'));
    if (!arg?.value || rest.some((w) => w.value !== null && /^-[a-z]*c[a-z]*$/.test(w.value))) return undefined;
    return arg.value;
  }
  if (first!.value!.includes('/') || /\.(sh|bash)$/.test(name)) return first!.value!;
  return undefined;
}

/**
 * The repository a file belongs to: the nearest enclosing directory with a `.git` entry (the run
 * root when there is none). A run over several checkouts at once (`prodlint repoA repoB`) must
 * judge each as it would alone, so a basename link never crosses from one to another.
 */
function repositoryRoots(exists: (rel: string) => boolean): (rel: string) => string {
  const memo = new Map<string, string>();
  const rootOf = (dir: string): string => {
    let found = memo.get(dir);
    if (found === undefined) {
      found = dir === '.' || dir === '' || dir === '/' ? '.' : exists(posix.join(dir, '.git')) ? dir : rootOf(posix.dirname(dir));
      memo.set(dir, found);
    }
    return found;
  };
  return (rel) => rootOf(posix.dirname(rel));
}

/**
 * Resolve a script named by a carrier: relative to the carrier's directory first, then by
 * basename within the carrier's repository, preferring the candidate that shares the longest
 * directory prefix with the carrier (container paths like `/app/start.sh` rarely match the
 * repository layout).
 */
function resolveScript(
  word: string,
  fromRel: string,
  byPath: Map<string, ProjectFile>,
  byBase: Map<string, ProjectFile[]>,
  repoOf: (rel: string) => string,
): ProjectFile | undefined {
  const dir = posix.dirname(fromRel);
  if (!word.startsWith('/')) {
    const direct = byPath.get(posix.normalize(posix.join(dir, word)));
    if (direct?.kind === 'shell') return direct;
  }
  const repo = repoOf(fromRel);
  const candidates = (byBase.get(posix.basename(word)) ?? []).filter((c) => repoOf(c.rel) === repo);
  if (candidates.length <= 1) return candidates[0];
  let best: ProjectFile | undefined;
  let bestScore = -1;
  for (const c of candidates) {
    const score = commonPrefix(posix.dirname(c.rel), dir);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * The project model a worker thread has for one file: its own `startedBy` entry and the disk.
 * Per-file hooks of Python and TypeScript rules run against it (see src/analyze.ts).
 */
export function liteProject(root: string, task: { rel: string; via: Via[] }): ProjectModel {
  return {
    root,
    files: [],
    byPath: new Map(),
    startedBy: new Map(task.via.length ? [[task.rel, task.via]] : []),
    ...onDisk(root, new Map()),
    *commands() {},
  };
}
