/**
 * The TCP port a server command listens on, as its own documentation spells the option:
 * uvicorn/granian/waitress `--port`, gunicorn/hypercorn `-b/--bind HOST:PORT`, daphne `-p`,
 * uWSGI `--http[-socket] :PORT`, `flask run -p`, `rails server -p`, puma `-p`/`-b tcp://…:PORT`,
 * `next start -p`, `manage.py runserver [HOST:]PORT`, streamlit `--server.port`, `php -S HOST:PORT`,
 * `python -m http.server PORT`, http-server `-p`, serve `-l`. Any known service also counts with a
 * generic `--port N`. A word holding an expansion (`$PORT`, `${PORT:-8000}`) is dynamic: the
 * command takes the port from the environment, which is what platforms that inject `PORT` want.
 */
import { findFlag, flagValue, programName, subcommand } from '../shell/query.js';
import { serviceOf } from '../shell/programs.js';
import type { Span } from '../source.js';
import type { Command, Word } from '../types.js';

export interface ListenPort {
  /** The port number when written literally; null when it comes from an expansion. */
  port: number | null;
  /** The word that holds the port (`8000`, `0.0.0.0:8000`, `--port=8000`). */
  word: Word;
  span: Span;
}

type Style = 'port' | 'addr';
/** Per program: options whose value is a port (`port`) or an address ending in `:PORT` (`addr`). */
const OPTIONS: Record<string, [string, Style][]> = {
  uvicorn: [['--port', 'port']],
  granian: [['--port', 'port']],
  gunicorn: [['-b', 'addr'], ['--bind', 'addr']],
  hypercorn: [['-b', 'addr'], ['--bind', 'addr']],
  daphne: [['-p', 'port'], ['--port', 'port']],
  uwsgi: [['--http', 'addr'], ['--http-socket', 'addr'], ['--https', 'addr']],
  'waitress-serve': [['--port', 'port'], ['--listen', 'addr']],
  puma: [['-p', 'port'], ['--port', 'port'], ['-b', 'addr'], ['--bind', 'addr']],
  'http-server': [['-p', 'port'], ['--port', 'port']],
  serve: [['-l', 'addr'], ['--listen', 'addr'], ['-p', 'port']],
  streamlit: [['--server.port', 'port']],
};
/** `tool <sub>` forms: the options apply after the subcommand. */
const SUB_OPTIONS: Record<string, { subs: string[]; opts: [string, Style][] }> = {
  flask: { subs: ['run'], opts: [['-p', 'port'], ['--port', 'port']] },
  rails: { subs: ['server', 's'], opts: [['-p', 'port'], ['--port', 'port']] },
  next: { subs: ['start', 'dev'], opts: [['-p', 'port'], ['--port', 'port']] },
  nuxt: { subs: ['start', 'preview', 'dev'], opts: [['--port', 'port']] },
  nuxi: { subs: ['start', 'preview', 'dev'], opts: [['--port', 'port']] },
  vite: { subs: ['preview'], opts: [['--port', 'port']] },
  artisan: { subs: ['serve'], opts: [['--port', 'port']] },
};

function portOf(value: string, style: Style): number | undefined {
  const m = style === 'port' ? /^(\d{1,5})$/.exec(value) : /^(?:[a-z]+:\/\/)?(?:\[[^\]]*\]|[^:/\s]*):(\d{1,5})$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 && n < 65536 ? n : undefined;
}

/** The digits of the port inside `0.0.0.0:8000` when the word is written as is (else the whole word). */
function portSpan(w: Word, port: number): Span {
  const digits = String(port);
  // `"0.0.0.0:8000"`, `'8000'`: the digits before a closing quote, when the word is written as is.
  const at = w.text.lastIndexOf(digits);
  if (at !== -1 && /^["']?$/.test(w.text.slice(at + digits.length)) && w.span.end - w.span.start === w.text.length) {
    return { start: w.span.start + at, end: w.span.start + at + digits.length };
  }
  return w.span;
}

function fromFlag(cmd: Command, opts: [string, Style][]): ListenPort | undefined {
  for (const [name, style] of opts) {
    const flag = findFlag(cmd, [name]);
    if (!flag) continue;
    // `-b` clustered in `-fsb` is not an address option; only exact spellings count.
    if (flag.value !== name && !flag.value?.startsWith(name + '=')) continue;
    const inline = flag.value?.startsWith(name + '=');
    const valueWord = inline ? flag : cmd.argv[cmd.argv.indexOf(flag) + 1];
    if (!valueWord) continue;
    if (valueWord.value === null) return { port: null, word: valueWord, span: valueWord.span };
    const value = inline ? flagValue(cmd, flag) ?? '' : valueWord.value;
    const port = portOf(value, style);
    if (port !== undefined) return { port, word: valueWord, span: portSpan(valueWord, port) };
  }
  return undefined;
}

export function listenPort(cmd: Command): ListenPort | undefined {
  const name = programName(cmd);
  const head = cmd.argv[0];
  if (!head) return undefined;
  const python = /^(python[\d.]*|pypy3?)$/.test(name ?? '');
  // `python -m http.server 8000` (unwrapped to `http.server 8000`).
  if (name === 'http.server' && cmd.wrappers[cmd.wrappers.length - 1] === 'python -m') {
    const w = cmd.argv.slice(1).find((x) => x.value === null || !x.value.startsWith('-'));
    if (w?.value === null) return { port: null, word: w, span: w.span };
    const port = w?.value ? portOf(w.value, 'port') : undefined;
    return port && w ? { port, word: w, span: portSpan(w, port) } : undefined;
  }
  // `python manage.py runserver 0.0.0.0:8000`
  const manage = python ? cmd.argv.findIndex((w) => w.value?.endsWith('manage.py')) : name === 'django-admin' ? 0 : -1;
  if (manage !== -1 && cmd.argv[manage + 1]?.value === 'runserver') {
    const w = cmd.argv.slice(manage + 2).find((x) => x.value === null || !x.value.startsWith('-'));
    if (!w) return undefined;
    if (w.value === null) return { port: null, word: w, span: w.span };
    const port = portOf(w.value, 'port') ?? portOf(w.value, 'addr');
    return port ? { port, word: w, span: portSpan(w, port) } : undefined;
  }
  if (name === 'php') {
    const s = findFlag(cmd, ['-S']);
    if (s?.value === '-S') {
      const w = cmd.argv[cmd.argv.indexOf(s) + 1];
      if (w?.value === null) return { port: null, word: w, span: w.span };
      const port = w?.value ? portOf(w.value, 'addr') : undefined;
      if (port && w) return { port, word: w, span: portSpan(w, port) };
    }
    const artisan = cmd.argv.findIndex((w) => w.value === 'artisan');
    if (artisan !== -1 && cmd.argv[artisan + 1]?.value === 'serve') return fromFlag({ ...cmd, argv: cmd.argv.slice(artisan) }, SUB_OPTIONS.artisan!.opts);
    return undefined;
  }
  if (name && OPTIONS[name]) return fromFlag(cmd, OPTIONS[name]);
  const spec = name ? SUB_OPTIONS[name] : undefined;
  if (spec) {
    const sub = subcommand(cmd, ['--app', '-A', '-e', '--environment']);
    if (!sub?.value || !spec.subs.includes(sub.value)) return undefined;
    return fromFlag({ ...cmd, argv: cmd.argv.slice(cmd.argv.indexOf(sub)) }, spec.opts);
  }
  // A known service (a Node or Python app, `bundle exec puma`…) with a generic `--port N`.
  if (name === 'bundle' && cmd.argv[1]?.value === 'exec') return listenPort({ ...cmd, argv: cmd.argv.slice(2) });
  if (serviceOf(cmd)) return fromFlag(cmd, [['--port', 'port']]);
  return undefined;
}
