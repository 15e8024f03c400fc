/**
 * Seeing through wrappers: `exec`, `nohup`, `env X=1`, `sudo -u app`, `timeout 30`, `poetry run`,
 * `uv run`, `npx`, `python -m uvicorn`... A rule written for `uvicorn` then fires however the
 * command was launched. Option lists are the documented flags of each tool (man pages of
 * coreutils `env`/`timeout`/`nice`, sudo(8), setsid(1), tini/dumb-init READMEs, uv/poetry CLI docs).
 */
import type { ShellWord } from './script.js';
import type { Word } from '../types.js';
import { lastSegment } from '../paths.js';

export interface Unwrapped {
  argv: ShellWord[];
  wrappers: string[];
  /** `NAME=value` words given to `env`. */
  envWords: ShellWord[];
}

/** Last path segment of a static word, e.g. `/usr/local/bin/uvicorn` -> `uvicorn`. */
export function baseName(value: string | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : lastSegment(value);
}

const PYTHON = /^(python|python[23](\.\d+)?|pypy3?)$/;
/** A dynamic word that names a Python interpreter: `"$PYTHON_BIN"`, `${PYTHON}`, `$VENV/bin/python`. */
const PYTHON_VAR = /^"?\$\{?[A-Za-z_]*PY[A-Za-z_]*\}?"?$|python[\d.]*"?$/i;

export function isPython(w: ShellWord | undefined): boolean {
  return isPythonWord(w?.word);
}

export function isPythonWord(w: Word | undefined): boolean {
  if (!w) return false;
  const name = baseName(w.value);
  if (name !== undefined) return PYTHON.test(name);
  return PYTHON_VAR.test(w.text);
}

interface Spec {
  /** Flags that take a separate value (`-u root`). */
  withValue?: readonly string[];
  /** Number of positional arguments before the wrapped command (`timeout 30 cmd`). */
  positional?: number;
  /** Consumes NAME=value words (env). */
  assignments?: boolean;
}

const WRAPPERS: Record<string, Spec> = {
  exec: { withValue: ['-a'] },
  nohup: {},
  setsid: {},
  time: { withValue: ['-f', '-o'] },
  nice: { withValue: ['-n'] },
  ionice: { withValue: ['-c', '-n', '-p'] },
  chrt: { positional: 1 },
  taskset: { positional: 1 },
  stdbuf: { withValue: ['-i', '-o', '-e'] },
  env: { withValue: ['-u', '-C', '-S'], assignments: true },
  sudo: { withValue: ['-u', '-g', '-C', '-D', '-h', '-p', '-R', '-r', '-t', '-T', '-U'] },
  doas: { withValue: ['-u', '-C'] },
  timeout: { withValue: ['-s', '-k', '--signal', '--kill-after'], positional: 1 },
  gosu: { positional: 1 },
  'su-exec': { positional: 1 },
  chpst: { withValue: ['-u', '-U', '-e', '-/', '-n', '-l', '-L', '-m', '-d', '-o', '-p', '-f', '-c', '-t'] },
  tini: { withValue: ['-s', '-e', '-p'] },
  'dumb-init': { withValue: ['-r', '--rewrite'] },
  catatonit: {},
  npx: { withValue: ['-p', '--package', '-c', '--call'] },
  bunx: {},
  xargs: { withValue: ['-n', '-I', '-P', '-L', '-d', '-s', '-a', '-E'] },
};

/** Two-word wrappers: `poetry run X`, `uv run X`, `pipenv run X`, `pnpm exec X`. */
const RUNNERS: Record<string, { sub: string; withValue: readonly string[] }> = {
  poetry: { sub: 'run', withValue: ['-C', '--directory', '-P', '--project'] },
  uv: { sub: 'run', withValue: ['--with', '--python', '-p', '--project', '--directory', '--env-file', '--package', '--group', '--extra', '--index', '--from'] },
  pipenv: { sub: 'run', withValue: [] },
  pdm: { sub: 'run', withValue: ['-p', '--project'] },
  hatch: { sub: 'run', withValue: ['-e', '--env'] },
  rye: { sub: 'run', withValue: [] },
  pnpm: { sub: 'exec', withValue: ['-C', '--dir', '--filter', '-F'] },
  bun: { sub: 'x', withValue: [] },
};

/** Python interpreter flags that take a value (`python -W ignore -m X`). */
const PYTHON_FLAGS_WITH_VALUE = new Set(['-W', '-X', '-Q']);

function skipOptions(words: ShellWord[], i: number, withValue: readonly string[] = []): number {
  while (i < words.length) {
    const v = words[i]!.word.value;
    if (v === '--') return i + 1;
    if (v === null || !v.startsWith('-') || v === '-') return i;
    const name = v.includes('=') ? v.slice(0, v.indexOf('=')) : v;
    i += withValue.includes(name) && !v.includes('=') ? 2 : 1;
  }
  return i;
}

const MAX_LAYERS = 8;

export function unwrap(words: ShellWord[]): Unwrapped {
  let argv = words;
  const wrappers: string[] = [];
  const envWords: ShellWord[] = [];
  for (let layer = 0; layer < MAX_LAYERS && argv.length > 0; layer++) {
    const head = argv[0]!;
    const name = baseName(head.word.value);
    const spec = name !== undefined ? WRAPPERS[name] : undefined;
    if (spec) {
      let i = skipOptions(argv, 1, spec.withValue);
      if (spec.assignments) {
        while (i < argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i]!.word.value ?? '')) envWords.push(argv[i++]!);
        i = skipOptions(argv, i, spec.withValue);
      }
      i += spec.positional ?? 0;
      if (i >= argv.length) break; // `exec` alone, `env` printing the environment
      wrappers.push(name!);
      argv = argv.slice(i);
      continue;
    }
    const runner = name !== undefined ? RUNNERS[name] : undefined;
    if (runner) {
      const subAt = skipOptions(argv, 1, runner.withValue);
      if (argv[subAt]?.word.value !== runner.sub) break;
      const i = skipOptions(argv, subAt + 1, runner.withValue);
      if (i >= argv.length) break;
      wrappers.push(`${name} ${runner.sub}`);
      argv = argv.slice(i);
      continue;
    }
    if (isPython(head)) {
      let i = 1;
      while (i < argv.length) {
        const v = argv[i]!.word.value;
        if (v === null || !v.startsWith('-') || v === '-m') break;
        i += PYTHON_FLAGS_WITH_VALUE.has(v) ? 2 : 1;
      }
      if (argv[i]?.word.value === '-m' && i + 1 < argv.length) {
        wrappers.push('python -m');
        argv = argv.slice(i + 1);
        continue;
      }
    }
    break;
  }
  return { argv, wrappers, envWords };
}
