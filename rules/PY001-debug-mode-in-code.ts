import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { calls, kwarg, methodName, resolverFor, type KeywordArgument, type PyNode, type PyResolver } from '../src/python/index.js';
import { djangoSettings, topLevelAssignments } from '../src/python/django.js';
import { evaluateUnsetEnv, truthy } from '../src/python/env-values.js';
import { importedCallee } from '../src/python/libraries.js';

type MessageId = 'runDebug' | 'runReloader' | 'appDebug' | 'uvicornReload' | 'settingsDebug' | 'settingsDefault' | 'settingsString';

/** `.run(...)` of event-loop runners, whose `debug=True` is asyncio's debug mode, not a web server's. */
const LOOP_RUNNERS = /^(asyncio|uvloop|trio|anyio|curio)(\.runners)?\.run$/;
/** Application classes whose `debug=True` serves tracebacks. */
const APP_CLASSES = new Set([
  'fastapi.FastAPI',
  'fastapi.applications.FastAPI',
  'starlette.applications.Starlette',
  'starlette.Starlette',
  'litestar.Litestar',
  'litestar.app.Litestar',
]);

export default defineRule<MessageId>({
  id: 'PY001',
  name: 'debug-mode-in-code',
  severity: 'error',
  category: 'security',
  productionOnly: true,
  kinds: ['python'],
  // Not plain 'debug': log.debug(...) is in most modules; not plain 'DEBUG': logging.DEBUG is too.
  // Keyword forms and the Django setting's assignment only.
  triggers: ['debug=', 'debug =', 'DEBUG =', 'DEBUG=', 'DEBUG:', 'use_reloader', 'use_debugger', 'reload=', 'reload ='],
  securitySeverity: 7.5,
  precision: 'high',
  messages: {
    runDebug: '{{keyword}} starts the development server in debug mode: tracebacks with local variables to anyone who triggers an error, Werkzeug\'s interactive console, and a reloader',
    runReloader: '{{keyword}} restarts the server whenever a file changes: a git pull or any edit on the host restarts production',
    appDebug: '{{keyword}} on {{app}}() serves tracebacks with local variables to anyone who triggers an error',
    uvicornReload: '{{keyword}} on uvicorn.run() restarts the server whenever a file changes: a git pull or any edit on the host restarts production',
    settingsDebug: 'DEBUG is on in these Django settings: error pages show settings, environment and local variables to anyone, and every SQL query is kept in memory',
    settingsDefault: 'DEBUG is on when {{variable}} is unset: a deployment that forgets the variable runs Django with its debug pages',
    settingsString: 'DEBUG is the string {{value}} when {{variable}} is unset, and any non-empty string is true: Django runs in debug mode',
  },
  docs: {
    summary: 'Debug mode or a reloader is switched on in code',
    what: `Reports, as the keyword argument:

- \`.run(…, debug=True)\` and \`.run(…, use_reloader=True)\` — Flask's \`app.run\`, Flask-SocketIO's \`socketio.run\`, Dash's \`run_server\`, and any other \`.run\` except the event-loop runners (\`asyncio.run(main(), debug=True)\` is asyncio's debug mode); \`werkzeug.serving.run_simple(…, use_debugger=True/use_reloader=True)\`;
- \`FastAPI(debug=True)\`, \`Starlette(debug=True)\`, \`Litestar(debug=True)\`;
- \`uvicorn.run(…, reload=True)\`.

In Django settings modules — \`settings.py\`, a module of a \`settings/\` package, or any module assigning \`INSTALLED_APPS\` (a \`settings.py\` must show it is Django's: a Django setting, a Django import or \`from .base import *\`) — reports the last top-level \`DEBUG = …\` when it is true, including when it only defaults to true: \`DEBUG = os.getenv("DEBUG", "True") == "True"\`, \`env.bool("DJANGO_DEBUG", default=True)\`, \`config("DEBUG", default=True, cast=bool)\`, \`environ.Env(DEBUG=(bool, True))\`, \`not os.getenv("PRODUCTION")\`, or a non-empty string such as \`os.getenv("DEBUG", "False")\` (which Python treats as true).

The value is evaluated as if the environment were empty; computed values that cannot be evaluated are not reported. Skipped: files classified as development (\`settings/dev.py\`, \`settings/local.py\`, \`settings_dev.py\`, \`tests/\`…); settings files whose name says development, local, test or CI (\`local_settings.py\`, \`settings_local.py\`) or a template (\`settings_sample.py\`, \`settings.example.py\`); base modules that environment-specific settings override (\`settings/base.py\`, \`settings/common.py\`, \`settings_common.py\`, and a settings package's \`__init__.py\` next to a \`production.py\`); and server calls on a development-only path — under an \`if\` that tests a debug, development, local or reload flag (\`if settings.DEBUG:\`, \`if args.dev:\`), or in a function whose name or decorator says so (\`def run_dev_server()\`, \`@cli.command("develop")\`). Limits: \`DEBUG\` set outside the settings module, or \`app.debug = True\`/\`app.config["DEBUG"] = True\`, is not seen; \`app.run(debug=True)\` under \`if __name__ == "__main__":\` is reported even when production starts the app through gunicorn.`,
    why: `Debug mode serves a traceback page with local variables, settings and environment — database passwords and API keys — to anyone who can make a request fail, and Werkzeug's debugger adds a console that runs arbitrary Python on the server. Django in debug mode also keeps every SQL query in memory. The reloader that comes with it restarts the server on any file change: in one incident a \`--reload\` left in production restarted every service on a VPS each time a scheduled \`git pull\` touched the tree.`,
    example: {
      kind: 'python',
      path: 'bot/main.py',
      code: `from flask import Flask

app = Flask(__name__)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
`,
    },
    fix: {
      kind: 'python',
      path: 'bot/main.py',
      code: `import os

from flask import Flask

app = Flask(__name__)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
`,
    },
    references: [
      'https://flask.palletsprojects.com/en/stable/debugging/',
      'https://docs.djangoproject.com/en/stable/ref/settings/#debug',
      'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#debug',
      'https://www.uvicorn.org/settings/#development',
    ],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    for (const call of calls(tree.root)) {
      const hit = checkCall(call, resolver);
      if (hit) ctx.report(hit);
    }
    const settings = djangoSettings(doc.source.path, tree.root, (rel) => ctx.project.exists(rel));
    if (!settings || settings.devByName || settings.overriddenBase) return;
    const assignments = topLevelAssignments(tree.root).get('DEBUG');
    const last = assignments?.[assignments.length - 1];
    if (!last) return;
    let value = last.child('right');
    while (value?.type === 'assignment') value = value.child('right');
    if (!value) return;
    const { value: v, variables } = evaluateUnsetEnv(value, resolver);
    if (truthy(v) !== true) return;
    const variable = variables[0] ?? 'the variable';
    const messageId: MessageId = variables.length === 0 ? 'settingsDebug' : v.kind === 'string' ? 'settingsString' : 'settingsDefault';
    ctx.report({ messageId, data: { variable, value: v.kind === 'string' ? JSON.stringify(v.value) : '' }, span: last.span });
  },
});

type Hit = { messageId: MessageId; data: Record<string, string>; span: { start: number; end: number } };

function checkCall(call: PyNode, resolver: PyResolver): Hit | undefined {
  if (developmentOnly(call)) return undefined;
  const name = importedCallee(call, resolver);
  const on = (kw: KeywordArgument | undefined) => kw !== undefined && truthy(evaluateUnsetEnv(kw.value, resolver).value) === true;
  const hit = (messageId: MessageId, kw: KeywordArgument, extra: Record<string, string> = {}): Hit => ({
    messageId,
    data: { keyword: kw.node.text.replace(/\s+/g, ''), ...extra },
    span: kw.node.span,
  });
  if (name !== null && APP_CLASSES.has(name)) {
    const debug = kwarg(call, 'debug');
    return on(debug) ? hit('appDebug', debug!, { app: name.split('.').pop()! }) : undefined;
  }
  if (name === 'uvicorn.run' || name === 'uvicorn.main.run') {
    const reload = kwarg(call, 'reload');
    if (on(reload)) return hit('uvicornReload', reload!);
  }
  if (name === 'werkzeug.serving.run_simple' || name === 'werkzeug.run_simple') {
    const debugger_ = kwarg(call, 'use_debugger');
    if (on(debugger_)) return hit('runDebug', debugger_!);
    const reloader = kwarg(call, 'use_reloader');
    return on(reloader) ? hit('runReloader', reloader!) : undefined;
  }
  const method = methodName(call);
  if (method !== 'run' && method !== 'run_server') return undefined;
  if (name !== null && LOOP_RUNNERS.test(name)) return undefined;
  const debug = kwarg(call, 'debug');
  if (on(debug)) return hit('runDebug', debug!);
  const reloader = kwarg(call, 'use_reloader');
  return on(reloader) ? hit('runReloader', reloader!) : undefined;
}

/** Words of a development-only path: `if settings.DEBUG:`, `if args.dev:`, `def run_dev_server():`, `@cli.command("develop")`. */
const DEV_WORDS = /(debug|dev\b|dev_|develop|local|reload)/i;

/**
 * The call runs only in development: under an `if` whose condition tests a debug or development
 * flag, or in a function whose name or decorators say so.
 */
function developmentOnly(call: PyNode): boolean {
  let child = call;
  for (let n = call.parent; n; child = n, n = n.parent) {
    if ((n.type === 'if_statement' || n.type === 'elif_clause') && child.field !== 'condition') {
      const cond = n.child('condition');
      if (cond && DEV_WORDS.test(cond.text)) return true;
    }
    if (n.type === 'function_definition') {
      if (DEV_WORDS.test(n.child('name')?.text ?? '')) return true;
      const decorated = n.parent?.type === 'decorated_definition' ? n.parent : undefined;
      if (decorated?.children.some((d) => d.type === 'decorator' && DEV_WORDS.test(d.text))) return true;
    }
  }
  return false;
}
