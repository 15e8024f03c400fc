/**
 * Output sent to a file: which shell redirects of a command write its stdout or stderr to a
 * regular file (not `/dev/null`, not another descriptor, not the container's stdout), and which
 * files a logrotate configuration in the project rotates.
 */
import { posix } from 'node:path';
import { compileGlobs, globProblem } from '../config/glob.js';
import { diskRead } from '../disk.js';
import type { ProjectModel } from '../project.js';
import type { Command } from '../types.js';
import type { ShellRedirect } from './script.js';

export interface FileRedirect {
  redirect: ShellRedirect;
  /** The target as written (`/tmp/api.log`, `"$LOG_DIR/api.log"`). */
  target: string;
  /** The static path, when it has no expansion. */
  path: string | null;
  append: boolean;
}

/** Operators that send output somewhere (tree-sitter-bash `file_redirect` operators). */
const OUTPUT_OPERATORS = new Set(['>', '>>', '&>', '&>>', '>|', '>&']);
/** Targets that are not files that grow: the bit bucket, the process's own descriptors, terminals. */
const NOT_A_FILE = /^(\/dev\/(null|stdout|stderr|tty\w*|console|fd\/\d+|pts\/\d+)|\/proc\/(self|1|\d+)\/fd\/\d+|-)$/;

/** Redirects of a command that write its output to a file. */
export function fileRedirects(cmd: Command): FileRedirect[] {
  const out: FileRedirect[] = [];
  for (const r of cmd.shell?.redirects ?? []) {
    if (!OUTPUT_OPERATORS.has(r.operator) || !r.target) continue;
    const path = r.target.value;
    const text = r.target.text;
    // `2>&1`, `>&2`: another descriptor, not a file.
    if (r.operator === '>&' && path !== null && /^\d+-?$/.test(path)) continue;
    if (path !== null && NOT_A_FILE.test(path)) continue;
    // An expansion: only a name that says it is a log (`"$LOG_DIR/api.log"`) counts; `$OUT` may be /dev/null.
    if (path === null && !/log/i.test(text)) continue;
    out.push({ redirect: r, target: text, path, append: r.operator.endsWith('>>') });
  }
  return out;
}

/** Files the project's logrotate configuration rotates, as path patterns. */
export interface RotatedLogs {
  matches(path: string): boolean;
  /** The configuration files read. */
  configs: string[];
}

const cache = new WeakMap<ProjectModel, RotatedLogs>();
/** A logrotate file: `logrotate.conf`, `logrotate.d/app`, `deploy/app.logrotate`. */
const LOGROTATE_FILE = /(^|\/)logrotate[^/]*(\/[^/]+)?$|\.logrotate$/;
const MAX_CONFIG = 64 * 1024;

/** The log paths named by the project's logrotate configurations (`/var/log/app/*.log {`). */
export function rotatedLogs(project: ProjectModel): RotatedLogs {
  let known = cache.get(project);
  if (known) return known;
  const globs: string[] = [];
  const configs: string[] = [];
  for (const file of project.files) {
    if (!LOGROTATE_FILE.test(file.rel) || file.abs === '') continue;
    const text = file.text ?? readSmall(file.abs);
    if (text === undefined) continue;
    const found = logrotatePaths(text);
    if (found.length) configs.push(file.rel);
    // The config globs match repository-relative paths; logrotate's are absolute, so both sides
    // drop the leading `/`. A glob the config matcher refuses (too many stars) is left out.
    for (const glob of found.map(withoutRoot)) if (glob !== '' && globProblem(glob) === undefined) globs.push(glob);
  }
  const matcher = compileGlobs(globs);
  known = { matches: (path) => matcher(withoutRoot(posix.normalize(path))), configs };
  cache.set(project, known);
  return known;
}

function readSmall(abs: string): string | undefined {
  const r = diskRead(abs, MAX_CONFIG);
  return 'text' in r ? r.text : undefined;
}

/** Paths before a `{` in a logrotate configuration (outside the blocks), one or more per stanza. */
export function logrotatePaths(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const raw of text.split(/\r?\n/)) {
    const hash = raw.indexOf('#');
    const line = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (line === '') continue;
    if (depth === 0) {
      const head = line.split('{')[0]!;
      for (const word of head.split(/\s+/)) {
        const w = word.replace(/^["']|["']$/g, '');
        if (w.startsWith('/') || w.includes('*')) out.push(w);
      }
    }
    for (const ch of line) {
      if (ch === '{') depth++;
      else if (ch === '}') depth = Math.max(0, depth - 1);
    }
  }
  return out;
}

function withoutRoot(path: string): string {
  let i = 0;
  while (path.charCodeAt(i) === 0x2f) i++;
  return path.slice(i);
}
