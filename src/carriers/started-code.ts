/**
 * The program file a start command runs: `python app.py`, `python -u /app/main.py`, `python -m
 * pkg.main` (seen through the `python -m` wrapper), `node dist/server.js`, `tsx src/index.ts`.
 * Rules that judge code by where it runs (SH010: a server bound to loopback inside a container)
 * ask which repository file that is.
 *
 * Paths are resolved the way an image usually lays the build context out: relative to the
 * carrier's directory (the Dockerfile's build context, the compose file's directory, the directory
 * of the script a carrier starts); an absolute path in the image (`/app/main.py`) or one the image
 * moved (`COPY src/ .`) is matched by path suffix among the repository's files under that
 * directory, the nearest one first. Build output maps back to its source for Node (see
 * `js/process-scope.ts`); that resolution is the process scopes' own.
 */
import { posix } from 'node:path';
import type { ProjectModel } from '../project.js';
import { baseName, isPythonWord } from '../shell/unwrap.js';
import type { Command } from '../types.js';
import { runTarget } from './packagejson.js';

export type StartedCode =
  | { lang: 'python'; file: string; word: string }
  | { lang: 'node'; spec: string; dirs: string[] };

const NODE_RUNTIMES = new Set(['node', 'nodejs', 'ts-node', 'ts-node-esm', 'tsx', 'bun', 'babel-node', 'esno']);
const NODE_SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
/** Interpreter options that take a value (`python -W ignore app.py`). */
const PYTHON_VALUE_FLAGS = new Set(['-W', '-X', '-Q']);
const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The directories a command's relative paths are read from: its own file's, then those of the carriers that start it. */
export function commandDirs(cmd: Command, project: ProjectModel): string[] {
  const own = posix.dirname(cmd.carrier.source.path);
  const vias = cmd.via.length ? cmd.via : (project.startedBy.get(cmd.carrier.source.path) ?? []);
  const dirs = [own, ...vias.map((v) => posix.dirname(v.path))];
  return [...new Set(dirs)];
}

/**
 * A Dockerfile `CMD` that only gives arguments to an `ENTRYPOINT` that is a bare interpreter
 * (`ENTRYPOINT ["python3"]` + `CMD ["app.py"]`, `ENTRYPOINT ["node"]` + `CMD ["server.js"]`): the
 * words the container actually runs. Undefined when the pair is not of that shape.
 */
export function withInterpreterEntrypoint(cmd: Command, entrypoint: Command | undefined): Command | undefined {
  if (!entrypoint || cmd.carrier.kind !== 'dockerfile' || cmd.carrier.label !== 'CMD' || entrypoint.carrier.label !== 'ENTRYPOINT') return undefined;
  if (cmd.carrier.shellForm || entrypoint.carrier.shellForm) return undefined;
  const head = entrypoint.argv[0];
  const interpreter = isPythonWord(head) || NODE_RUNTIMES.has(baseName(head?.value) ?? '');
  if (!interpreter || entrypoint.wrappers.length || entrypoint.argv.slice(1).some((w) => !w.value?.startsWith('-'))) return undefined;
  return { ...cmd, argv: [...entrypoint.argv, ...cmd.argv], wrappers: [] };
}

/**
 * `npm start`, `npm run serve`, `yarn start`, `pnpm run start:prod`: the package.json script it
 * runs (`runTarget`, as the package.json carriers read it), from the package.json beside the
 * command (or the carrier that starts it). The script's commands are returned in order; the caller
 * asks `startedCode` of each.
 */
export function packageScriptCommands(cmd: Command, project: ProjectModel): Command[] {
  const script = runTarget(cmd);
  if (!script) return [];
  for (const dir of commandDirs(cmd, project)) {
    const pkg = project.byPath.get(posix.join(dir, 'package.json'));
    if (pkg?.kind !== 'packagejson') continue;
    return (pkg.facts?.commands ?? []).filter((c) => c.carrier.owner === script);
  }
  return [];
}

/** The program file a start command runs, when it is a Python or Node file of the repository. */
export function startedCode(cmd: Command, project: ProjectModel): StartedCode | undefined {
  const argv = cmd.argv;
  const dirs = commandDirs(cmd, project);
  const pythonModule = (mod: string | null | undefined): StartedCode | undefined => {
    if (!mod || !MODULE_NAME.test(mod)) return undefined;
    const path = mod.replace(/\./g, '/');
    const file = findFile(project, dirs, [`${path}.py`, `${path}/__main__.py`], ['', 'src/']);
    return file ? { lang: 'python', file, word: mod } : undefined;
  };
  // `python -m pkg.main`: the wrapper is gone, the module is the program.
  if (cmd.wrappers.at(-1) === 'python -m') return pythonModule(argv[0]?.value);
  if (isPythonWord(argv[0])) {
    let i = 1;
    while (i < argv.length) {
      const v = argv[i]!.value;
      if (v === null) return undefined;
      if (!v.startsWith('-')) break;
      // `-c code`: no file.
      if (v === '-c' || v === '-') return undefined;
      if (v === '-m') return pythonModule(argv[i + 1]?.value);
      i += PYTHON_VALUE_FLAGS.has(v) ? 2 : 1;
    }
    const script = argv[i]?.value;
    if (!script || !script.endsWith('.py')) return undefined;
    const file = findFile(project, dirs, [script], ['']);
    return file ? { lang: 'python', file, word: script } : undefined;
  }
  const prog = baseName(argv[0]?.value);
  if (prog && NODE_RUNTIMES.has(prog)) {
    const script = argv.slice(1).find((w) => w.value !== null && !w.value.startsWith('-') && NODE_SOURCE.test(w.value))?.value;
    return script ? { lang: 'node', spec: script, dirs } : undefined;
  }
  return undefined;
}

/**
 * The repository file for a path a command names: relative to one of `dirs` (each with the
 * prefixes tried, `src/` for a package laid out under it), else the file under `dirs[0]` whose path
 * ends like it, dropping leading directories of an absolute image path (`/app/main.py` ->
 * `main.py`). Ambiguous suffix matches (two `main.py` at the same depth) give nothing.
 */
function findFile(project: ProjectModel, dirs: readonly string[], paths: readonly string[], prefixes: readonly string[]): string | undefined {
  const isFile = (rel: string) => project.byPath.has(rel);
  for (const path of paths) {
    if (path.startsWith('/')) continue;
    for (const dir of dirs) {
      for (const prefix of prefixes) {
        const rel = posix.normalize(posix.join(dir, prefix, path));
        if (!rel.startsWith('../') && isFile(rel)) return rel;
      }
    }
  }
  const base = dirs[0] ?? '.';
  const under = (rel: string) => base === '.' || rel.startsWith(`${base}/`);
  for (const path of paths) {
    const parts = path.replace(/^\/+/, '').replace(/^\.\//, '').split('/');
    for (let i = 0; i < parts.length; i++) {
      const tail = parts.slice(i).join('/');
      if (!tail) continue;
      const hits = project.files.filter((f) => under(f.rel) && (f.rel === tail || f.rel.endsWith(`/${tail}`))).map((f) => f.rel);
      if (hits.length === 0) continue;
      const depth = (rel: string) => rel.split('/').length;
      hits.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1));
      if (hits.length > 1 && depth(hits[0]!) === depth(hits[1]!)) return undefined;
      return hits[0];
    }
  }
  return undefined;
}
