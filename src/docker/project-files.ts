/**
 * Reading files of the project that no parser classified (`alembic.ini`, `.dockerignore`, SQL
 * migrations), for rules that need their text or a location inside them. Reads are bounded and
 * never throw; files are decoded as the engine decodes them (`readText`: UTF-16, byte-order
 * marks), and binary and non-regular files are refused.
 */
import { join } from 'node:path';
import type { ProjectModel } from '../project.js';
import { diskList, diskRead, diskStat, noteStat, type DiskStat } from '../disk.js';
import { SourceFile, type Span } from '../source.js';
import { getOrMake } from '../multimap.js';

const MAX_BYTES = 256 * 1024;

/** A repository-relative file's text: the parsed source when there is one, else the disk. */
export function readProjectText(model: ProjectModel, rel: string): string | undefined {
  return sourceOf(model, rel)?.text;
}

/** A SourceFile for a repository-relative file (the engine's one when it has it). */
export function sourceOf(model: ProjectModel, rel: string): SourceFile | undefined {
  const listed = model.byPath.get(rel);
  if (listed?.source) return listed.source;
  if (!model.exists(rel)) return undefined;
  const abs = join(model.root, rel);
  const read = diskRead(abs, MAX_BYTES);
  return 'text' in read ? new SourceFile(rel, abs, read.text) : undefined;
}

/**
 * A location that stands for a file or directory in a related location (SARIF locations are
 * regions of files, so a directory is represented by its first file): the first line of the file,
 * or of the first readable file in the directory, preferring files the engine already parsed.
 */
export function relatedFileFor(model: ProjectModel, rel: string): { source: SourceFile; span: Span; message: string } | undefined {
  const direct = model.byPath.get(rel) ? sourceOf(model, rel) : undefined;
  if (direct) return { source: direct, span: firstLine(direct), message: `${rel} is here` };
  const prefix = rel + '/';
  const listed = model.files.filter((f) => f.rel.startsWith(prefix)).sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const candidates = [...listed.filter((f) => f.source), ...listed.filter((f) => !f.source)].map((f) => f.rel);
  if (!candidates.length) candidates.push(...diskListing(model, rel));
  for (const c of candidates.slice(0, 20)) {
    const source = sourceOf(model, c);
    if (source) return { source, span: firstLine(source), message: `${rel}/ holds the migrations (first file: ${c.slice(prefix.length)})` };
  }
  const file = model.exists(rel) ? sourceOf(model, rel) : undefined;
  return file ? { source: file, span: firstLine(file), message: `${rel} is here` } : undefined;
}

function firstLine(source: SourceFile): Span {
  return { start: 0, end: source.lineEnd(1) };
}

function diskListing(model: ProjectModel, rel: string): string[] {
  return (diskList(join(model.root, rel)) ?? [])
    .filter((d) => d.isFile())
    .map((d) => `${rel}/${d.name}`)
    .sort();
}

/** Whether a repository-relative path is a directory: known files below it, else the disk. */
export function isDirectory(model: ProjectModel, rel: string): boolean | undefined {
  if (rel === '') return true;
  if (directoriesOf(model).has(rel)) return true;
  if (model.byPath.has(rel)) return false;
  return statOnce(model, join(model.root, rel))?.isDirectory;
}

const statAnswers = new WeakMap<ProjectModel, Map<string, DiskStat | undefined>>();

/**
 * `diskStat`, remembered per model (the tree does not change during a run, and every Dockerfile's
 * migration check asks about the same candidate directories of its context).
 */
function statOnce(model: ProjectModel, abs: string): DiskStat | undefined {
  const known = getOrMake(statAnswers, model, () => new Map<string, DiskStat | undefined>());
  if (!known.has(abs)) {
    const st = diskStat(abs);
    known.set(abs, st);
    return st;
  }
  const st = known.get(abs);
  // Also when remembered: a file's analysis records what it asked (see FileOutput.inputs).
  noteStat(abs, st);
  return st;
}

const directories = new WeakMap<ProjectModel, Set<string>>();

/** Every directory that holds a listed file (computed once per model). */
function directoriesOf(model: ProjectModel): Set<string> {
  let set = directories.get(model);
  if (set) return set;
  set = new Set();
  for (const f of model.files) {
    for (let i = f.rel.lastIndexOf('/'); i > 0; i = f.rel.lastIndexOf('/', i - 1)) {
      const dir = f.rel.slice(0, i);
      if (set.has(dir)) break;
      set.add(dir);
    }
  }
  directories.set(model, set);
  return set;
}
