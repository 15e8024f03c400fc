/**
 * What a command runs, as far as production hazards care: a long-running service (a server, a
 * worker, a database) rather than a short task; whether it detaches itself into the background;
 * whether it is a package manager running a package.json script. Rules ask these questions of
 * `Command.argv`, i.e. after wrappers (`exec`, `nohup`, `gosu`, `python -m`...) were seen through.
 *
 * The lists are deliberately closed: an unknown program is never guessed to be a service, because
 * a rule that calls `./run-tests` a server gets disabled. Flags are those documented by each tool
 * (mongod `--fork`, redis.conf `daemonize`, memcached `-d`, php-fpm `-D`, gunicorn `-D/--daemon`,
 * uWSGI `--daemonize`, sshd `-D`, cron `-f`, nginx `daemon off;`, pm2 `--no-daemon`).
 */
import type { Command, Word } from '../types.js';
import { findFlag, flagValue, subcommand } from './query.js';
import { baseName, isPythonWord } from './unwrap.js';

/**
 * `server`: a program whose only purpose is to keep running (uvicorn, celery worker, mongod,
 * `npm start`). `app`: an interpreter or binary running the project's own code (`python bot.py`,
 * `node dist/main.js`, `./server`, `"$@"`), which is long-running in a start script but could be a
 * one-off task elsewhere.
 */
export type ServiceStrength = 'server' | 'app';

export interface Service {
  strength: ServiceStrength;
  /** Short human name for messages: `gunicorn`, `python bot.py`, `npm start`, `"$@"`. */
  name: string;
  /** The word that names the program (argv[0], or the script for `python x.py`). */
  word: Word;
}

/** Programs that only ever run as long-lived services (any arguments but `--version`/`--help`). */
const SERVERS = new Set([
  // Python web servers and workers.
  'uvicorn', 'gunicorn', 'hypercorn', 'daphne', 'granian', 'uwsgi', 'waitress-serve', 'dramatiq', 'arq', 'huey_consumer', 'huey_consumer.py', 'sidekiq',
  // Ruby servers.
  'puma', 'unicorn', 'thin', 'passenger',
  // Web servers and proxies run in the foreground by their container images.
  'apache2-foreground', 'httpd-foreground', 'haproxy', 'traefik', 'envoy', 'supervisord', 'pm2-runtime',
  // Datastores and brokers.
  'mongod', 'mongos', 'postgres', 'postmaster', 'mysqld', 'mariadbd', 'redis-server', 'valkey-server', 'rabbitmq-server', 'memcached', 'nats-server', 'etcd',
  // Node static servers.
  'http-server',
]);

/**
 * Literal strings at least one of which a script that starts a service contains (a prefilter for
 * rules that look for services, so that scripts of plain utilities are never parsed for them).
 */
export const SERVICE_TRIGGERS: readonly string[] = Object.freeze([
  ...SERVERS, 'php-fpm', 'nginx', 'httpd', 'apache2', 'celery', 'rq', 'rails', 'caddy', 'streamlit', 'flask', 'next', 'nuxt', 'nuxi', 'manage.py', 'django-admin', 'artisan', 'serve',
  'python', 'pypy', 'PY', 'node', 'bun', 'deno', 'ts-node', 'tsx', 'ruby', 'perl', 'php', 'java', 'dotnet', 'npm', 'yarn', 'pnpm', 'bundle', '$@', '${@}', '$*', './', 'bin/', '/app', '/srv', '/opt', '/home', '/usr/local',
]);

/** Programs that are services with one of these subcommands. */
const SERVER_SUBCOMMANDS: Record<string, { subs: readonly string[]; withValue?: readonly string[] }> = {
  celery: { subs: ['worker', 'beat', 'flower', 'events'], withValue: ['-A', '--app', '-b', '--broker', '--result-backend', '--loader', '--config', '--workdir'] },
  rq: { subs: ['worker'] },
  rails: { subs: ['server', 's'], withValue: ['-e', '--environment'] },
  caddy: { subs: ['run'] },
  streamlit: { subs: ['run'] },
  flask: { subs: ['run'], withValue: ['--app', '-A', '--env-file', '-e'] },
  next: { subs: ['start'] },
  nuxt: { subs: ['start', 'preview'] },
  nuxi: { subs: ['start', 'preview'] },
  'manage.py': { subs: ['runserver', 'runworker', 'rqworker', 'qcluster', 'run_huey'], withValue: ['--settings', '--pythonpath'] },
  'django-admin': { subs: ['runserver'], withValue: ['--settings', '--pythonpath'] },
  artisan: { subs: ['serve', 'queue:work', 'queue:listen', 'horizon', 'octane:start', 'reverb:start', 'schedule:work'] },
  serve: { subs: [] },
};

/** Interpreters that run a file of the project's code: `node server.js`, `bun run src/index.ts`. */
const SCRIPT_RUNNERS = new Set(['node', 'nodejs', 'bun', 'deno', 'ts-node', 'tsx', 'ruby', 'perl', 'php']);
/** Interpreter options that take a value (node `-r x`, python `-W x`). */
const RUNNER_FLAGS_WITH_VALUE = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '-W', '-X', '-Q', '--env-file', '-C', '--conditions', '--max-old-space-size']);
/** `python -m X` modules that are tools, not the project's service. */
const PYTHON_TOOL_MODULES = /^(pip|pytest|unittest|venv|virtualenv|ensurepip|compileall|py_compile|alembic|django|black|isort|mypy|ruff|flake8|pylint|coverage|build|twine|json\.tool|pydoc|timeit|nltk\.downloader|spacy|playwright|grpc_tools\.protoc|pre_commit|pipx|poetry|pdm|uv|setuptools|wheel|doctest|cProfile|pdb|site|sysconfig|zipapp|tabnanny|trace|webbrowser)$/;
/** Script names that announce a one-off task: `python wait_for_db.py`, `node scripts/seed.js`. */
const ONE_OFF_SCRIPT = /(^|[\/_.-])(migrat\w*|seed\w*|setup|init\w*|install\w*|wait\w*|check\w*|tests?|create\w*|collect\w*|download\w*|generate\w*|gen|build\w*|backup\w*|fixtures?|prepare\w*|populate\w*|health\w*|ping|bootstrap\w*|compile\w*|lint\w*|upgrade\w*|update\w*|clean\w*|reset\w*|export\w*|import\w*|convert\w*|dump\w*|load\w*|fetch\w*|sync\w*|deploy\w*|scripts?\/)/i;
/** Basenames that are never the service even when given by path (`/bin/chown`, `/usr/bin/env`). */
const UTILITIES = new Set([
  'echo', 'printf', 'cat', 'cp', 'mv', 'rm', 'mkdir', 'rmdir', 'chmod', 'chown', 'chgrp', 'ln', 'touch', 'sed', 'awk', 'gawk', 'grep', 'egrep', 'find', 'ls', 'test', '[', 'true', 'false',
  'sleep', 'date', 'env', 'id', 'whoami', 'hostname', 'tee', 'cut', 'sort', 'uniq', 'head', 'tail', 'wc', 'xargs', 'tar', 'gzip', 'gunzip', 'unzip', 'curl', 'wget', 'sh', 'bash', 'dash',
  'zsh', 'su', 'sudo', 'runuser', 'setpriv', 'getent', 'usermod', 'useradd', 'groupadd', 'adduser', 'addgroup', 'install', 'update-ca-certificates', 'ldconfig', 'sysctl', 'mount',
  'umount', 'ip', 'iptables', 'pip', 'pip3', 'npm', 'apt-get', 'apk', 'yum', 'dnf', 'kill', 'pkill', 'killall', 'pgrep', 'ps', 'nc', 'ncat', 'openssl', 'envsubst', 'jq', 'yq', 'git',
  'rsync', 'scp', 'ssh', 'docker', 'systemctl', 'service', 'logger', 'printenv', 'basename', 'dirname', 'realpath', 'readlink', 'stat', 'which', 'command', 'exec', 'wait', 'python',
  'python3', 'node', 'java', 'make', 'cmake', 'go', 'cargo', 'dotnet', 'psql', 'mysql', 'mongo', 'mongosh', 'redis-cli', 'sqlite3', 'chroot', 'mknod', 'setcap', 'gosu', 'su-exec',
]);
const PACKAGE_MANAGERS = new Set(['npm', 'yarn', 'pnpm']);
/** package.json scripts conventionally used to start the app. */
const START_LIKE = /^(start|serve|prod|production|start:prod|start:production|server|start-prod)$/;

function words(cmd: Command): (string | null)[] {
  return cmd.argv.map((w) => w.value);
}

/** `gunicorn --version`, `uvicorn --help`, `gunicorn --check-config`: the program prints and exits. */
function onlyInfo(cmd: Command): boolean {
  const rest = words(cmd).slice(1);
  if (rest.some((v) => v === '--version' || v === '--help' || v === '--check-config' || v === '--print-config')) return true;
  return rest.length > 0 && rest.every((v) => v === '-V' || v === '-h' || v === 'version' || v === 'help');
}

/** `"$@"`, `$@`, `"${@}"`, `"$*"`: the arguments the script was given, i.e. the container's CMD. */
export function isArgsWord(w: Word | undefined): boolean {
  return w !== undefined && /^"?\$\{?[@*]\}?"?$/.test(w.text);
}

/** The first argument of an interpreter that is not one of its options (the script it runs). */
function scriptArg(cmd: Command, from = 1): Word | undefined {
  for (let i = from; i < cmd.argv.length; i++) {
    const w = cmd.argv[i]!;
    const v = w.value;
    if (v === null) return w;
    if (v === '--') return cmd.argv[i + 1];
    if (v === '-c' || v === '-e' || v === '--eval' || v === '-p' || v === '--print' || v === '-m') return undefined;
    if (v.startsWith('-')) {
      if (RUNNER_FLAGS_WITH_VALUE.has(v)) i++;
      continue;
    }
    return w;
  }
  return undefined;
}

/** A package.json script that starts the app: `npm start`, `npm run start:prod`, `yarn start`, `pnpm run serve`. */
export function packageStart(cmd: Command): { name: string; span: { start: number; end: number } } | undefined {
  const pm = baseName(cmd.argv[0]?.value);
  if (!pm || !PACKAGE_MANAGERS.has(pm)) return undefined;
  let sub = subcommand(cmd, ['--prefix', '-C', '--dir', '-w', '--workspace', '--cwd', '--filter', '-F']);
  if (!sub?.value) return undefined;
  let script = sub.value;
  if (script === 'run' || script === 'run-script') {
    const next = subcommand(cmd, [], cmd.argv.indexOf(sub) + 1);
    if (!next?.value) return undefined;
    sub = next;
    script = next.value!;
  }
  if (!START_LIKE.test(script)) return undefined;
  const upTo = cmd.argv.slice(0, cmd.argv.indexOf(sub) + 1);
  return { name: upTo.map((w) => w.value ?? w.text).join(' '), span: { start: cmd.argv[0]!.span.start, end: sub.span.end } };
}

/**
 * The long-running service a command starts, if it is one that prodlint knows. Self-daemonizing
 * invocations (`mongod --fork`) are services too; ask `daemonizes` to tell them apart.
 */
export function serviceOf(cmd: Command): Service | undefined {
  const head = cmd.argv[0];
  if (!head) return undefined;
  if (isArgsWord(head)) return { strength: 'app', name: head.text, word: head };
  const name = baseName(head.value);
  if (name === undefined) {
    // `"$PYTHON_BIN" bot/main.py`: an interpreter held in a variable.
    if (isPythonWord(head)) return pythonService(cmd, head);
    return undefined;
  }
  if (onlyInfo(cmd)) return undefined;
  if (isPythonWord(head)) return pythonService(cmd, head);
  // `python -m X` was unwrapped to `X`: the module is the program.
  if (cmd.wrappers[cmd.wrappers.length - 1] === 'python -m' && !SERVERS.has(name) && !(name in SERVER_SUBCOMMANDS)) {
    if (PYTHON_TOOL_MODULES.test(name) || ONE_OFF_SCRIPT.test(name)) return undefined;
    return { strength: 'app', name: `python -m ${name}`, word: head };
  }
  if (SERVERS.has(name) || /^php-fpm[\d.]*$/.test(name)) return { strength: 'server', name: withTarget(cmd, name), word: head };
  if (name === 'nginx' || name === 'httpd' || name === 'apache2') {
    return foregroundDaemonFlag(cmd) ? { strength: 'server', name, word: head } : undefined;
  }
  if (name === 'bundle' && cmd.argv[1]?.value === 'exec') {
    const inner = { ...cmd, argv: cmd.argv.slice(2) };
    return serviceOf(inner);
  }
  const pkg = packageStart(cmd);
  if (pkg) return { strength: 'server', name: pkg.name, word: head };
  const spec = SERVER_SUBCOMMANDS[name];
  if (spec) {
    if (spec.subs.length === 0) return { strength: 'server', name, word: head };
    const sub = subcommand(cmd, spec.withValue ?? []);
    if (sub?.value && spec.subs.includes(sub.value)) return { strength: 'server', name: `${name} ${sub.value}`, word: head };
    return undefined;
  }
  if (name === 'php') {
    const script = scriptArg(cmd);
    if (baseName(script?.value) === 'artisan') return serviceOf({ ...cmd, argv: cmd.argv.slice(cmd.argv.indexOf(script!)) });
    if (findFlag(cmd, ['-S'])) return { strength: 'server', name: 'php -S', word: head };
    return undefined;
  }
  if (SCRIPT_RUNNERS.has(name)) {
    const from = (name === 'deno' || name === 'bun') && cmd.argv[1]?.value === 'run' ? 2 : 1;
    const script = scriptArg(cmd, from);
    if (!script) return undefined;
    if (script.value !== null && (ONE_OFF_SCRIPT.test(script.value) || !/[./]/.test(script.value) && name === 'bun')) return undefined;
    return { strength: 'app', name: `${name} ${script.value ?? script.text}`, word: head };
  }
  if (name === 'java') {
    const jar = findFlag(cmd, ['-jar']);
    if (!jar) return undefined;
    const file = flagValue(cmd, jar);
    if (file && ONE_OFF_SCRIPT.test(file)) return undefined;
    return { strength: 'app', name: 'java -jar', word: head };
  }
  if (name === 'dotnet') {
    const dll = cmd.argv[1]?.value;
    return dll?.endsWith('.dll') ? { strength: 'app', name: `dotnet ${dll}`, word: head } : undefined;
  }
  // `./server`, `/app/bin/api`: the project's own binary, given by path.
  // A path, not a typo like `mkdir./db`: `/abs/path`, `./x`, `../x` or `dir/x` with a plain first segment.
  const v = head.value!;
  if (/^(\/|\.\.?\/|[\w-]+\/)/.test(v) && !UTILITIES.has(name) && !/\.(sh|bash|zsh|ksh)$/.test(name) && !ONE_OFF_SCRIPT.test(v)) {
    if (name.endsWith('.py')) return pythonScriptService(name, head);
    if (/\.\w+$/.test(name) && !/\.(js|mjs|cjs|ts|rb|pl|php)$/.test(name)) return undefined;
    return { strength: 'app', name: v, word: head };
  }
  return undefined;
}

/** `uvicorn api.app:app`, `gunicorn app.wsgi`: the program and what it serves, to tell several apart. */
function withTarget(cmd: Command, name: string): string {
  const target = cmd.argv.slice(1).find((w) => w.value !== null && !w.value.startsWith('-'));
  const prev = target ? cmd.argv[cmd.argv.indexOf(target) - 1]?.value : undefined;
  // Skip values of options (`--bind 0.0.0.0`); only a first positional argument names the app.
  if (!target?.value || (prev && prev.startsWith('-') && !prev.includes('=') && prev !== cmd.argv[0]?.value) || target.value.length > 40) return name;
  return `${name} ${target.value}`;
}

function pythonService(cmd: Command, head: Word): Service | undefined {
  const script = scriptArg(cmd);
  if (!script) return undefined;
  const file = baseName(script.value);
  if (file === 'manage.py') {
    const spec = SERVER_SUBCOMMANDS['manage.py']!;
    const sub = subcommand(cmd, spec.withValue ?? [], cmd.argv.indexOf(script) + 1);
    return sub?.value && spec.subs.includes(sub.value) ? { strength: 'server', name: `manage.py ${sub.value}`, word: head } : undefined;
  }
  if (script.value === null) return undefined;
  if (ONE_OFF_SCRIPT.test(script.value)) return undefined;
  return { strength: 'app', name: `python ${script.value}`, word: head };
}

function pythonScriptService(name: string, head: Word): Service | undefined {
  if (ONE_OFF_SCRIPT.test(name) || name === 'manage.py') return undefined;
  return { strength: 'app', name, word: head };
}

/** nginx `-g 'daemon off;'`, httpd/apache2 `-DFOREGROUND`. */
function foregroundDaemonFlag(cmd: Command): boolean {
  return cmd.argv.some((w, i) => {
    const v = w.value ?? '';
    if (v === '-DFOREGROUND' || (v === '-D' && cmd.argv[i + 1]?.value === 'FOREGROUND')) return true;
    return /daemon\s+off/.test(v);
  });
}

/**
 * The program detaches itself and returns at once: `mongod --fork`, `redis-server --daemonize yes`,
 * `nginx` (daemon by default), `pg_ctl start`, `gunicorn --daemon`, `pm2 start`. Nothing waits on
 * such a process, and the script that started it goes on.
 */
export function daemonizes(cmd: Command): boolean {
  const name = baseName(cmd.argv[0]?.value);
  if (!name || onlyInfo(cmd)) return false;
  const has = (...flags: string[]) => findFlag(cmd, flags) !== undefined;
  const value = (flag: string) => {
    const f = findFlag(cmd, [flag]);
    return f ? (flagValue(cmd, f) ?? '').toLowerCase() : undefined;
  };
  switch (name) {
    case 'mongod':
    case 'mongos':
      return has('--fork');
    case 'redis-server':
    case 'valkey-server': {
      const d = value('--daemonize');
      return d === 'yes';
    }
    case 'memcached':
      return has('-d', '--daemon');
    case 'gunicorn':
      return has('-D', '--daemon');
    case 'uwsgi':
      return has('--daemonize', '--daemonize2');
    case 'celery':
      return subcommand(cmd, SERVER_SUBCOMMANDS.celery!.withValue ?? [])?.value === 'multi' || has('--detach');
    case 'pg_ctl':
    case 'pg_ctlcluster':
      return cmd.argv.some((w) => w.value === 'start');
    case 'nginx':
      return !foregroundDaemonFlag(cmd) && !has('-s', '-t', '-T', '-v', '-V', '-h', '-?');
    case 'sshd':
      return !has('-D', '-d', '-t', '-T');
    case 'cron':
    case 'crond':
      return !has('-f', '-n');
    case 'pm2':
      return subcommand(cmd, [])?.value === 'start' && !has('--no-daemon');
    case 'apachectl':
    case 'apache2ctl':
      return cmd.argv.some((w) => w.value === 'start');
    default:
      return /^php-fpm[\d.]*$/.test(name) && has('-D', '--daemonize');
  }
}

/** Databases and brokers: killing them abruptly can lose or corrupt data. */
export const DATASTORE = /\b(mongod|mongos|mongo|postgres|postmaster|pg_ctl|mysqld|mysqld_safe|mariadbd|mariadb|mysql|redis-server|redis|valkey|rabbitmq|beam\.smp|kafka|zookeeper|elasticsearch|opensearch|memcached|cassandra|influxd|couchdb|etcd|nats-server|clickhouse|minio)\b/i;

/**
 * An init that signals the whole process group, so a shell between it and the app does not stop
 * SIGTERM: dumb-init (group forwarding is its default, unless `--single-child`/`-c`), and
 * tini/docker-init/catatonit with `-g` (their default forwards to the direct child only).
 */
export function groupSignallingInit(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const name = baseName(words[i]!.value);
    if (name === 'dumb-init') {
      return !words.slice(i + 1).some((w) => w.value === '--single-child' || w.value === '-c');
    }
    if (name === 'tini' || name === 'docker-init' || name === 'catatonit' || name === 'tini-static') {
      for (const w of words.slice(i + 1)) {
        const v = w.value ?? '';
        if (v === '--' || !v.startsWith('-')) break;
        if (/^-[a-zA-Z]*g[a-zA-Z]*$/.test(v)) return true;
      }
      return false;
    }
  }
  return false;
}
