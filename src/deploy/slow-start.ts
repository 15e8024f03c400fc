/**
 * Why a service's start may be slow, read from its start commands: migrations applied first
 * (`alembic upgrade`, `manage.py migrate`...), packages installed at start, waiting for other
 * services (`wait-for-it`, `dockerize -wait`), or a Python entry module that blocks on a Postgres
 * advisory lock (`pg_advisory_lock(`, the single-instance guard of seed 001). Used to judge how
 * much startup grace a health check leaves.
 */
import { posix } from 'node:path';
import { migrationCommand } from '../docker/migrations.js';
import { readProjectText } from '../docker/project-files.js';
import type { ProjectModel } from '../project.js';
import { programName, subcommand } from '../shell/query.js';
import { isPythonWord } from '../shell/unwrap.js';
import type { Command } from '../types.js';

const INSTALLERS = new Set(['pip', 'pip3', 'npm', 'yarn', 'pnpm', 'bundle', 'poetry', 'uv']);
const WAITERS = new Set(['wait-for-it', 'wait-for-it.sh', 'wait-for', 'wait-for.sh', 'dockerize']);

export function slowStartReason(model: ProjectModel, commands: readonly Command[]): string | undefined {
  for (const c of commands) {
    const m = migrationCommand(c);
    if (m) return `runs ${m.tool} first`;
    const prog = programName(c);
    if (!prog) continue;
    const sub = subcommand(c)?.value;
    if (INSTALLERS.has(prog) && (sub === 'install' || sub === 'ci' || sub === 'sync')) return `runs ${prog} ${sub} first`;
    if (WAITERS.has(prog) && (prog !== 'dockerize' || c.argv.some((w) => w.value === '-wait'))) return `waits for other services (${prog}) first`;
    const lock = advisoryLockIn(model, c);
    if (lock) return `blocks on a Postgres advisory lock (${lock})`;
  }
  return undefined;
}

/** The Python entry file of `python -m pkg.mod` / `python path/app.py`, when it takes a blocking advisory lock. */
function advisoryLockIn(model: ProjectModel, c: Command): string | undefined {
  let suffixes: string[] = [];
  if (c.wrappers.some((w) => w.endsWith('-m')) && c.argv[0]?.value) {
    const mod = c.argv[0].value.replace(/\./g, '/');
    suffixes = [`${mod}.py`, `${mod}/__main__.py`];
  } else if (isPythonWord(c.argv[0]) && c.argv[1]?.value?.endsWith('.py')) {
    suffixes = [posix.normalize(c.argv[1].value.replace(/^\/+/, ''))];
  }
  if (!suffixes.length) return undefined;
  for (const f of model.files) {
    if (f.kind !== 'python' || !suffixes.some((s) => f.rel === s || f.rel.endsWith('/' + s))) continue;
    const text = readProjectText(model, f.rel);
    if (text && /\bpg_advisory(_xact)?_lock\s*\(/.test(text)) return f.rel;
  }
  return undefined;
}
