/**
 * Is this unit an *application* service (your bot, API or worker) or a piece of the operating
 * system (a distribution's daemon, a boot-time helper)? Rules about how an application should run
 * (SD004 not as root, SD010 with a memory limit) only make sense for the first: system daemons such
 * as `sshd`, `dockerd` or `systemd-udevd` start as root by design and drop privileges themselves,
 * and the distribution sizes them.
 *
 * The answer comes from what `ExecStart=` runs, after wrappers (`env`, `nohup`, `python -m`...):
 * - an interpreter or runtime (`python`, `node`, `java`, `bash script.sh`...) or an application
 *   server (`gunicorn`, `uvicorn`, `celery`, `pm2`...) is an application, unless the script it runs
 *   lives in a system directory (`/usr/lib/foo/daemon.py`);
 * - a program in an application directory (`/opt`, `/srv`, `/home`, `/root`, `/var/www`,
 *   `/usr/local`, a relative path, or a directory that is not part of the Filesystem Hierarchy
 *   Standard such as `/app` or `/v3`) is an application;
 * - a program in `/usr/bin`, `/usr/sbin`, `/bin`, `/sbin`, `/usr/lib*`, `/lib*`, `/usr/libexec`,
 *   `/usr/share` or `/etc` is the system's;
 * - anything else (a bare name looked up in `$PATH`, `$VAR`, `/var/lib/...`) is unknown.
 * Any application command among the effective `ExecStart=` lines makes the unit an application.
 */
import type { ProjectModel } from '../project.js';
import { baseName } from '../shell/unwrap.js';
import type { Command, Word } from '../types.js';
import { assignments, isTemplated, type UnitView } from './units.js';

export type ServiceKind = 'application' | 'system' | 'unknown';

/** Interpreters and runtimes: what they run is an application unless it lives in a system directory. */
const INTERPRETER = /^(python[\d.]*|pypy3?|node|nodejs|bun|deno|java|ruby|php[\d.]*|perl|dotnet|mono|elixir|iex|mix|Rscript|julia|lua|luajit|sh|bash|dash|zsh|ksh)$/;

/** Application servers, task runners and process managers (PyPI/npm/gem tools, not OS daemons). */
const APP_PROGRAMS = new Set([
  'gunicorn', 'uvicorn', 'hypercorn', 'daphne', 'waitress-serve', 'granian', 'celery', 'rq', 'dramatiq',
  'huey_consumer', 'huey_consumer.py', 'arq', 'streamlit', 'flask', 'django-admin', 'manage.py', 'npm', 'yarn',
  'pnpm', 'npx', 'pm2', 'pm2-runtime', 'forever', 'ts-node', 'tsx', 'bundle', 'rails', 'rackup', 'puma', 'unicorn',
  'sidekiq', 'thin', 'jupyter', 'jupyterhub', 'gradle', 'mvn',
]);

/** Script files an interpreter runs. */
const SCRIPT = /\.(py|pyw|js|mjs|cjs|ts|rb|php|pl|sh|bash|jar|dll|exs|lua|R)$/;

/** Top-level directories of the Filesystem Hierarchy Standard; any other top level is the owner's. */
const FHS_TOP = new Set(['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32', 'usr', 'etc', 'var', 'opt', 'srv', 'home', 'root', 'boot', 'dev', 'proc', 'sys', 'run', 'tmp', 'mnt', 'media', 'snap', 'nix', 'gnu']);

/** Where a path points: an application's directory, the system's, or unknown. */
export function locationOf(path: string): ServiceKind {
  if (path.startsWith('~') || path.startsWith('%h') || path.startsWith('$HOME') || path.startsWith('${HOME}')) return 'application';
  if (!path.startsWith('/')) return path.includes('/') ? 'application' : 'unknown';
  const parts = path.split('/').filter((p) => p !== '');
  const [top, second] = parts;
  if (top === undefined) return 'unknown';
  if (!FHS_TOP.has(top)) return 'application';
  switch (top) {
    case 'opt':
    case 'srv':
    case 'home':
    case 'root':
    case 'mnt':
    case 'media':
      return 'application';
    case 'usr':
      return second === 'local' ? 'application' : 'system';
    case 'var':
      return second === 'www' ? 'application' : 'unknown';
    case 'bin':
    case 'sbin':
    case 'lib':
    case 'lib32':
    case 'lib64':
    case 'libx32':
    case 'etc':
      return 'system';
    default:
      return 'unknown';
  }
}

function isFlag(w: Word): boolean {
  return w.value !== null && w.value.startsWith('-');
}

/** Classify one command of an `ExecStart=` line. */
export function commandKind(cmd: Command): ServiceKind {
  if (cmd.wrappers.includes('python -m')) return 'application'; // `python -m mybot`
  const program = cmd.argv[0]?.value;
  const name = baseName(program);
  if (program === undefined || program === null || name === undefined) return 'unknown';
  // A deployment template (`{install_prefix}/bin/app`): where it lives is decided later.
  if (isTemplated(program)) return 'unknown';
  if (INTERPRETER.test(name) || APP_PROGRAMS.has(name)) {
    const args = cmd.argv.slice(1);
    // `bash -c '...'`: the commands inside are classified on their own.
    if (/^(sh|bash|dash|zsh|ksh)$/.test(name) && args.some((w) => w.value !== null && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.value))) return 'unknown';
    const target = args.find((w) => !isFlag(w) && w.value !== null && (w.value.includes('/') || SCRIPT.test(w.value)));
    if (target?.value) return isTemplated(target.value) ? 'unknown' : locationOf(target.value) === 'system' ? 'system' : 'application';
    if (APP_PROGRAMS.has(name)) return 'application';
    // `php artisan queue:work`, `ruby app`: an interpreter given something of its own to run.
    return args.some((w) => !isFlag(w)) ? 'application' : 'unknown';
  }
  if (SCRIPT.test(name) && !program.includes('/')) return 'application';
  return locationOf(program);
}

/** The commands of the `ExecStart=` lines in effect (including those inside `sh -c '...'`). */
export function startCommands(view: UnitView, project: ProjectModel): Command[] {
  const out: Command[] = [];
  for (const { directive, part } of assignments(view, ['Service'], ['ExecStart'])) {
    const facts = project.byPath.get(part.file.rel)?.facts;
    for (const cmd of facts?.commands ?? []) {
      if (cmd.carrier.label === 'ExecStart' && cmd.carrier.span.start === directive.span.start) out.push(cmd);
    }
  }
  return out;
}

export function serviceKind(view: UnitView, project: ProjectModel): ServiceKind {
  let kind: ServiceKind = 'unknown';
  for (const cmd of startCommands(view, project)) {
    const k = commandKind(cmd);
    if (k === 'application') return 'application';
    if (k === 'system') kind = 'system';
  }
  return kind;
}

/**
 * A unit for a user's own service manager (`systemctl --user`): it runs as that user, so `User=`
 * is neither needed nor allowed. Recognised by a `user/` directory in its path
 * (`~/.config/systemd/user/`, `contrib/systemd/user/`) or an [Install] section that only names
 * `default.target`, the user manager's boot target.
 */
export function isUserUnit(view: UnitView): boolean {
  const main = view.main ?? view.parts[0];
  if (!main) return false;
  if (/(^|\/)user\//.test(main.file.rel)) return true;
  const targets = assignments(view, ['Install'], ['WantedBy', 'RequiredBy']).flatMap((s) => s.directive.value.text.trim().split(/\s+/));
  return targets.length > 0 && targets.every((t) => t === 'default.target');
}

/**
 * Operating-system plumbing rather than a service: systemd's own components (programs under
 * `/lib/systemd`, `/usr/lib/systemd`, or a bare `systemd-*` name) and units with `DefaultDependencies=no`, which run in early
 * boot or late shutdown (emergency shells, fsck, journald).
 */
export function isOsPlumbing(view: UnitView, project: ProjectModel): boolean {
  const dd = assignments(view, ['Unit'], ['DefaultDependencies']);
  if (/^(0|no|n|false|f|off)$/i.test(dd[dd.length - 1]?.directive.value.text.trim() ?? '')) return true;
  return startCommands(view, project).some((cmd) => /^(\/(usr\/)?lib\/systemd\/|systemd-)/.test(cmd.argv[0]?.value ?? ''));
}
