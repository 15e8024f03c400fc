import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { callArguments, calls, kwarg, literalOf, resolverFor, type PyNode } from '../src/python/index.js';
import { importedCallee } from '../src/python/libraries.js';
import { describeScope, SERVICE_SCOPE_WORDS, serviceScope } from '../src/python/service-scope.js';
import { eachWith } from '../src/triggers.js';

/** Calls that wait for a child process to finish; each takes `timeout=` (Python >= 3.3). */
const WAITING_FUNCTIONS = new Set([
  'subprocess.run',
  'subprocess.call',
  'subprocess.check_call',
  'subprocess.check_output',
]);
/** `Popen` methods that wait for the child. */
const WAITING_METHODS = new Set(['communicate', 'wait']);
const POPEN = new Set(['subprocess.Popen']);

export default defineRule({
  id: 'PY015',
  name: 'subprocess-without-timeout',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  // Reported only in a service scope, which a file spells out (see SERVICE_SCOPE_WORDS).
  triggers: eachWith(['subprocess'], SERVICE_SCOPE_WORDS),
  precision: 'high',
  messages: {
    missing: '{{call}}() in {{scope}} has no timeout: a child process that hangs (a stalled network mount, a prompt waiting for input, a deadlocked tool) blocks it forever',
    none: 'timeout=None on {{call}}() in {{scope}} waits forever for the child process',
  },
  docs: {
    summary: 'A long-running service waits for a child process with no time bound',
    what: `Reports \`subprocess.run/call/check_call/check_output(…)\` without \`timeout=\` (or with \`timeout=None\`), and \`.communicate()\`/\`.wait()\` on a \`subprocess.Popen(…)\` object without one, when the call runs for the life of a service:

- in the body of a long-running loop (\`while True:\`, \`while not stop.is_set():\`, \`for _ in itertools.count():\`) of the same function;
- in a web request handler (a function decorated with \`@app.get/post/…\`, \`@router.…\`, \`@bp.route\`, \`@app.api_route\`, \`@app.websocket\`, or a function in a Django \`views.py\` whose first parameter is \`request\`);
- in a task-queue job (\`@app.task\`, \`@shared_task\`, \`@dramatiq.actor\`, Huey \`@huey.task\`, RQ \`@job\`);
- in a bot update handler (\`@dp.message(…)\`, \`@router.callback_query(…)\`, \`@bot.message_handler(…)\`).

Imports and aliases are followed (\`from subprocess import run\`, \`import subprocess as sp\`, \`p = subprocess.Popen(…)\`, \`with subprocess.Popen(…) as p:\`). Not reported: one-shot code (module level, CLI functions, functions outside these scopes), calls with \`**kwargs\` (a timeout may be in them), tasks whose decorator sets a time limit the queue enforces even during a wait (Celery \`time_limit=\`/\`soft_time_limit=\`, RQ \`@job(timeout=…)\`; not Dramatiq's, which cannot interrupt one), and files classified as development. Limits: helpers called from a handler are not followed; \`asyncio\` subprocesses are not covered (\`asyncio.wait_for\` is their bound).`,
    why: `A worker that shells out waits as long as the child runs. When the child hangs — \`git\` waiting for credentials on a prompt nobody sees, \`ffmpeg\` on a truncated stream, a tool blocked on a stale NFS mount — the worker's iteration never ends: jobs pile up, and a watchdog that measures iteration progress kills the process, which restarts into the same hang. One team's incident audit of a bot that crash-looped on Railway ended in a hard per-iteration timeout, because one stuck call had frozen the whole loop; a request handler that shells out without a bound pins a server thread the same way until the pool is exhausted.`,
    example: {
      kind: 'python',
      path: 'worker/thumbnails.py',
      code: `import subprocess
import time


def run_forever(queue) -> None:
    while True:
        job = queue.pop()
        subprocess.run(["ffmpeg", "-i", job.source, job.target], check=True)
        time.sleep(1)
`,
    },
    fix: {
      kind: 'python',
      path: 'worker/thumbnails.py',
      code: `import subprocess
import time


def run_forever(queue) -> None:
    while True:
        job = queue.pop()
        subprocess.run(["ffmpeg", "-i", job.source, job.target], check=True, timeout=300)
        time.sleep(1)
`,
    },
    references: ['https://docs.python.org/3/library/subprocess.html#subprocess.run', 'https://docs.python.org/3/library/subprocess.html#subprocess.Popen.communicate'],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    for (const call of calls(tree.root)) {
      const name = importedCallee(call, resolver);
      if (name === null) continue;
      const shown = waitingCall(name);
      if (!shown) continue;
      const timeout = kwarg(call, 'timeout');
      const isNone = timeout !== undefined && literalOf(timeout.value).kind === 'none';
      if (timeout && !isNone) continue;
      if (!timeout && (callArguments(call).hasStarKwargs || positionalTimeout(call, name))) continue;
      const scope = serviceScope(call, doc.source.path);
      // A task the queue stops at a time limit does not wait forever.
      if (!scope || (scope.kind === 'task' && scope.timeLimited)) continue;
      const data = { call: shown, scope: describeScope(scope) };
      if (isNone) ctx.report({ messageId: 'none', data, span: timeout.node.span });
      else ctx.report({ messageId: 'missing', data, span: call.child('function')!.span });
    }
  },
});

/** The name to show when a call of `name` waits for a child process, else undefined. */
function waitingCall(name: string): string | undefined {
  if (WAITING_FUNCTIONS.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const owner = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if (POPEN.has(owner) && WAITING_METHODS.has(method)) return `Popen.${method}`;
  return undefined;
}

/** `p.wait(30)` / `p.communicate(data, 30)`: the timeout given positionally. */
function positionalTimeout(call: PyNode, name: string): boolean {
  const positional = callArguments(call).positional.length;
  if (name.endsWith('.wait')) return positional >= 1;
  if (name.endsWith('.communicate')) return positional >= 2;
  return false;
}
