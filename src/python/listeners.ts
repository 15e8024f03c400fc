/**
 * Servers a Python file starts when it runs as a program (`python app.py`, `python -m pkg.main`),
 * and the host they listen on (SH010):
 *
 * - Flask's `app.run()` (and Quart's): with no host, Flask listens on 127.0.0.1 unless the
 *   `SERVER_NAME` setting names a host (flask/app.py `Flask.run`: "Defaults to '127.0.0.1' or the
 *   host in the SERVER_NAME config variable if present");
 * - `uvicorn.run(app)` and `uvicorn.Config(app)`: `host` defaults to "127.0.0.1" there too
 *   (https://www.uvicorn.org/settings/#socket-binding: `--host` "Default: '127.0.0.1'", and the
 *   keyword arguments of `uvicorn.run()` are the same settings — https://www.uvicorn.org/settings/
 *   "Configuration Methods"). `UVICORN_HOST` is read by the command line only, never by
 *   `uvicorn.run()`; `uds=`/`fd=` bind no TCP port at all.
 *
 * Only code that runs when the file is the program counts: module-level statements, the body of
 * `if __name__ == "__main__":`, and the bodies of module-level functions called or started in a
 * thread from there (`def main(): app.run()`), a few calls deep. Calls inside other functions, classes and `else`
 * branches of the main guard are not followed.
 */
import { callArguments, methodName, type CallArguments } from './calls.js';
import { topLevelAssignments } from './django.js';
import { importedCallee } from './libraries.js';
import { literalOf } from './literals.js';
import { moduleImports } from './imports.js';
import { walk, type PyNode, type PythonTree } from './node.js';
import { resolverFor, type PyResolver } from './resolve.js';
import { startedFunctions } from './tasks.js';
import { addressScope } from '../shell/addresses.js';
import type { Span } from '../source.js';

export type PyListen =
  | { kind: 'explicit'; call: string; address: string; span: Span }
  | { kind: 'default'; call: string; span: Span };

export interface ListenOptions {
  /** The text of a module of the project that this file imports by the name (`web`, `app`), when there is one. */
  localModule(name: string): string | undefined;
}

const MAIN_GUARD = /^__name__\s*==\s*['"]__main__['"]$|^['"]__main__['"]\s*==\s*__name__$/;
const FLASK_RUN = new Set(['flask.Flask.run', 'flask.app.Flask.run', 'quart.Quart.run', 'quart.app.Quart.run']);
const UVICORN = new Set(['uvicorn.run', 'uvicorn.main.run', 'uvicorn.Config', 'uvicorn.config.Config']);
const MAX_CALL_DEPTH = 3;

/** Server starts with a loopback host (written, or by default) in the code that runs when the file is the program. */
export function programListeners(tree: PythonTree, opts: ListenOptions): PyListen[] {
  const resolver = resolverFor(tree);
  const root = tree.root;
  const importsFlask = [...moduleImports(root).modules].some((m) => m === 'flask' || m.startsWith('flask.') || m === 'quart' || m.startsWith('quart.'));
  const out: PyListen[] = [];
  const calls = programCalls(root, resolver);
  const grpc = grpcPorts(calls, root);
  for (const call of calls) {
    const port = grpc.get(call);
    const hit = port ? grpcLoopback(port, grpc) : check(call, resolver, root, importsFlask, opts);
    if (hit) out.push(hit);
  }
  return out;
}

/**
 * Calls that run when the module is executed as the program: those of module-level code and of
 * the main guard, and of module-level functions they call or start in a thread, process or task
 * (`threading.Thread(target=serve_health).start()`).
 */
export function programCalls(root: PyNode, resolver: PyResolver): PyNode[] {
  const startedAt = new Map<PyNode, PyNode>();
  for (const s of startedFunctions(root, resolver)) if (s.site.type === 'call') startedAt.set(s.site, s.fn);
  const functions = new Map<string, PyNode>();
  for (const s of root.namedChildren) {
    const def = s.type === 'decorated_definition' ? s.child('definition') : s;
    if (def?.type === 'function_definition') {
      const name = def.child('name')?.text;
      if (name) functions.set(name, def);
    }
  }
  const out: PyNode[] = [];
  const seen = new Set<PyNode>();
  const queue: { block: PyNode; depth: number }[] = [];
  for (const s of root.namedChildren) {
    if (s.type === 'function_definition' || s.type === 'class_definition' || s.type === 'decorated_definition') continue;
    if (s.type === 'if_statement' && MAIN_GUARD.test(s.child('condition')?.text.trim() ?? '')) {
      const body = s.child('consequence');
      if (body) queue.push({ block: body, depth: 0 });
      continue;
    }
    queue.push({ block: s, depth: 0 });
  }
  while (queue.length) {
    const { block, depth } = queue.shift()!;
    walk(block, (n) => {
      if (n !== block && (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda')) return false;
      if (n.type !== 'call' || seen.has(n)) return true;
      seen.add(n);
      out.push(n);
      const fn = n.child('function');
      const started = startedAt.get(n);
      const def = fn?.type === 'identifier' ? functions.get(fn.text) : started && [...functions.values()].includes(started) ? started : undefined;
      const body = def?.child('body');
      if (body && depth < MAX_CALL_DEPTH && !seen.has(body)) {
        seen.add(body);
        queue.push({ block: body, depth: depth + 1 });
      }
      return true;
    });
  }
  return out;
}

function check(call: PyNode, resolver: PyResolver, root: PyNode, importsFlask: boolean, opts: ListenOptions): PyListen | undefined {
  const name = importedCallee(call, resolver);
  if (name !== null && UVICORN.has(name)) {
    const args = callArguments(call);
    if (args.keywords.some((k) => k.name === 'uds' || k.name === 'fd')) return undefined;
    const label = name.endsWith('Config') ? 'uvicorn.Config()' : 'uvicorn.run()';
    return judge(call, args, args.keywords.find((k) => k.name === 'host')?.value ?? args.positional[1], label, root);
  }
  if (methodName(call) !== 'run' || !isFlaskRun(call, name, resolver, importsFlask, opts)) return undefined;
  const args = callArguments(call);
  return judge(call, args, args.keywords.find((k) => k.name === 'host')?.value ?? args.positional[0], 'app.run()', root);
}

/**
 * `app.run()` on a Flask (or Quart) app: created in this file (`app = Flask(__name__)`), or made
 * by a factory or imported from a module of the project (`app = create_app()`, `from web import
 * app`) when this file imports Flask or that module creates a Flask app.
 */
function isFlaskRun(call: PyNode, name: string | null, resolver: PyResolver, importsFlask: boolean, opts: ListenOptions): boolean {
  if (name !== null && FLASK_RUN.has(name)) return true;
  const fn = call.child('function');
  const r = fn ? resolver.resolve(fn) : null;
  if (!r || r.root !== 'import') return false;
  const first = r.name.split('.')[0]!;
  if (first === 'flask' || first === 'quart') return false;
  const text = opts.localModule(first);
  return text !== undefined && (importsFlask || /\b(Flask|Quart)\s*\(/.test(text));
}

function judge(call: PyNode, args: CallArguments, host: PyNode | undefined, label: string, root: PyNode): PyListen | undefined {
  if (!host) {
    if (args.hasStarKwargs || args.hasStarArgs) return undefined;
    const fn = call.child('function');
    const start = fn?.type === 'attribute' ? (fn.child('attribute')?.start ?? call.start) : call.start;
    return { kind: 'default', call: label, span: { start, end: call.end } };
  }
  const value = constantString(host, root);
  if (value === undefined || addressScope(value) !== 'loopback') return undefined;
  return { kind: 'explicit', call: label, address: value, span: host.span };
}

/** One `add_insecure_port`/`add_secure_port` call of a gRPC server (see grpcPorts). */
interface GrpcPort {
  /** The server as written (`server`, `self.server`). */
  server: string;
  label: string;
  /** The host, when it is written out; undefined when computed. */
  host: string | undefined;
  address: PyNode;
}

/**
 * gRPC's `server.add_insecure_port("localhost:50051")` / `add_secure_port(address, credentials)`
 * in a module that imports grpc, by call: the address is `host:port`, written as a literal, a
 * module-level constant, `"localhost:" + port` or `f"localhost:{port}"`.
 */
function grpcPorts(calls: readonly PyNode[], root: PyNode): Map<PyNode, GrpcPort> {
  const out = new Map<PyNode, GrpcPort>();
  if (![...moduleImports(root).modules].some((m) => m === 'grpc' || m.startsWith('grpc.'))) return out;
  for (const call of calls) {
    const method = methodName(call);
    if (method !== 'add_insecure_port' && method !== 'add_secure_port') continue;
    const args = callArguments(call);
    const address = args.keywords.find((k) => k.name === 'address')?.value ?? args.positional[0];
    if (!address) continue;
    const receiver = call.child('function')?.child('object');
    const label = receiver?.type === 'identifier' ? `${receiver.text}.${method}()` : `${method}()`;
    out.set(call, { server: receiver?.text ?? '', label, host: grpcHost(address, root), address });
  }
  return out;
}

/**
 * A loopback port of a server that listens nowhere else. A server has no default address, so only
 * a written loopback host counts; and a second, loopback-only port beside a public one (an admin
 * or channelz port kept inside the container) is on purpose.
 */
function grpcLoopback(port: GrpcPort, all: ReadonlyMap<PyNode, GrpcPort>): PyListen | undefined {
  if (port.host === undefined || addressScope(port.host) !== 'loopback') return undefined;
  for (const other of all.values()) {
    if (other.server === port.server && (other.host === undefined || addressScope(other.host) !== 'loopback')) return undefined;
  }
  return { kind: 'explicit', call: port.label, address: port.host, span: port.address.span };
}

/** The host part of a gRPC address expression, when it is written out (see grpcPorts). */
function grpcHost(expr: PyNode, root: PyNode): string | undefined {
  const whole = constantString(expr, root);
  if (whole !== undefined) return whole.replace(/:[^:\]]*$/, '');
  if (expr.type === 'binary_operator' && expr.child('operator')?.type === '+') {
    const left = expr.child('left');
    const prefix = left ? constantString(left, root) : undefined;
    return prefix?.endsWith(':') ? prefix.slice(0, -1) : undefined;
  }
  // f"localhost:{port}": the literal text before the first replacement field.
  const m = expr.type === 'string' ? /^[fF][rR]?(['"])([^{'"]*):\{/.exec(expr.text) : null;
  return m ? m[2] : undefined;
}

/** A string literal, or a module-level name assigned one string literal once (`HOST = "127.0.0.1"`). */
function constantString(expr: PyNode, root: PyNode): string | undefined {
  const lit = literalOf(expr);
  if (lit.kind === 'string') return lit.value;
  if (expr.type !== 'identifier') return undefined;
  const assigned = topLevelAssignments(root).get(expr.text);
  if (assigned?.length !== 1) return undefined;
  const right = assigned[0]!.child('right');
  const v = right ? literalOf(right) : undefined;
  return v?.kind === 'string' ? v.value : undefined;
}
