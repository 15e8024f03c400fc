import { posix } from 'node:path';
import type { ComposeTree } from '../src/parse/compose.js';
import { getPair } from '../src/parse/yaml-nodes.js';
import { containerOf } from '../src/carriers/container.js';
import { defineRule } from '../src/rule.js';
import { addressScope } from '../src/shell/addresses.js';
import { between, findFlag, flagValue, programName, subcommand } from '../src/shell/query.js';
import { documentCommands, scriptKey } from '../src/shell/script-context.js';
import { baseName, isPythonWord } from '../src/shell/unwrap.js';
import type { Command, Word } from '../src/types.js';
import type { ProjectModel } from '../src/project.js';
import type { Document } from '../src/types.js';
import { SourceFile, type Span } from '../src/source.js';
import { packageScriptCommands, startedCode, withInterpreterEntrypoint } from '../src/carriers/started-code.js';
import { diskRead } from '../src/disk.js';
import { handled, ProjectSources } from '../src/js/project-sources.js';
import { ProcessScopes } from '../src/js/process-scope.js';
import { loopbackListens } from '../src/js/listeners.js';
import { parsePython } from '../src/parse/python.js';
import { programListeners } from '../src/python/listeners.js';
import type { ProjectContext } from '../src/rule.js';

/**
 * Servers and the flags that set the address they listen on. `defaultLoopback`: with no such flag
 * the server listens on 127.0.0.1 (uvicorn, granian, `flask run`, Django's runserver), unless the
 * environment variable named by `env` sets the host. Servers whose default is every interface, or
 * that read a config file which may set it (gunicorn's `gunicorn.conf.py`, hypercorn `-c`), are
 * only reported for an explicit loopback address.
 */
interface Server {
  flags: readonly string[];
  /** `flask run`, `rails server`: the flags belong to this subcommand. */
  subs?: readonly string[];
  subWithValue?: readonly string[];
  defaultLoopback?: { env: string; unless: readonly string[] };
}

const SERVERS: Record<string, Server> = {
  uvicorn: { flags: ['--host'], defaultLoopback: { env: 'UVICORN_HOST', unless: ['--uds', '--fd'] } },
  granian: { flags: ['--host'], defaultLoopback: { env: 'GRANIAN_HOST', unless: ['--uds'] } },
  gunicorn: { flags: ['-b', '--bind'] },
  hypercorn: { flags: ['-b', '--bind'] },
  daphne: { flags: ['-b', '--bind'] },
  'waitress-serve': { flags: ['--host', '--listen'] },
  'http.server': { flags: ['-b', '--bind'] },
  puma: { flags: ['-b', '--bind'] },
  'http-server': { flags: ['-a'] },
  flask: { flags: ['--host', '-h'], subs: ['run'], subWithValue: ['--app', '-A', '--env-file', '-e'], defaultLoopback: { env: 'FLASK_RUN_HOST', unless: [] } },
  next: { flags: ['-H', '--hostname'], subs: ['start'] },
  rails: { flags: ['-b', '--binding'], subs: ['server', 's'], subWithValue: ['-e', '--environment'] },
  streamlit: { flags: ['--server.address'], subs: ['run'] },
};

/** Reverse proxies: started in the same container, they are what listens outside and the app behind them rightly binds loopback. */
const PROXIES = new Set(['nginx', 'caddy', 'haproxy', 'traefik', 'envoy', 'apache2', 'apache2-foreground', 'httpd', 'httpd-foreground', 'supervisord', 'openresty', 'h2o', 'lighttpd', 'varnishd']);

type Hit = { messageId: 'explicit' | 'defaultHost'; data: Record<string, string>; span: Span; env?: string };
type MessageId = 'explicit' | 'defaultHost' | 'codeExplicit' | 'codeDefault';
type Ctx = ProjectContext<MessageId, Record<string, never>>;

export default defineRule<MessageId>({
  id: 'SH010',
  name: 'loopback-bind-in-container',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'kubernetes', 'railway', 'fly', 'render', 'heroku', 'python', 'typescript'],
  roles: ['start', 'script'],
  triggers: ['127.', 'localhost', '::1', 'uvicorn', 'granian', 'flask', 'runserver'],
  precision: 'high',
  messages: {
    explicit: '{{program}} listens on {{address}} inside a container: nothing outside the container can connect, and its published port answers nothing',
    defaultHost: '{{program}} listens on 127.0.0.1 by default, and this container start gives it no {{flag}}: nothing outside the container can connect, and its published port answers nothing',
    codeExplicit: '{{call}} listens on {{address}}, and {{carrier}} runs this file in a container: nothing outside the container can connect, and its published port answers nothing',
    codeDefault: '{{call}} listens on {{address}} when given no host, and {{carrier}} runs this file in a container: nothing outside the container can connect, and its published port answers nothing',
  },
  docs: {
    summary: 'A server in a container listens on loopback, so nothing can reach it',
    what: `Reports, in commands that start a container — Dockerfile \`CMD\`/\`ENTRYPOINT\` (final stage, or inherited by it), compose \`command\`/\`entrypoint\`, Kubernetes container \`command\`/\`args\`, Railway, Fly.io, Render and heroku.yml start commands, the scripts those run and scripts named \`*entrypoint*\` — a server told to listen on a loopback address (\`127.0.0.1\`, \`127.x.x.x\`, \`localhost\`, \`::1\`):

- \`uvicorn --host\`, \`granian --host\`, \`gunicorn -b/--bind\` (every \`--bind\` given is loopback), \`hypercorn -b\`, \`daphne -b\`, \`waitress-serve --host/--listen\`, \`puma -b tcp://…\`, \`python -m http.server --bind\`, \`http-server -a\`;
- \`flask run --host\`, \`next start -H/--hostname\`, \`rails server -b\`, \`streamlit run --server.address\`, \`manage.py runserver 127.0.0.1:8000\`;
- and servers whose **default** is loopback, started without a host: \`uvicorn\` (no \`--host\`, \`--uds\` or \`--fd\`), \`granian\`, \`flask run\` and \`manage.py runserver\` (no address, or only a port). Not reported when the variable that sets the host (\`UVICORN_HOST\`, \`GRANIAN_HOST\`, \`FLASK_RUN_HOST\`) appears in the file, a file that starts it or a deployment file of its directory or a parent; when the compose service has an \`env_file:\`; or, for Flask, when a \`.flaskenv\` exists.

**In code**, for the program file such a container start runs — \`python app.py\`, \`python -u /app/main.py\`, \`python -m pkg.main\` (\`pkg/main.py\` or \`pkg/main/__main__.py\`), \`node dist/server.js\`, \`tsx src/index.ts\`, an \`ENTRYPOINT ["python3"]\` with \`CMD ["app.py"]\`, and the package.json script that \`npm start\`/\`npm run x\`/\`yarn start\` runs — the finding is in the code file and names the line that starts it ("Dockerfile:12 runs this file in a container", also a related location):

- Python, in the code that runs when the file is the program (module level, the body of \`if __name__ == "__main__":\`, and module-level functions called or started in a thread from there (\`def main()\`), a few calls deep): Flask's (and Quart's) \`app.run()\` with no host — Flask then listens on 127.0.0.1 — unless \`SERVER_NAME\` (Flask's source of the host) appears in a file of the service's directory; \`app.run(host="127.0.0.1")\`/\`"localhost"\`; \`uvicorn.run(app)\` and \`uvicorn.Config(app)\` with no \`host\`, \`uds\` or \`fd\` (default host 127.0.0.1; \`UVICORN_HOST\` is read only by the CLI) or with a loopback one. The app counts as Flask when the file creates it (\`Flask(__name__)\`) or takes it from a project module that does (\`from web import app\`, \`create_app()\`). gRPC's \`add_insecure_port\`/\`add_secure_port("localhost:50051")\` (or \`"localhost:" + port\`, \`f"localhost:{port}"\`) on a server with no other port. A host that is a string literal or a module-level constant is judged; anything computed (\`os.environ["HOST"]\`) is not, nor a call with \`**kwargs\`.
- JavaScript/TypeScript, in every file the entry reaches by relative imports (\`dist/\` mapped back to \`src/\`): \`.listen(port, "127.0.0.1")\`, \`.listen(3000, "localhost", cb)\`, \`.listen({ port, host: "::1" })\`, the host a literal or a \`const\` of the file. \`listen(port)\` is fine (Node listens on every interface) except on a Fastify instance, whose default host is \`localhost\`: \`fastify.listen({ port })\` and \`fastify.listen(port, cb)\` are reported.

Files no container start runs (a module gunicorn imports, a script only systemd or a Procfile starts) are not judged.

Not reported: systemd units, Procfiles and scripts started on the host (there loopback behind a proxy on the same host is right); a container whose start also runs a reverse proxy (\`nginx\`, \`caddy\`, \`haproxy\`, \`envoy\`, \`supervisord\`…); compose services that share a network namespace (\`network_mode: host\`, \`service:…\`, \`container:…\`, or a service that joins this one); Kubernetes pods with another long-running container (app or native sidecar: a pod's containers share \`localhost\`, so a proxy sidecar reaches the app) or \`hostNetwork: true\`. Programs that read their address from a config file (\`gunicorn -c\`, nginx) are judged by their command line only.`,
    why: `Inside a container, 127.0.0.1 is the container's own loopback. Docker publishes a port by forwarding it to the container's network interface, not to its loopback, so a server bound to 127.0.0.1 inside the container is unreachable from the host, from other containers and from the load balancer — while its own health check, which runs \`curl -f http://localhost:8000/health\` inside the same container (as in the compose file of one of the incident reports behind prodlint), stays green. The deployment looks healthy and serves nothing: \`docker ps\` shows the port published, \`curl\` from the host gets "connection reset by peer", and the fix is one flag. On a VPS the same bind is the right choice (seed 003's Django listened on the host's loopback behind its reverse proxy), which is why host carriers are not checked.`,
    example: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\nEXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", "8000"]\n' },
    fix: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\nEXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n' },
    references: [
      'https://docs.docker.com/engine/network/#published-ports',
      'https://www.uvicorn.org/settings/#socket-binding',
      'https://docs.gunicorn.org/en/stable/settings.html#bind',
      'https://flask.palletsprojects.com/en/stable/cli/#run-the-development-server',
      'https://flask.palletsprojects.com/en/stable/api/#flask.Flask.run',
      'https://www.uvicorn.org/settings/',
      'https://fastify.dev/docs/latest/Reference/Server/#listen',
    ],
  },
  command(cmd, ctx) {
    // `$(…)` captures output; a function's body is kept (entrypoints call their `start_server`).
    if (cmd.shell?.inSubstitution) return;
    const hit = detect(cmd);
    if (!hit) return;
    if (hit.env !== undefined && (hostFromEnvironment(hit.env, cmd, ctx.source.text, ctx.project, ctx.source.path) || hasEnvFile(cmd, ctx.doc))) return;
    if (containerOf(cmd, ctx.doc, ctx.project) !== 'container') return;
    if (proxyAlongside(cmd, ctx.doc, ctx.project)) return;
    ctx.report({ messageId: hit.messageId, data: hit.data, span: hit.span });
  },
  // The code side: the file a container start runs (`python app.py`, `node dist/server.js`).
  // Asynchronous: Python and TS/JS files are not parsed in the project model.
  project(model, ctx) {
    return handled(checkStartedCode(model, ctx));
  },
});

/**
 * Server starts bound to loopback in the program a container runs: Flask's `app.run()` and
 * `uvicorn.run()` in a Python file started as `python app.py` / `python -m pkg.main`, and
 * `.listen(port, '127.0.0.1')` in the JS/TS files a `node dist/server.js` reaches. Reported in the
 * code file, naming the carrier line (related location) that starts it in a container.
 */
async function checkStartedCode(model: ProjectModel, ctx: Ctx): Promise<void> {
  let sources: ProjectSources | undefined;
  let processes: ProcessScopes | undefined;
  const done = new Set<string>();
  const parsed = new Map<string, Awaited<ReturnType<typeof parsePython>> | null>();
  const report = (source: SourceFile, messageId: MessageId, data: Record<string, string>, span: Span, cmd: Command) => {
    const key = `${source.path}\0${span.start}`;
    if (done.has(key)) return;
    done.add(key);
    const from = cmd.carrier.source;
    const carrier = `${from.path}:${from.positionAt(cmd.span.start).line}`;
    ctx.report({ messageId, data: { ...data, carrier }, span, source, related: [{ source: from, span: cmd.span, message: 'the container start that runs this file' }] });
  };
  for (const { file, command } of model.commands()) {
    if (file.environment !== 'production' || !file.doc || command.shell?.inSubstitution) continue;
    if (command.role !== 'start' && !(command.carrier.kind === 'shell' && command.role === 'script')) continue;
    const entrypoint = command.carrier.label === 'CMD' ? file.facts?.commands.find((c) => c.carrier.kind === 'dockerfile' && c.carrier.label === 'ENTRYPOINT' && c.role === 'start') : undefined;
    // `npm start` in a container runs the package.json script's program.
    const code = startedCode(withInterpreterEntrypoint(command, entrypoint) ?? command, model) ?? packageScriptCommands(command, model).map((c) => startedCode(c, model)).find((c) => c !== undefined);
    if (!code) continue;
    if (containerOf(command, file.doc, model) !== 'container' || proxyAlongside(command, file.doc, model)) continue;
    if (code.lang === 'python') {
      const target = model.byPath.get(code.file);
      if (target?.kind !== 'python' || target.environment !== 'production') continue;
      const source = target.source ?? sourceOf(target.rel, target.abs, target.text);
      if (!source) continue;
      let doc = parsed.get(target.rel);
      if (doc === undefined) {
        // A file the parser gives up on (its time budget) is judged by nobody, not a failed rule.
        doc = await parsePython(source, 'production').catch(() => null);
        parsed.set(target.rel, doc);
      }
      if (!doc) continue;
      const dir = posix.dirname(target.rel);
      const hits = programListeners(doc.tree, { localModule: (name) => localModuleText(model, [dir, posix.dirname(file.rel)], name) });
      // Flask takes the host from the SERVER_NAME setting when `run()` gives none.
      const serverName = hits.some((h) => h.kind === 'default' && h.call === 'app.run()') && mentionsNear(model, [dir, posix.dirname(file.rel)], 'SERVER_NAME');
      for (const h of hits) {
        if (h.kind === 'explicit') report(source, 'codeExplicit', { call: h.call, address: h.address }, h.span, command);
        else if (!(serverName && h.call === 'app.run()')) report(source, 'codeDefault', { call: h.call, address: '127.0.0.1' }, h.span, command);
      }
      continue;
    }
    sources ??= new ProjectSources(model);
    processes ??= new ProcessScopes(model, sources);
    const proc = await processes.processFor(code.dirs, code.spec);
    if (!proc) continue;
    for (const rel of [...proc.files].sort()) {
      const f = model.byPath.get(rel);
      if (f?.kind !== 'typescript' || f.environment !== 'production') continue;
      const text = sources.text({ rel, abs: f.abs, source: f.source, text: f.text });
      if (text === undefined || !text.includes('listen') || !/127\.|localhost|::1|fastify/.test(text)) continue;
      const doc = await sources.parse({ rel, abs: f.abs, source: f.source, text: f.text });
      if (!doc) continue;
      for (const l of loopbackListens(doc.tree.program)) report(doc.source, l.byDefault ? 'codeDefault' : 'codeExplicit', { call: l.call, address: l.address }, l.span, command);
    }
  }
}

function sourceOf(rel: string, abs: string, text: string | undefined): SourceFile | undefined {
  if (text !== undefined) return new SourceFile(rel, abs, text);
  const read = diskRead(abs);
  return 'text' in read ? new SourceFile(rel, abs, read.text) : undefined;
}

/** The text of the project module `name` (`name.py` or `name/__init__.py`) beside one of `dirs`. */
function localModuleText(model: ProjectModel, dirs: readonly string[], name: string): string | undefined {
  for (const dir of dirs) {
    for (const candidate of [`${name}.py`, `${name}/__init__.py`]) {
      const f = model.byPath.get(posix.normalize(posix.join(dir, candidate)));
      if (f?.kind === 'python') return f.text ?? sourceOf(f.rel, f.abs, undefined)?.text ?? '';
    }
  }
  return undefined;
}

/** Whether a file of the run under one of `dirs` (a module, a config file, a deployment file) mentions `word`. */
function mentionsNear(model: ProjectModel, dirs: readonly string[], word: string): boolean {
  const under = (rel: string) => dirs.some((d) => d === '.' || rel.startsWith(`${d}/`));
  return model.files.some((f) => f.kind !== undefined && under(f.rel) && (f.text ?? f.source?.text ?? '').includes(word));
}

function detect(cmd: Command): Hit | undefined {
  const head = cmd.argv[0];
  if (!head) return undefined;
  let name = programName(cmd);
  let from = 1;
  // `python manage.py runserver`: the script is the program.
  const script = cmd.argv[1]?.value;
  if (isPythonWord(head) && script && !script.startsWith('-')) {
    name = baseName(script);
    from = 2;
  }
  // `bundle exec rails s`, `bundle exec puma`.
  if (name === 'bundle' && cmd.argv[1]?.value === 'exec' && cmd.argv[2]) {
    name = baseName(cmd.argv[2].value);
    from = 3;
  }
  if (!name) return undefined;
  if (name === 'manage.py' || name === 'django-admin') return runserver(cmd, from, name);
  if (name === 'php') return phpServer(cmd);
  const spec = SERVERS[name];
  if (!spec) return undefined;
  const rest: Command = { ...cmd, argv: cmd.argv.slice(from - 1) };
  let anchor: Word = cmd.argv[from - 1]!;
  let program = name;
  if (spec.subs) {
    const sub = subcommand(rest, spec.subWithValue ?? []);
    if (!sub?.value || !spec.subs.includes(sub.value)) return undefined;
    anchor = sub;
    program = `${name} ${sub.value}`;
  }
  if (rest.argv.some((w) => w.value === '--help' || w.value === '--version')) return undefined;
  const binds = allFlags(rest, spec.flags);
  if (binds.length > 0) {
    const scopes = binds.map((b) => ({ b, scope: addressScope(b.value) }));
    // Every address given must be loopback (`-b 127.0.0.1:8000 -b 0.0.0.0:9000` listens outside too).
    if (!scopes.every((s) => s.scope === 'loopback')) return undefined;
    const first = scopes[0]!.b;
    return { messageId: 'explicit', data: { program, address: first.value! }, span: first.word.span };
  }
  if (!spec.defaultLoopback || spec.defaultLoopback.unless.some((f) => findFlag(rest, [f]))) return undefined;
  // A config file may set the host: `granian --config`, `uvicorn --env-file`.
  if (findFlag(rest, ['--env-file', '--config', '-c'])) return undefined;
  if (rest.argv.some((w) => w.value === null)) return undefined;
  return { messageId: 'defaultHost', data: { program, flag: spec.flags[0]! }, env: spec.defaultLoopback.env, span: spec.subs ? between(cmd.argv[from - 1]!, anchor) : anchor.span };
}

/** Every `--flag value` / `--flag=value` / `-bVALUE` among the arguments, with the value and the word to underline. */
function allFlags(cmd: Command, names: readonly string[]): { value: string | null | undefined; word: Word }[] {
  const out: { value: string | null | undefined; word: Word }[] = [];
  const argv = cmd.argv;
  for (let i = 1; i < argv.length; i++) {
    const v = argv[i]!.value;
    if (v === null) continue;
    if (v === '--') break;
    for (const n of names) {
      if (v === n) {
        const next = argv[i + 1];
        if (next) out.push({ value: next.value, word: next });
        i++;
        break;
      }
      if (v.startsWith(n + '=')) {
        out.push({ value: v.slice(n.length + 1), word: argv[i]! });
        break;
      }
      // `-b127.0.0.1:8000` (short option with its value attached).
      if (n.length === 2 && n[0] === '-' && n[1] !== '-' && v.startsWith(n) && v.length > 2 && !v.startsWith('--')) {
        out.push({ value: v.slice(2), word: argv[i]! });
        break;
      }
    }
  }
  return out;
}

/** `manage.py runserver [addrport]`: Django listens on 127.0.0.1:8000 (or ::1 with `-6`) unless told otherwise. */
function runserver(cmd: Command, from: number, name: string): Hit | undefined {
  const withValue = ['--settings', '--pythonpath', '-v', '--verbosity'];
  const sub = subcommand(cmd, withValue, from);
  if (sub?.value !== 'runserver' && sub?.value !== 'runserver_plus') return undefined;
  const addr = subcommand(cmd, withValue, cmd.argv.indexOf(sub) + 1);
  const program = `${name} ${sub.value}`;
  if (!addr) {
    if (cmd.argv.some((w) => w.value === null)) return undefined;
    return { messageId: 'defaultHost', data: { program, flag: 'address such as 0.0.0.0:8000' }, span: between(cmd.argv[from - 1]!, sub) };
  }
  const scope = addressScope(addr.value);
  // Django reads `0:8000` as 0.0.0.0 and a bare port as 127.0.0.1:port.
  if (scope === 'loopback') return { messageId: 'explicit', data: { program, address: addr.value! }, span: addr.span };
  if (scope === 'port-only') return { messageId: 'explicit', data: { program, address: `127.0.0.1:${addr.value}` }, span: addr.span };
  return undefined;
}

/** `php -S 127.0.0.1:8000`. */
function phpServer(cmd: Command): Hit | undefined {
  const flag = findFlag(cmd, ['-S']);
  if (!flag || flag.value !== '-S') return undefined;
  const value = flagValue(cmd, flag);
  if (addressScope(value) !== 'loopback') return undefined;
  const word = cmd.argv[cmd.argv.indexOf(flag) + 1]!;
  return { messageId: 'explicit', data: { program: 'php -S', address: value! }, span: word.span };
}

/**
 * The variable that sets the host is written where this container could get it from: in this
 * file, in a file that starts it, or in a deployment file of this directory or a parent one (a
 * compose file beside or above the Dockerfile it builds).
 */
function hostFromEnvironment(name: string, cmd: Command, text: string, project: ProjectModel, path: string): boolean {
  if (cmd.assigns.some((a) => a.name === name) || text.includes(name)) return true;
  const dir = posix.dirname(path);
  const starters = new Set(cmd.via.map((v) => v.path));
  for (const f of project.files) {
    const fdir = posix.dirname(f.rel);
    if (!starters.has(f.rel) && !(fdir === '.' || dir === fdir || dir.startsWith(fdir + '/'))) continue;
    if (f.facts?.env.some((a) => a.name === name)) return true;
    // Text for deployment files the prefilter spared parsing; never files of no kind (a README,
    // a SARIF log that quotes this rule's docs).
    if (f.kind !== undefined && f.text?.includes(name)) return true;
  }
  // Flask reads `.flaskenv` (python-dotenv) next to the app.
  return name === 'FLASK_RUN_HOST' && (project.exists(posix.join(dir, '.flaskenv')) || project.exists('.flaskenv'));
}

/** A compose service with `env_file:` gets variables prodlint does not read; one of them may set the host. */
function hasEnvFile(cmd: Command, doc: Document): boolean {
  if (cmd.carrier.kind !== 'compose' || doc.kind !== 'compose') return false;
  const { yaml, services } = (doc as Document<ComposeTree>).tree;
  const service = services.find((s) => s.name === cmd.carrier.owner);
  return service !== undefined && getPair(yaml, service.node, 'env_file') !== undefined;
}

/** A reverse proxy started by the same script or command line listens outside for it. */
function proxyAlongside(cmd: Command, doc: Document, project: ProjectModel): boolean {
  const key = scriptKey(cmd);
  return documentCommands(doc, project).some((c) => scriptKey(c) === key && c !== cmd && PROXIES.has(baseName(c.argv[0]?.value) ?? ''));
}
