/**
 * Development servers and file watchers in a command (SH001's detection, shared with PF007, which
 * asks whether the service a cron job updates in place runs under a file watcher).
 */
import { between, findFlag, flagValue, programName, subcommand } from './query.js';
import { baseName, isPythonWord } from './unwrap.js';
import type { Command } from '../types.js';

/** Servers whose `--reload` family of flags turns on a file watcher. */
const RELOADERS = new Set(['uvicorn', 'hypercorn', 'gunicorn']);
/** Programs that are nothing but a file watcher or a development server. */
const ALWAYS_DEV: Record<string, 'watcher' | 'devServer'> = {
  nodemon: 'watcher',
  'ts-node-dev': 'watcher',
  tsnd: 'watcher',
  watchfiles: 'watcher',
  'webpack-dev-server': 'devServer',
};
/** `program subcommand` pairs that start a development server or watcher. */
const DEV_SUBCOMMANDS: Record<string, { subs: string[]; kind: 'watcher' | 'devServer'; withValue?: string[] }> = {
  flask: { subs: ['run'], kind: 'devServer', withValue: ['--app', '-A', '--env-file', '-e'] },
  'django-admin': { subs: ['runserver'], kind: 'devServer', withValue: ['--settings', '--pythonpath'] },
  'manage.py': { subs: ['runserver'], kind: 'devServer', withValue: ['--settings', '--pythonpath'] },
  watchmedo: { subs: ['auto-restart'], kind: 'watcher' },
  tsx: { subs: ['watch'], kind: 'watcher' },
  next: { subs: ['dev'], kind: 'devServer' },
  nuxt: { subs: ['dev'], kind: 'devServer' },
  nuxi: { subs: ['dev'], kind: 'devServer' },
  ng: { subs: ['serve'], kind: 'devServer' },
  webpack: { subs: ['serve'], kind: 'devServer' },
  'react-scripts': { subs: ['start'], kind: 'devServer' },
  vite: { subs: ['dev', 'serve'], kind: 'devServer', withValue: ['--config', '-c', '--mode', '-m', '--port', '--host', '--base'] },
  artisan: { subs: ['serve'], kind: 'devServer' },
};
const PACKAGE_MANAGERS = new Set(['npm', 'yarn', 'pnpm', 'bun']);
const FALSE = /^(false|0|no|off)$/i;

export type DevServerHit = { messageId: 'reload' | 'watcher' | 'devServer'; data: Record<string, string>; span: { start: number; end: number } };

export function detectDevServer(cmd: Command): DevServerHit | undefined {
  const head = cmd.argv[0];
  if (!head) return undefined;
  let name = programName(cmd);
  let from = 1;
  // `python manage.py runserver`, `php artisan serve`: the script is the program.
  const script = cmd.argv[1]?.value;
  if ((isPythonWord(head) || name === 'php') && script && !script.startsWith('-')) {
    name = baseName(script);
    from = 2;
  }
  if (!name) return undefined;

  if (RELOADERS.has(name)) {
    // `--reload` (or `--reload=true`) turns the watcher on. uvicorn's `--reload-dir/-include/
    // -exclude/-delay` say the author wants it on; gunicorn's `--reload-engine`/`--reload-extra-file`
    // only tune a reloader that `--reload` must enable.
    let flag = findFlag(cmd, ['--reload']);
    if (flag?.value?.includes('=') && FALSE.test(flagValue(cmd, flag) ?? '')) return undefined;
    if (!flag && name !== 'gunicorn') flag = findFlag(cmd, ['--reload'], { prefix: true });
    if (!flag) return undefined;
    return { messageId: 'reload', data: { program: name, flag: flag.value ?? '--reload' }, span: flag.span };
  }
  const always = ALWAYS_DEV[name];
  if (always) return { messageId: always, data: { command: name }, span: head.span };
  if (name === 'node') {
    const flag = findFlag(cmd, ['--watch', '--watch-path']);
    if (flag) return { messageId: 'watcher', data: { command: `node ${flag.value}` }, span: flag.span };
    return undefined;
  }
  // Inside package.json, `npm run dev` is followed to the `dev` script itself, which is judged by
  // what it runs; elsewhere the script is out of sight and its conventional name has to do.
  if (PACKAGE_MANAGERS.has(name) && cmd.carrier.kind !== 'packagejson') {
    let sub = subcommand(cmd);
    if (sub?.value === 'run' || sub?.value === 'run-script') sub = subcommand(cmd, [], cmd.argv.indexOf(sub) + 1);
    if (sub?.value === 'dev') return { messageId: 'devServer', data: { command: `${name} run dev` }, span: between(head, sub) };
    return undefined;
  }
  const spec = DEV_SUBCOMMANDS[name];
  if (!spec) return undefined;
  const sub = subcommand(cmd, spec.withValue ?? [], from);
  const anchor = cmd.argv[from - 1]!;
  if (sub?.value && spec.subs.includes(sub.value)) {
    return { messageId: spec.kind, data: { command: `${name} ${sub.value}` }, span: between(anchor, sub) };
  }
  // Bare `vite` (no subcommand) is the dev server; `vite build`/`vite preview` are not.
  if (name === 'vite' && sub === undefined && cmd.argv.slice(from).every((w) => w.value !== null)) {
    return { messageId: 'devServer', data: { command: 'vite' }, span: anchor.span };
  }
  return undefined;
}

