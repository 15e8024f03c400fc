/**
 * The repository's disk as the project phase sees it beyond the files it was given: whether a path
 * exists, a directory's listing, a file's type and size, a file's text. Every answer can be
 * recorded (op, path, digest of the answer), so that the result cache can tell later whether the
 * inputs a stored project snapshot was computed from still hold: cross-file rules are re-run when
 * anything they read changed, including files no run lints (a `.dockerignore` excluded by
 * `.gitignore`, a unit's drop-in, a package's other sources).
 *
 * Recording is per thread and on only while the engine analyses a tree (see engine.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { readText, type ReadResult } from './read-text.js';

export type DiskOp = 'exists' | 'list' | 'stat' | 'read';
/** One answer: the operation, its absolute path (with the read limit for reads) and a digest of the answer. */
export type DiskInput = [op: DiskOp, target: string, digest: string];

export interface DiskStat {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
}

/** Active recordings (one for the project phase, one per file analysed inside it). */
const recordings = new Set<Map<string, DiskInput>>();

/** Start recording this thread's disk answers; the returned function stops and gives them. */
export function recordDisk(): () => DiskInput[] {
  const inputs = new Map<string, DiskInput>();
  recordings.add(inputs);
  return () => {
    recordings.delete(inputs);
    return [...inputs.values()];
  };
}

function note(op: DiskOp, target: string, digest: string): void {
  if (recordings.size === 0) return;
  const key = `${op}\0${target}`;
  for (const r of recordings) if (!r.has(key)) r.set(key, [op, target, digest]);
}

/** Record an existence answer a caller remembered (memoized lookups must still count as reads). */
export function noteExists(abs: string, yes: boolean): void {
  note('exists', abs, digestExists(yes));
}

/** Record a type-and-size answer a caller remembered, as `diskStat` would have. */
export function noteStat(abs: string, st: DiskStat | undefined): void {
  note('stat', abs, digestStat(st));
}

export function diskExists(abs: string): boolean {
  const yes = existsSync(abs);
  note('exists', abs, digestExists(yes));
  return yes;
}

/** A directory's entries, or undefined when it cannot be listed. */
export function diskList(abs: string): Dirent[] | undefined {
  let entries: Dirent[] | undefined;
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch {
    entries = undefined;
  }
  if (recordings.size) note('list', abs, digestList(abs));
  return entries;
}

/** Type and size (links followed), or undefined when there is nothing there. */
export function diskStat(abs: string): DiskStat | undefined {
  const st = statOf(abs);
  note('stat', abs, digestStat(st));
  return st;
}

function statOf(abs: string): DiskStat | undefined {
  try {
    // Most questions are about files that do not exist (a package.json in every directory):
    // no exception for those, which costs more than the system call.
    const s = statSync(abs, { throwIfNoEntry: false });
    return s ? { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size } : undefined;
  } catch {
    return undefined;
  }
}

/** A file's text as src/read-text.ts decodes it. */
export function diskRead(abs: string, maxBytes?: number): ReadResult {
  const r = readText(abs, maxBytes);
  note('read', maxBytes === undefined ? abs : `${abs}\0${maxBytes}`, digestRead(r));
  return r;
}

/** Whether every recorded answer is still the disk's answer. */
export function diskInputsHold(inputs: readonly unknown[]): boolean {
  for (const input of inputs) {
    if (!Array.isArray(input) || input.length !== 3 || typeof input[1] !== 'string' || typeof input[2] !== 'string') return false;
    const [op, target, digest] = input as [unknown, string, string];
    if (answer(op, target) !== digest) return false;
  }
  return true;
}

/** The digest of the disk's answer now (without recording it). */
function answer(op: unknown, target: string): string | undefined {
  switch (op) {
    case 'exists':
      return digestExists(existsSync(target));
    case 'list':
      return digestList(target);
    case 'stat':
      return digestStat(statOf(target));
    case 'read': {
      const [abs, max] = target.split('\0');
      return digestRead(readText(abs!, max === undefined ? undefined : Number(max)));
    }
    default:
      return undefined;
  }
}

const digestExists = (yes: boolean) => (yes ? 'y' : 'n');

/**
 * A listing stands for the directory's identity and modification time: adding, removing or
 * renaming an entry changes the directory's mtime, and one `stat` is much cheaper than listing and
 * hashing the names again (a repository-wide package walk records some two thousand listings).
 */
function digestList(abs: string): string {
  try {
    const s = statSync(abs, { throwIfNoEntry: false });
    return s?.isDirectory() ? `${s.ino}:${s.mtimeMs}` : '-';
  } catch {
    return '-';
  }
}

const digestStat = (st: DiskStat | undefined) => (st ? `${st.isFile ? 'f' : st.isDirectory ? 'd' : 'o'}${st.size}` : '-');

function digestRead(r: ReadResult): string {
  return 'text' in r ? createHash('sha1').update(r.text).digest('hex') : `-${r.skip}`;
}
