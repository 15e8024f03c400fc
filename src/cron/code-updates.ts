/**
 * Commands that replace code in place, and the directory they write to: `git pull` (also `git
 * reset --hard`, `git checkout -f`), `rsync … DEST`, and an archive unpacked from a download
 * (`wget -qO- URL | tar xz -C DIR`, `curl -sL URL | tar -x`). The directory comes from `git -C`,
 * `--work-tree=`, rsync's destination, `tar -C`, or the last static `cd` before the command in the
 * same job or script; it is undefined when none of these says.
 */
import { posix } from 'node:path';
import { between } from '../shell/query.js';
import { baseName } from '../shell/unwrap.js';
import type { Span } from '../source.js';
import type { Command } from '../types.js';

export interface CodeUpdate {
  command: Command;
  /** `git pull`, `rsync`, `wget | tar`. */
  what: string;
  span: Span;
  dir?: string;
}

/** Directory changes of a command list: the working directory before each command (undefined: unknown). */
export function workingDirs(commands: readonly Command[], start?: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  let cwd = start;
  for (const c of commands) {
    out.push(cwd);
    if (baseName(c.argv[0]?.value) === 'cd' && !c.shell?.inSubstitution) {
      const target = c.argv.slice(1).find((w) => w.value === null || !w.value.startsWith('-'));
      cwd = target?.value ? resolveDir(cwd, target.value) : undefined;
    }
  }
  return out;
}

function resolveDir(cwd: string | undefined, target: string): string | undefined {
  if (target.startsWith('/')) return normalize(target);
  if (target.startsWith('~')) return undefined;
  return cwd ? normalize(posix.join(cwd, target)) : undefined;
}

export function normalize(dir: string): string {
  const n = posix.normalize(dir);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

/** One directory is the other or holds it. */
export function sameTree(a: string, b: string): boolean {
  return a === b || a.startsWith(b + '/') || b.startsWith(a + '/') || a === '/' || b === '/';
}

export function codeUpdates(commands: readonly Command[], start?: string): CodeUpdate[] {
  const dirs = workingDirs(commands, start);
  const out: CodeUpdate[] = [];
  commands.forEach((c, i) => {
    const u = git(c, dirs[i]) ?? rsync(c, dirs[i]) ?? untar(c, commands, dirs[i]);
    if (u) out.push(u);
  });
  return out;
}

function git(c: Command, cwd: string | undefined): CodeUpdate | undefined {
  const argv = c.argv;
  if (baseName(argv[0]?.value) !== 'git') return undefined;
  let dir = cwd;
  let k = 1;
  for (; k < argv.length; k++) {
    const v = argv[k]!.value;
    if (v === null) return undefined;
    if (v === '-C') {
      const d = argv[++k]?.value;
      dir = d ? resolveDir(cwd, d) : undefined;
    } else if (v.startsWith('--work-tree=')) dir = resolveDir(cwd, v.slice('--work-tree='.length));
    else if (v === '-c' || v === '--git-dir' || v === '--work-tree') k++;
    else if (!v.startsWith('-')) break;
  }
  const sub = argv[k];
  const rest = argv.slice(k + 1).map((w) => w.value);
  const updates = sub?.value === 'pull' || (sub?.value === 'reset' && rest.includes('--hard')) || (sub?.value === 'checkout' && (rest.includes('-f') || rest.includes('--force')));
  if (!sub || !updates) return undefined;
  return { command: c, what: `git ${sub.value}`, span: between(argv[0]!, sub), ...(dir ? { dir } : {}) };
}

function rsync(c: Command, cwd: string | undefined): CodeUpdate | undefined {
  const argv = c.argv;
  if (baseName(argv[0]?.value) !== 'rsync') return undefined;
  const positional = argv.slice(1).filter((w) => w.value === null || !w.value.startsWith('-'));
  if (positional.length < 2) return undefined;
  const dest = positional[positional.length - 1]!.value;
  // A remote destination (`host:/path`) is another machine.
  if (!dest || /^[^/]*:/.test(dest)) return undefined;
  const dir = resolveDir(cwd, dest);
  return { command: c, what: 'rsync', span: argv[0]!.span, ...(dir ? { dir } : {}) };
}

function untar(c: Command, all: readonly Command[], cwd: string | undefined): CodeUpdate | undefined {
  const argv = c.argv;
  const name = baseName(argv[0]?.value);
  if (name !== 'tar' || !c.shell?.pipe || c.shell.pipe.index === 0) return undefined;
  const flags = argv.slice(1).map((w) => w.value ?? '');
  if (!flags.some((f) => /^-?[a-zA-Z]*x/.test(f) && !f.startsWith('--') ) && !flags.includes('--extract')) return undefined;
  const fetcher = all.find((o) => o.shell && o.shell.top === c.shell!.top && o.shell.pipe && o.shell.pipe.index < c.shell!.pipe!.index && ['wget', 'curl'].includes(baseName(o.argv[0]?.value) ?? ''));
  if (!fetcher) return undefined;
  const ci = flags.findIndex((f) => f === '-C' || f === '--directory');
  const d = ci >= 0 ? argv[ci + 2]?.value : flags.find((f) => f.startsWith('--directory='))?.slice('--directory='.length);
  const dir = d ? resolveDir(cwd, d) : cwd;
  return { command: c, what: `${baseName(fetcher.argv[0]!.value)} | tar`, span: between(fetcher.argv[0]!, argv[0]!), ...(dir ? { dir } : {}) };
}
