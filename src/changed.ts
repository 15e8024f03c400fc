/**
 * Diff mode (`--changed-since REF`): which lines changed between the merge base of REF and HEAD
 * and the working tree (committed, staged, unstaged and untracked changes alike), and which
 * findings touch them.
 *
 * Git is run as a binary with an argument array (never a shell string) in the repository's top
 * level, with options that pin the output format whatever the user's git config says (prefixes,
 * colour, external diff drivers, textconv, relative paths). A shallow clone that lacks the merge
 * base is an error that says how to fetch it: diffing against the tip of REF instead would report
 * findings the branch never touched (Semgrep's diff scans broke the same way, semgrep/semgrep#3730).
 *
 * A block of lines moved within a file shows in `git diff` as deleted and re-added lines, so its
 * findings count as changed.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { RunResult } from './report.js';
import type { Finding, LineRange } from './types.js';

export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'type-changed' | 'untracked';

export interface FileChange {
  /** Path relative to the git top level, `/`-separated. */
  path: string;
  status: ChangeStatus;
  /** The old path of a rename or copy. */
  from?: string;
  /** Every line counts as changed (new, untracked or binary file). */
  whole: boolean;
  /** Added or modified lines of the working-tree file (1-based, inclusive), sorted. */
  added: LineRange[];
  /** Lines after which lines were only deleted (0 = at the top). */
  deletions: number[];
}

export interface ChangeSet {
  /** The ref as given and the merge-base commit it resolved to. */
  ref: string;
  base: string;
  /** Absolute git top level. */
  toplevel: string;
  /** Changed files that exist in the working tree, by top-level-relative path. */
  files: Map<string, FileChange>;
  /** Files deleted since the merge base (they have no findings). */
  deleted: string[];
}

export type ChangeSetResult = { changes: ChangeSet } | { error: string };

class GitError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** Pinned options: the output must not depend on the user's or the repository's git config. */
const GIT_CONFIG = ['-c', 'core.quotePath=false', '-c', 'core.fsmonitor=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false'];

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', [...GIT_CONFIG, ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1024 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { status?: number | null; stderr?: string };
    if (e.code === 'ENOENT') throw new GitError('--changed-since needs git, and git was not found on PATH', null, '');
    throw new GitError(firstLine(e.stderr ?? '') || e.message, e.status ?? null, e.stderr ?? '');
  }
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0]?.trim() ?? '';
}

/**
 * The changes between the merge base of `ref` and HEAD, and the working tree of the repository
 * holding `cwd`. Problems (no git, not a repository, unknown ref, shallow clone without the merge
 * base) come back as `{ error }` with a sentence saying what to do.
 */
export function changedSince(ref: string, cwd: string): ChangeSetResult {
  if (ref === '' || ref.startsWith('-')) return { error: `--changed-since needs a git ref or commit, got "${ref}"` };
  try {
    let toplevel: string;
    try {
      toplevel = git(cwd, ['rev-parse', '--show-toplevel']).trim();
    } catch (err) {
      if (err instanceof GitError && err.status === null) throw err;
      return { error: `--changed-since needs a git repository, and ${cwd} is not inside one` };
    }
    const shallow = git(toplevel, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const fetchHint = 'fetch the history back to where HEAD branched off (git fetch --unshallow, or actions/checkout with fetch-depth: 0)';
    let target: string;
    try {
      target = git(toplevel, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
    } catch {
      return shallow
        ? { error: `--changed-since: "${ref}" is not in this shallow clone; fetch it and ${fetchHint}` }
        : { error: `--changed-since: unknown revision "${ref}" (fetch it first if it is a remote branch or commit)` };
    }
    try {
      git(toplevel, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    } catch {
      return { error: '--changed-since: HEAD has no commit yet, so there is no merge base to compare with' };
    }
    let base: string;
    try {
      base = git(toplevel, ['merge-base', target, 'HEAD']).trim().split('\n')[0]!;
    } catch {
      return shallow
        ? { error: `--changed-since: this shallow clone does not contain the merge base of "${ref}" and HEAD; ${fetchHint}` }
        : { error: `--changed-since: "${ref}" and HEAD have no common ancestor` };
    }
    const diffOptions = ['--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--ignore-submodules', '--no-relative'];
    const status = git(toplevel, ['diff', '--name-status', '-z', ...diffOptions, base, '--']);
    const patch = git(toplevel, ['diff', '-U0', '--src-prefix=a/', '--dst-prefix=b/', ...diffOptions, base, '--']);
    const untracked = git(toplevel, ['ls-files', '--others', '--exclude-standard', '-z']);
    return { changes: buildChangeSet(ref, base, toplevel, parseNameStatus(status), parseHunks(patch), untracked.split('\0').filter((p) => p !== '')) };
  } catch (err) {
    if (err instanceof GitError) return { error: `--changed-since: ${err.message}` };
    return { error: `--changed-since: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export interface NameStatus {
  status: string;
  path: string;
  from?: string;
}

/** `git diff --name-status -z`: `X\0path\0`, or `R100\0old\0new\0` for renames and copies. */
export function parseNameStatus(z: string): NameStatus[] {
  const parts = z.split('\0');
  const out: NameStatus[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++]!;
    if (status === '') continue;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = parts[i++] ?? '';
      const path = parts[i++] ?? '';
      out.push({ status: status[0]!, path, from });
    } else out.push({ status: status[0]!, path: parts[i++] ?? '' });
  }
  return out;
}

export interface FileHunks {
  added: LineRange[];
  deletions: number[];
  binary: boolean;
}

/**
 * Hunks of a `git diff -U0` patch by new path. `@@ -a,b +c,d @@`: with d > 0 lines c..c+d-1 are
 * new or modified; with d = 0 lines were only deleted, after line c. A file whose block has no
 * hunks (a mode change, a pure rename) gets an entry with none; a binary file is marked.
 */
export function parseHunks(patch: string): Map<string, FileHunks> {
  const files = new Map<string, FileHunks>();
  let current: FileHunks | undefined;
  let key: string | undefined;
  const rekey = (path: string): void => {
    if (!current) return;
    if (key !== undefined) files.delete(key);
    key = path;
    files.set(path, current);
  };
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = { added: [], deletions: [], binary: false };
      key = undefined;
      const path = pathOfDiffHeader(line.slice('diff --git '.length));
      if (path !== undefined) rekey(path);
    } else if (!current) {
      continue;
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      rekey(unquote(line.slice(line.indexOf(' to ') + 4)));
    } else if (line.startsWith('+++ ')) {
      const path = unquote(line.slice(4));
      // A deleted file's new side is /dev/null: nothing of it exists to report on.
      if (path !== '/dev/null') rekey(stripPrefix(path, 'b/'));
    } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      current.binary = true;
    } else if (line.startsWith('@@')) {
      const m = /^@@+ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) current.added.push({ first: start, last: start + count - 1 });
      else current.deletions.push(start);
    }
  }
  return files;
}

/**
 * The path in `diff --git a/P b/P` when both sides are the same path (the only case without
 * `rename to`/`+++` lines to name it): unquoted, `a/` + P + ` b/` + P has one split point.
 */
function pathOfDiffHeader(rest: string): string | undefined {
  const quoted = /^("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*")$/.exec(rest);
  if (quoted) {
    const a = stripPrefix(unquote(quoted[1]!), 'a/');
    const b = stripPrefix(unquote(quoted[2]!), 'b/');
    return a === b ? b : undefined;
  }
  if ((rest.length - 5) % 2 !== 0 || !rest.startsWith('a/')) return undefined;
  const len = (rest.length - 5) / 2;
  const path = rest.slice(2, 2 + len);
  return rest.slice(2 + len) === ` b/${path}` ? path : undefined;
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/**
 * Undo git's C-style path quoting (`"a\tb"`, `"caf\303\251"`): paths with control characters,
 * quotes or backslashes are written that way even with core.quotePath=false.
 */
export function unquote(text: string): string {
  const s = text.replace(/\t$/, '');
  if (!s.startsWith('"') || !s.endsWith('"') || s.length < 2) return s;
  const bytes: number[] = [];
  const body = s.slice(1, -1);
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      bytes.push(parseInt(oct, 8));
      i += oct.length;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i++;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

export function buildChangeSet(ref: string, base: string, toplevel: string, statuses: NameStatus[], hunks: Map<string, FileHunks>, untracked: string[]): ChangeSet {
  const files = new Map<string, FileChange>();
  const deleted: string[] = [];
  const STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', R: 'renamed', C: 'copied', T: 'type-changed' };
  for (const s of statuses) {
    if (s.status === 'D') {
      deleted.push(s.path);
      continue;
    }
    const status = STATUS[s.status] ?? 'modified';
    const h = hunks.get(s.path);
    // A block without hunks is a mode change or a pure rename: the file changed, none of its lines
    // did. A path the patch did not name at all (unexpected quoting) counts as wholly changed, so a
    // finding is over-reported rather than lost. A copy or a type change is a new file.
    const whole = status === 'added' || status === 'copied' || status === 'type-changed' || h === undefined || h.binary;
    files.set(s.path, { path: s.path, status, ...(s.from !== undefined ? { from: s.from } : {}), whole, added: h?.added ?? [], deletions: h?.deletions ?? [] });
  }
  for (const path of untracked) files.set(path, { path, status: 'untracked', whole: true, added: [], deletions: [] });
  return { ref, base, toplevel, files, deleted: deleted.sort() };
}

/**
 * Whether lines first..last of a changed file were touched: an added or modified line among them,
 * or lines deleted from between two of them (a line removed from the middle of a multi-line
 * construct changes the construct).
 */
export function touches(change: FileChange, first: number, last: number): boolean {
  if (change.whole) return true;
  if (change.added.some((r) => r.first <= last && r.last >= first)) return true;
  return change.deletions.some((after) => after >= first && after + 1 <= last);
}

/** Rule ids whose findings are about a whole file (anchored on an owner, or about the tool run). */
export type FileLevelRule = (ruleId: string) => boolean;

/**
 * Keep the findings diff mode reports: a finding whose span touches a changed line; a file-level
 * finding (absence rules, parse failures) of a changed file; a cross-file finding whose related
 * location touches a changed line. Notices about unchanged files are dropped too, and one notice
 * says how many findings were left out.
 */
export function filterToChanges(result: RunResult, changes: ChangeSet, fileLevel: FileLevelRule): RunResult {
  const byRel = rebase(changes, result.root);
  const touched = (path: string, first: number, last: number): boolean => {
    const c = byRel.get(path);
    return c !== undefined && touches(c, first, last);
  };
  const keep = (f: Finding): boolean =>
    (byRel.has(f.path) && fileLevel(f.ruleId)) ||
    touched(f.path, f.start.line, endLine(f.start, f.end)) ||
    f.related.some((r) => touched(r.path, r.start.line, endLine(r.start, r.end)));
  const findings = result.findings.filter(keep);
  const dropped = result.findings.length - findings.length;
  const notices = result.notices.filter((n) => n.path === undefined || byRel.has(n.path));
  const short = changes.base.slice(0, 12);
  notices.push({
    level: 'note',
    id: 'changed-since',
    message: `diff mode: ${changes.files.size} file${changes.files.size === 1 ? '' : 's'} changed since ${short} (merge base of ${changes.ref}); ${dropped} finding${dropped === 1 ? '' : 's'} on unchanged lines not shown`,
  });
  return { ...result, findings, notices };
}

/** The last line a span covers: an exclusive end at column 1 of a later line ends on the line before. */
function endLine(start: { line: number }, end: { line: number; column: number }): number {
  return end.column === 1 && end.line > start.line ? end.line - 1 : end.line;
}

/** Change set keyed by paths relative to the run's root (which may sit below the git top level). */
function rebase(changes: ChangeSet, root: string): Map<string, FileChange> {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const top = real(changes.toplevel);
  const runRoot = real(root);
  const out = new Map<string, FileChange>();
  for (const [path, change] of changes.files) {
    const rel = relative(runRoot, join(top, path));
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
    out.set(sep === '/' ? rel : rel.split(sep).join('/'), change);
  }
  return out;
}
