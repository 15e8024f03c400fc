import { defineRule } from '../src/rule.js';
import { between, findFlag, programName, subcommand } from '../src/shell/query.js';
import { isStartScriptPath, runsInline } from '../src/shell/script-context.js';
import type { Command, Word } from '../src/types.js';

/** Package managers and their subcommands that fetch packages from a registry. */
const INSTALLS: Record<string, readonly string[]> = {
  pip: ['install'],
  npm: ['install', 'i', 'ci', 'add', 'clean-install'],
  yarn: ['install', 'add'],
  pnpm: ['install', 'i', 'add'],
  poetry: ['install', 'add'],
  pipenv: ['install', 'sync'],
  uv: ['sync'],
  'apt-get': ['install'],
  apt: ['install'],
  yum: ['install'],
  dnf: ['install'],
  apk: ['add'],
  bundle: ['install'],
  gem: ['install'],
  composer: ['install', 'require'],
};
/** Options that make the install work without a registry (local wheels, an offline cache). */
const OFFLINE = ['--no-index', '--offline', '--no-network'];
/** Options taking a value before the subcommand (`pip --cache-dir x install`, `uv --directory x sync`). */
const WITH_VALUE = ['--cache-dir', '--prefix', '-C', '--dir', '--cwd', '--directory', '--project', '--python', '-p', '--log', '--proxy', '--timeout', '--retries', '-X', '--repository'];


export default defineRule({
  id: 'SH009',
  name: 'install-at-startup',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'kubernetes', 'railway', 'fly', 'render', 'heroku'],
  roles: ['start', 'hook', 'script'],
  triggers: ['install', 'npm', 'yarn', 'pnpm', 'apk', 'uv', 'pipenv', 'composer'],
  precision: 'high',
  messages: {
    install: '{{command}} runs every time the service starts: each restart depends on the package registry, so during an outage the service cannot come back, and every boot is slower',
  },
  docs: {
    summary: 'Packages are installed when the service starts instead of when the image is built',
    what: `Reports package installs in what a service runs at every start: Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, \`ExecStart=\` and \`ExecStartPre=\`, Procfile lines (not \`release:\`), package.json start scripts (with \`prestart\`), and start scripts (run by one of those, or named \`*entrypoint*\`, \`start*.sh\`, \`run*.sh\`): \`pip install\` (also \`pip3\`, \`python -m pip\`), \`npm install\`/\`npm ci\`, \`yarn\` (bare) and \`yarn install\`/\`add\`, \`pnpm install\`, \`poetry install\`, \`pipenv install\`, \`uv sync\`, \`uv pip install\`, \`apt-get\`/\`apt\`/\`yum\`/\`dnf install\`, \`apk add\`, \`bundle install\`, \`gem install\`, \`composer install\`.

Not reported: installs inside shell functions (they run only if called; task runners such as \`./run setup\` keep them there), installs that need no registry (\`pip install --no-index --find-links /wheels\`, \`--offline\`), Dockerfile \`RUN\` (build time is the right time), release hooks, and other scripts.`,
    why: `A service that installs its dependencies when it starts needs the package registry, the network and a compatible set of versions on every restart. When PyPI, npm or a mirror is down or rate-limits the host, a crash that should have been a two-second restart becomes an outage; a new upstream release can change what runs without any deploy; and every boot pays for resolving and downloading, which also slows down the crash-loop recovery that seed 001 describes. Install at build time, in the image or the release artifact, and start the program directly.`,
    example: { kind: 'compose', path: 'compose.yaml', code: 'services:\n  web:\n    image: python:3.12-slim\n    restart: unless-stopped\n    working_dir: /app\n    command: sh -c "pip install -r requirements.txt && exec gunicorn app:app --bind 0.0.0.0:8000"\n' },
    fix: { kind: 'compose', path: 'compose.yaml', code: 'services:\n  web:\n    build: .\n    restart: unless-stopped\n    command: ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]\n' },
    references: ['https://docs.docker.com/build/building/best-practices/#run', 'https://12factor.net/build-release-run', 'https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-no-index'],
  },
  command(cmd, ctx) {
    if (cmd.role === 'hook' && !(cmd.carrier.kind === 'systemd' && cmd.carrier.label === 'ExecStartPre')) return;
    if (cmd.role === 'script' && !(cmd.carrier.kind === 'shell' && isStartScriptPath(ctx.project, ctx.source.path))) return;
    // A function body runs only if called; task runners (`./run setup`) keep installs there.
    if (!runsInline(cmd)) return;
    const hit = install(cmd);
    if (hit) ctx.report({ messageId: 'install', data: { command: hit.text }, span: hit.span });
  },
});

function install(cmd: Command): { text: string; span: { start: number; end: number } } | undefined {
  let name = programName(cmd);
  if (!name) return undefined;
  if (/^pip[\d.]*$/.test(name)) name = 'pip';
  const head = cmd.argv[0]!;
  if (findFlag(cmd, OFFLINE)) return undefined;
  // `uv pip install`.
  if (name === 'uv' && cmd.argv[1]?.value === 'pip') {
    const sub = subcommand(cmd, WITH_VALUE, 2);
    return sub?.value === 'install' ? { text: 'uv pip install', span: between(head, sub) } : undefined;
  }
  const subs = INSTALLS[name];
  if (!subs) return undefined;
  const sub: Word | undefined = subcommand(cmd, WITH_VALUE);
  // Bare `yarn` (optionally with flags such as `--frozen-lockfile`) installs.
  if (name === 'yarn' && sub === undefined && cmd.argv.slice(1).every((w) => w.value !== null && !/^(-v|--version|-h|--help)$/.test(w.value))) {
    return { text: 'yarn', span: head.span };
  }
  if (!sub?.value || !subs.includes(sub.value)) return undefined;
  return { text: `${name} ${sub.value}`, span: between(head, sub) };
}

