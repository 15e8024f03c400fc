import { defineRule } from '../src/rule.js';
import { describeNode } from '../src/python/describe.js';
import type { PythonTree } from '../src/parse/python.js';
import { functionReferenced, kwarg, methodName, resolverFor, walk, type PyNode, type PyResolver } from '../src/python/index.js';
import { httpCall } from '../src/python/libraries.js';
import { containsTimeoutBound, hasTimeoutKeyword, isWaitFor, underTimeout } from '../src/python/timeouts.js';
import { LONG_LOOP_TRIGGERS, awaitedCall, isQuietWait, iterationNodes, workerLoops } from '../src/python/worker-loops.js';

/** Awaits that wait for input by design: a quiet socket or stream is not a hang. */
const INPUT_WAITS = new Set([
  'recv',
  'receive',
  'receive_json',
  'receive_text',
  'receive_bytes',
  'receive_str',
  'read',
  'readline',
  'readexactly',
  'readuntil',
  'getone',
  'getmany',
  'accept',
  'listen',
]);

const BOUNDARIES = new Set(['function_definition', 'lambda', 'class_definition']);

/** Keyword arguments that bound one call's wait. */
const TIMEOUT_KEYWORDS = ['timeout', 'timeout_ms', 'read_timeout', 'socket_timeout'];

export default defineRule({
  id: 'PY004',
  name: 'worker-iteration-without-timeout',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  triggers: LONG_LOOP_TRIGGERS,
  precision: 'medium',
  messages: {
    unbounded: '{{op}} in this async worker loop has no time bound: if it hangs, the worker stalls forever with no error and no log line',
  },
  docs: {
    summary: 'An async worker iteration can hang forever: nothing bounds its awaits in time',
    what: `Reports the \`while\` of an async worker loop (see PY003: a long-running loop in an \`async def\` that sleeps or waits on a queue or event each iteration, or in a coroutine the module starts with \`create_task\`) that awaits work while nothing in the iteration bounds it in time: no \`asyncio.wait_for(…)\`, no \`async with asyncio.timeout(…)\` / \`async_timeout.timeout(…)\` / anyio's or trio's \`fail_after\`/\`move_on_after\`.

Awaits that are not work: sleeps, \`queue.get()\`, \`event.wait()\` and lock acquisition, and waits for input by design (\`ws.recv()\`, \`reader.readline()\`, \`consumer.getone()\`…). Awaits that are bounded on their own: a call with a \`timeout=\` (or \`timeout_ms=\`, \`read_timeout=\`, \`socket_timeout=\`) that is not \`None\`, \`asyncio.wait(…, timeout=…)\`, and httpx/aiohttp requests, which time out by default. One bound anywhere in the iteration is enough for this rule. A coroutine of the same module that is awaited is followed two levels deep: it counts as work only if its own body awaits something unbounded. Limits: bounds inside coroutines of other modules are not seen.`,
    why: `A dependency that stops answering without closing the connection — a database behind a dead NAT entry, an API that accepted the request and went quiet — makes an \`await\` wait forever. The worker stops making progress, raises nothing and logs nothing; a liveness watchdog may then kill the whole process. The Telegram bot in one incident report wrapped every worker iteration in \`asyncio.wait_for(…, timeout=120)\` and logged \`ITERATION_END\` in a \`finally\`, so a hung iteration became a logged \`WORKER_TIMEOUT\` and the next iteration ran.`,
    example: {
      kind: 'python',
      path: 'workers/renewal.py',
      code: `import asyncio
import logging

from app.billing import renew_due_subscriptions

logger = logging.getLogger(__name__)


async def auto_renewal_worker() -> None:
    while True:
        try:
            await renew_due_subscriptions()
        except Exception:
            logger.exception("auto renewal failed")
        await asyncio.sleep(60)
`,
    },
    fix: {
      kind: 'python',
      path: 'workers/renewal.py',
      code: `import asyncio
import logging

from app.billing import renew_due_subscriptions

logger = logging.getLogger(__name__)


async def auto_renewal_worker() -> None:
    while True:
        try:
            await asyncio.wait_for(renew_due_subscriptions(), timeout=120)
        except asyncio.TimeoutError:
            logger.error("auto renewal iteration timed out")
        except Exception:
            logger.exception("auto renewal failed")
        await asyncio.sleep(60)
`,
    },
    references: ['https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for', 'https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout'],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    for (const w of workerLoops(tree.root, resolver)) {
      if (!w.fn?.async || !w.loop.body || containsTimeoutBound(w.loop.body, resolver)) continue;
      let work: PyNode | undefined;
      iterationNodes(
        w.loop,
        (n) => {
          if (work) return false;
          if (n.named && n.type === 'await' && isUnboundedWork(n, resolver)) {
            work = n;
            return false;
          }
          return true;
        },
        { skipNestedWorkerLoops: true },
      );
      if (!work) continue;
      ctx.report({
        messageId: 'unbounded',
        data: { op: describeNode(work) },
        span: w.loop.node.children[0]!.span,
        related: [{ source: doc.source, span: work.span, message: 'this await has no time bound' }],
      });
    }
  },
});

const MAX_CALLEE_DEPTH = 2;

function isUnboundedWork(awaitNode: PyNode, resolver: PyResolver, depth = 0): boolean {
  const call = awaitedCall(awaitNode);
  if (!call) return true;
  if (isQuietWait(call, resolver) || isWaitFor(call, resolver)) return false;
  const method = methodName(call) ?? '';
  if (INPUT_WAITS.has(method)) return false;
  if (TIMEOUT_KEYWORDS.some((k) => hasTimeoutKeyword(call, k))) return false;
  const http = httpCall(call, resolver);
  // httpx (5 s) and aiohttp (5 min total) time out by default unless told `timeout=None` (httpx).
  if (http && (http.library === 'aiohttp' || (http.library === 'httpx' && !kwarg(call, 'timeout')?.isNone))) return false;
  // A coroutine of this module: unbounded only if its own body awaits something unbounded.
  const fn = call.child('function');
  const def = fn ? functionReferenced(fn, resolver) : undefined;
  const body = def?.child('body');
  if (!body || depth >= MAX_CALLEE_DEPTH) return true;
  if (containsTimeoutBound(body, resolver)) return false;
  let unbounded = false;
  walk(body, (n) => {
    if (unbounded || (n !== body && BOUNDARIES.has(n.type))) return false;
    if (n.named && n.type === 'await' && !underTimeout(n, resolver) && isUnboundedWork(n, resolver, depth + 1)) unbounded = true;
    return !unbounded;
  });
  return unbounded;
}
