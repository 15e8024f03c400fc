/**
 * Debuggers that listen for a client, as their command lines and option variables turn them on:
 * Node's inspector (`--inspect`, `--inspect-brk`, `--inspect-wait`, also in `NODE_OPTIONS`),
 * debugpy (`python -m debugpy --listen`), pdb/ipdb/pudb as the program, Ruby's `rdbg --open`,
 * Java's JDWP agent (`-agentlib:jdwp=…`, also in `JAVA_TOOL_OPTIONS`/`JAVA_OPTS`), and Go's
 * `dlv --headless`. Defaults are those each tool documents: Node 127.0.0.1:9229, debugpy
 * 127.0.0.1, rdbg a UNIX socket (`--port` without `--host`: localhost), JDWP `suspend=y` and, on
 * Java 9+, a bare port on localhost only, delve 127.0.0.1.
 */
import type { Span } from '../source.js';
import type { Command, Word } from '../types.js';
import { addressScope, type AddressScope } from './addresses.js';
import { baseName } from './unwrap.js';

export interface DebuggerListener {
  /** Short human name: `node --inspect-brk`, `debugpy`, `pdb`, `rdbg`, `JDWP`, `dlv`. */
  tool: string;
  /** Where it listens, as written or as the default, for messages. */
  address: string;
  /** `stdin`: an interactive debugger (pdb) that reads its commands from standard input. */
  scope: AddressScope | 'stdin';
  /** The program waits for a debugger before running the service's code. */
  suspends: boolean;
  /** The word to underline (the flag that turns the debugger on). */
  span: Span;
}

/** Runtimes that take Node's inspector flags before the script (nodemon passes them on to node). */
const NODE_LIKE = new Set(['node', 'nodejs', 'tsx', 'bun', 'deno', 'nodemon']);
const NODE_FLAGS_WITH_VALUE = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '--env-file', '-C', '--conditions', '--title', '--inspect-port', '--debug-port']);
const INSPECT = /^--inspect(-brk|-wait)?(?:=(.*))?$/;

/** One Node option: `--inspect`, `--inspect=0.0.0.0:9229`, `--inspect-brk=9230`. */
export function nodeInspectOption(option: string, span: Span, tool = 'node'): DebuggerListener | undefined {
  const m = INSPECT.exec(option);
  if (!m) return undefined;
  const value = m[2];
  const address = value === undefined || value === '' ? '127.0.0.1:9229' : value;
  const scope = value === undefined || value === '' ? 'loopback' : addressScope(value) === 'port-only' ? 'loopback' : addressScope(value);
  return { tool: `${tool} --inspect${m[1] ?? ''}`, address, scope, suspends: m[1] !== undefined, span };
}

/** A debugger in `NODE_OPTIONS` / `JAVA_TOOL_OPTIONS`-style variables (space-separated options). */
export function debuggerInOptionsVariable(name: string, value: string, span: Span): DebuggerListener | undefined {
  // Dockerfile's legacy `ENV NAME "value"` keeps the quotes as written.
  const options = value.trim().replace(/^(["'])(.*)\1$/, '$2').split(/\s+/).filter(Boolean);
  if (name === 'NODE_OPTIONS') {
    for (const o of options) {
      const hit = nodeInspectOption(o, span);
      if (hit) return hit;
    }
    return undefined;
  }
  if (/^(JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|_JAVA_OPTIONS|JAVA_OPTS|CATALINA_OPTS)$/.test(name)) {
    for (const o of options) {
      const hit = jdwpOption(o, span);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The debugger a command starts, if any. */
export function debuggerInCommand(cmd: Command): DebuggerListener | undefined {
  let argv = cmd.argv;
  let name = baseName(argv[0]?.value);
  // `bundle exec rdbg …`.
  if (name === 'bundle' && argv[1]?.value === 'exec' && argv.length > 2) {
    argv = argv.slice(2);
    name = baseName(argv[0]?.value);
  }
  if (!name) return undefined;
  if (NODE_LIKE.has(name)) return nodeCommand(argv, name);
  const viaPythonM = cmd.wrappers[cmd.wrappers.length - 1] === 'python -m';
  if (name === 'debugpy') return debugpy(argv);
  // `python /tmp/debugpy --listen …` (debugpy installed with `pip install -t /tmp`, run as a directory).
  if (/^python[\d.]*$/.test(name) && baseName(argv[1]?.value) === 'debugpy') return debugpy(argv.slice(1));
  if (viaPythonM && (name === 'pdb' || name === 'ipdb' || name === 'pudb')) return pdb(argv, name);
  if (name === 'rdbg') return rdbg(argv);
  if (name === 'java') {
    for (const w of argv.slice(1)) {
      const v = w.value;
      if (v === null) continue;
      if (v === '-jar' || !v.startsWith('-')) break;
      const hit = jdwpOption(v, w.span);
      if (hit) return hit;
    }
    return undefined;
  }
  if (name === 'dlv') return delve(argv);
  return undefined;
}

/** Inspector flags before the script (`node server.js --inspect` passes it to the app). */
function nodeCommand(argv: Word[], name: string): DebuggerListener | undefined {
  for (let i = 1; i < argv.length; i++) {
    const v = argv[i]!.value;
    if (v === null) return undefined;
    // `deno run --inspect`, `bun run --inspect`.
    if (i === 1 && (name === 'deno' || name === 'bun') && v === 'run') continue;
    if (v === '--' || !v.startsWith('-')) return undefined;
    const hit = nodeInspectOption(v, argv[i]!.span, name);
    if (hit) return hit;
    if (NODE_FLAGS_WITH_VALUE.has(v)) i++;
  }
  return undefined;
}

/** `debugpy --listen [host:]port [--wait-for-client] (-m module | file | --pid N)`. */
function debugpy(argv: Word[]): DebuggerListener | undefined {
  for (let i = 1; i < argv.length; i++) {
    const v = argv[i]!.value;
    if (v === null) continue;
    if (!v.startsWith('-')) break;
    if (v === '--listen' || v.startsWith('--listen=')) {
      const value = v.includes('=') ? v.slice(v.indexOf('=') + 1) : argv[i + 1]?.value;
      if (value === undefined) return undefined;
      const scope = addressScope(value);
      const suspends = argv.some((w) => w.value === '--wait-for-client');
      return { tool: 'debugpy', address: value ?? '', scope: scope === 'port-only' ? 'loopback' : scope, suspends, span: argv[i]!.span };
    }
    if (v === '--connect') return undefined;
  }
  return undefined;
}

/** `python -m pdb script.py`: stops before the first line, waiting for a command on stdin; `-c continue` runs on. */
function pdb(argv: Word[], name: string): DebuggerListener | undefined {
  if (argv.length < 2 || argv.some((w) => w.value === '-c' || w.value === '--command' || w.value === '-h' || w.value === '--help')) return undefined;
  return { tool: name, address: 'stdin', scope: 'stdin', suspends: true, span: argv[0]!.span };
}

/** `rdbg --open [--host H] [--port P] [--nonstop] …`. */
function rdbg(argv: Word[]): DebuggerListener | undefined {
  const open = argv.find((w) => w.value === '--open' || w.value === '-O' || w.value?.startsWith('--open='));
  if (!open) return undefined;
  const value = (flag: string) => {
    const i = argv.findIndex((w) => w.value === flag || w.value?.startsWith(flag + '='));
    if (i === -1) return undefined;
    const v = argv[i]!.value!;
    return v.includes('=') ? v.slice(v.indexOf('=') + 1) : argv[i + 1]?.value ?? undefined;
  };
  const host = value('--host');
  const port = value('--port');
  const scope: AddressScope = host !== undefined && host !== null ? addressScope(host) : port !== undefined ? 'loopback' : 'socket';
  const suspends = !argv.some((w) => w.value === '--nonstop' || w.value === '-n');
  return { tool: 'rdbg', address: port !== undefined ? `${host ?? 'localhost'}:${port}` : 'a UNIX socket', scope, suspends, span: open.span };
}

/** `-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005` (or `-Xrunjdwp:`). */
export function jdwpOption(option: string, span: Span): DebuggerListener | undefined {
  const m = /^(?:-agentlib:jdwp=|-Xrunjdwp:)(.*)$/.exec(option);
  if (!m) return undefined;
  const opts = new Map(m[1]!.split(',').map((kv) => {
    const eq = kv.indexOf('=');
    return [eq === -1 ? kv : kv.slice(0, eq), eq === -1 ? '' : kv.slice(eq + 1)] as [string, string];
  }));
  // server=n connects out to a debugger that listens; that is not a listener here.
  if (opts.get('server') !== 'y') return undefined;
  const address = opts.get('address') ?? '';
  const scope = address === '' ? 'loopback' : addressScope(address.replace(/^\*:/, '0.0.0.0:'));
  return { tool: 'JDWP', address: address || 'a random port', scope: scope === 'port-only' ? 'loopback' : scope, suspends: opts.get('suspend') !== 'n', span };
}

/** `dlv exec ./app --headless --listen=:2345 [--continue]`. */
function delve(argv: Word[]): DebuggerListener | undefined {
  if (!argv.some((w) => w.value === '--headless' || w.value === '--headless=true')) return undefined;
  const i = argv.findIndex((w) => w.value === '-l' || w.value === '--listen' || w.value?.startsWith('--listen='));
  const flag = i === -1 ? undefined : argv[i]!;
  const value = flag ? (flag.value!.includes('=') ? flag.value!.slice(flag.value!.indexOf('=') + 1) : argv[i + 1]?.value) : '127.0.0.1:0';
  if (value === null || value === undefined) return undefined;
  const scope = addressScope(value);
  const suspends = !argv.some((w) => w.value === '--continue');
  const head = argv.find((w) => w.value === '--headless' || w.value === '--headless=true')!;
  return { tool: 'dlv', address: value, scope: scope === 'port-only' ? 'loopback' : scope, suspends, span: (flag ?? head).span };
}
