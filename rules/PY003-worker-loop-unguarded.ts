import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { describeNode } from '../src/python/describe.js';
import { resolverFor } from '../src/python/index.js';
import { LONG_LOOP_TRIGGERS, firstUncaught, loopInsideCatchAll, restartedByOuterLoop, workerLoops } from '../src/python/worker-loops.js';

export default defineRule({
  id: 'PY003',
  name: 'worker-loop-unguarded',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  triggers: LONG_LOOP_TRIGGERS,
  precision: 'medium',
  messages: {
    unguarded:
      '{{op}} can raise and no try/except Exception in the iteration catches it: one error ends this {{what}} for good while the process keeps running',
  },
  docs: {
    summary: 'A background worker loop ends for good at its first exception',
    what: `Reports the \`while\` of a loop meant to run for the life of the process — \`while True\`, \`while 1\`, \`while not stop.is_set()\`, \`while not self._stopped\`, \`while self.running\`, \`for _ in itertools.count()\` — in an \`async def\` or in a function the module starts as a thread, process, task or executor job (\`threading.Thread(target=…)\`, \`asyncio.create_task(…)\`, \`run_in_executor\`, a \`Thread\` subclass's \`run\`), when something the iteration does can raise and is not inside a \`try\` (within the loop) that catches \`Exception\`, \`BaseException\` or everything without re-raising, or a \`with contextlib.suppress(Exception)\`.

What counts as able to raise: in a coroutine, an \`await\` (except sleeps and waits on queues, events and locks), an \`async with\` on a call, an \`async for\`, and synchronous HTTP calls; in a thread target, any call other than builtins, logging, clocks, container and string methods. A call of a function of the same module is followed two levels deep: one whose body catches everything itself does not count. Code in \`except\`/\`finally\` clauses is error handling and not counted. A narrow \`except (ClientError, TimeoutError)\` does not count as a guard: the next unexpected error still ends the loop.

Not reported: loops in generators (the consumer sees the exception), loops that \`return\` a value (retry and poll-until loops hand their exception to a caller that awaits them), and loops that an enclosing long-running loop restarts from inside its own \`try\`/\`except Exception\`. Limits: a supervisor in another module that restarts the worker is not seen, nor what callees from other modules catch; a wait-until loop inside a handler that sleeps between checks (\`while True: await sleep(0.5); if done: break\`) looks like a worker and may be reported.`,
    why: `In an asyncio task an uncaught exception ends the task; the error is stored on the task object and logged only when that object is garbage-collected, if ever. In a thread it ends the thread with one traceback on stderr. Either way the process stays up and looks healthy while the worker — renewals, reminders, payment checks — has silently stopped. The Telegram bot in one incident report had six such workers; the fix was to wrap every iteration in \`try\`/\`except\`, put the iteration-end log in \`finally\`, and bound each iteration with \`asyncio.wait_for\`. A backend in another report listed "uncaught exceptions" first among the reasons it died on its own.`,
    example: {
      kind: 'python',
      path: 'workers/reminders.py',
      code: `import asyncio
import logging

from app.db import get_pool
from app.telegram import send_reminder

logger = logging.getLogger(__name__)


async def reminders_worker() -> None:
    while True:
        pool = get_pool()
        rows = await pool.fetch("SELECT user_id FROM reminders WHERE due_at < now()")
        for row in rows:
            await send_reminder(row["user_id"])
        logger.info("reminders iteration done")
        await asyncio.sleep(60)
`,
    },
    fix: {
      kind: 'python',
      path: 'workers/reminders.py',
      code: `import asyncio
import logging

from app.db import get_pool
from app.telegram import send_reminder

logger = logging.getLogger(__name__)


async def run_iteration() -> None:
    pool = get_pool()
    rows = await pool.fetch("SELECT user_id FROM reminders WHERE due_at < now()")
    for row in rows:
        await send_reminder(row["user_id"])


async def reminders_worker() -> None:
    while True:
        try:
            await asyncio.wait_for(run_iteration(), timeout=120)
        except asyncio.TimeoutError:
            logger.error("reminders iteration timed out")
        except Exception:
            logger.exception("reminders iteration failed")
        finally:
            logger.info("reminders iteration done")
        await asyncio.sleep(60)
`,
    },
    references: [
      'https://docs.python.org/3/library/asyncio-dev.html#detect-never-retrieved-exceptions',
      'https://docs.python.org/3/library/threading.html#threading.excepthook',
    ],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    for (const w of workerLoops(tree.root, resolver)) {
      if (!w.loop.body || restartedByOuterLoop(w.loop.node, resolver) || loopInsideCatchAll(w.loop.node, resolver)) continue;
      const op = firstUncaught(w.loop.body, resolver, w.fn?.async ? 'async' : 'sync', 0, { skipNestedWorkerLoops: true });
      if (!op) continue;
      const keyword = w.loop.node.children[0]!;
      ctx.report({
        messageId: 'unguarded',
        data: { op: describeNode(op), what: w.fn?.async ? 'async worker loop' : `${w.started?.kind ?? 'worker'} loop` },
        span: keyword.span,
        related: [{ source: doc.source, span: op.span, message: 'an exception here leaves the loop' }],
      });
    }
  },
});
