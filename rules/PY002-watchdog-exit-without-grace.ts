import { defineRule } from '../src/rule.js';
import { eachWith } from '../src/triggers.js';
import { LONG_LOOP_KEYWORDS } from '../src/python/context.js';
import type { PythonTree } from '../src/parse/python.js';
import { isFalsyConstant, positionalArg, resolverFor, unparenthesize, walk, type PyNode, type PyResolver } from '../src/python/index.js';
import { importedCallee, isSleep } from '../src/python/libraries.js';
import { isQuietWait, iterationNodes, longRunningLoops, type WorkerLoop } from '../src/python/worker-loops.js';

/** Words of a staleness or liveness condition: `time.monotonic() - last_update > 180`, `not alive`. */
const STALENESS = /(last|elapsed|since|stale|idle|heartbeat|silen|alive|liveness|health|hung|stuck|updated|seen|ping|progress|timeout|deadline|monotonic|lag|age\b|time\(\))/i;
/** Words of a start-time guard: `now - started_at < GRACE`, `if not ready: continue`, `uptime`. */
const STARTUP = /(start|boot|launch|began|begin|uptime|grace|warm|ready|first)/i;

type ExitKind = 'os._exit' | 'sys.exit' | 'os.kill' | 'os.abort';

export default defineRule({
  id: 'PY002',
  name: 'watchdog-exit-without-grace',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  // It reports only inside `longRunningLoops`, so a file needs a long loop's words too.
  triggers: eachWith(['exit(', 'getpid', 'abort('], LONG_LOOP_KEYWORDS),
  precision: 'high',
  messages: {
    noGrace:
      '{{call}} kills the process on a liveness check that can fire before startup has finished: no startup grace delay or start-time check guards the first checks, so a slow boot or a quiet minute becomes a crash loop',
    hardExit:
      'os._exit() in this watchdog skips finally blocks, atexit handlers and log flushing, so the reason for the restart is lost; signal the process (os.kill(os.getpid(), signal.SIGTERM)) or exit through the main loop',
  },
  docs: {
    summary: 'A liveness watchdog kills the process with no startup grace period',
    what: `Looks at long-running loops (\`while True\`, \`while not stop.is_set()\`, \`while self.running\`…) in any function, and at the calls in them that end the process — \`os._exit(…)\`, \`sys.exit(…)\`, \`os.abort()\`, \`os.kill(os.getpid(), …)\` — when they sit under an \`if\` whose condition reads like a staleness or liveness check (it mentions \`last…\`, \`elapsed\`, \`since\`, \`stale\`, \`idle\`, \`heartbeat\`, \`alive\`, \`health\`, \`timeout\`, \`monotonic\`, \`time()\`…).

Reported (\`noGrace\`) when nothing delays the first check: no sleep or event wait in the function before the loop (\`await asyncio.sleep(60)\`, \`time.sleep(GRACE)\`, \`await ready.wait()\`), and no condition in the loop that compares against the start time or a readiness flag (a name with \`start\`, \`boot\`, \`uptime\`, \`grace\`, \`warm\`, \`ready\`, \`first\`…, or an \`is None\` check for "no update yet"). With a grace period, \`os._exit\` is still reported (\`hardExit\`) because it skips cleanup. Limits: the grace may live in the caller (a sleep before \`create_task(watchdog())\`), which is not seen; the condition is judged by its words.`,
    why: `A watchdog that kills the process when no update arrived for N seconds cannot tell "hung" from "still starting" or "no traffic yet". One Telegram bot on Railway crash-looped every three minutes: after each restart the watchdog saw no update within its window and called \`os._exit(1)\`, the platform restarted the bot, and the cycle repeated — with a silent exit, because \`os._exit\` does not flush the log buffers that would have said why. The fix was a 60-second startup grace (\`await asyncio.sleep(60)\` before the first check) and, at first, a passive watchdog that only logs.`,
    example: {
      kind: 'python',
      path: 'bot/watchdog.py',
      code: `import asyncio
import logging
import os
import time

from bot import state

logger = logging.getLogger(__name__)
LIVENESS_TIMEOUT = 180


async def watchdog() -> None:
    while True:
        await asyncio.sleep(30)
        if time.monotonic() - state.last_update_at > LIVENESS_TIMEOUT:
            logger.critical("LIVENESS_CHECK_FAILED")
            os._exit(1)
`,
    },
    fix: {
      kind: 'python',
      path: 'bot/watchdog.py',
      code: `import asyncio
import logging
import os
import signal
import time

from bot import state

logger = logging.getLogger(__name__)
LIVENESS_TIMEOUT = 180
STARTUP_GRACE = 60


async def watchdog() -> None:
    await asyncio.sleep(STARTUP_GRACE)
    while True:
        await asyncio.sleep(30)
        if time.monotonic() - state.last_update_at > LIVENESS_TIMEOUT:
            logger.critical("LIVENESS_CHECK_FAILED")
            os.kill(os.getpid(), signal.SIGTERM)
`,
    },
    references: ['https://docs.python.org/3/library/os.html#os._exit', 'https://docs.railway.com/reference/restart-policy'],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    const seen = new Set<PyNode>();
    for (const w of longRunningLoops(tree.root, resolver)) {
      iterationNodes(w.loop, (n) => {
        if (n.type !== 'call' || seen.has(n)) return true;
        const kind = exitKind(n, resolver);
        if (!kind) return true;
        const conditions = guardingConditions(n, w.loop.node);
        if (!conditions.some((c) => STALENESS.test(c.text))) return true;
        seen.add(n);
        const span = n.child('function')!.span;
        if (!hasGrace(w, n, resolver)) ctx.report({ messageId: 'noGrace', data: { call: `${kind}()` }, span });
        else if (kind === 'os._exit') ctx.report({ messageId: 'hardExit', span });
        return true;
      });
    }
  },
});

function exitKind(call: PyNode, resolver: PyResolver): ExitKind | undefined {
  const name = importedCallee(call, resolver);
  if (name === 'os._exit' || name === 'sys.exit' || name === 'os.abort') return name;
  if (name === 'os.kill') {
    const target = positionalArg(call, 0);
    const t = target ? unparenthesize(target) : undefined;
    if (t?.type === 'call' && importedCallee(t, resolver) === 'os.getpid') return 'os.kill';
  }
  return undefined;
}

/** Conditions of the `if`/`elif` clauses (within the loop) that decide whether `node` runs. */
function guardingConditions(node: PyNode, loop: PyNode): PyNode[] {
  const out: PyNode[] = [];
  let child = node;
  for (let n = node.parent; n && n !== loop; child = n, n = n.parent) {
    if (n.type === 'if_statement' || n.type === 'elif_clause') {
      const cond = n.child('condition');
      if (cond && child !== cond) out.push(cond);
    }
    if (n.type === 'else_clause' && n.parent?.type === 'if_statement') {
      const cond = n.parent.child('condition');
      if (cond) out.push(cond);
    }
  }
  return out;
}

/** A startup delay before the loop, or a start-time/readiness check in the loop before the exit. */
function hasGrace(w: WorkerLoop, exit: PyNode, resolver: PyResolver): boolean {
  const scope = w.fn?.body ?? w.loop.node.parent;
  if (scope) {
    let delayed = false;
    walk(scope, (n) => {
      if (delayed || n.start >= w.loop.node.start) return false;
      if (n !== scope && (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition')) return false;
      if (n.type === 'call' && startupWait(n, resolver)) delayed = true;
      return !delayed;
    });
    if (delayed) return true;
  }
  // Conditions in the loop up to the exit: `if now - started_at < GRACE: continue`, `if last is None`.
  const body = w.loop.body;
  if (!body) return false;
  let guarded = false;
  walk(body, (n) => {
    if (guarded || n.start > exit.start) return false;
    if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition') return false;
    if (n.type === 'if_statement' || n.type === 'elif_clause' || n.type === 'while_statement' || n.type === 'boolean_operator' || n.type === 'conditional_expression') {
      const cond = n.child('condition') ?? n;
      if (STARTUP.test(cond.text) || /\bis\s+None\b/.test(cond.text)) guarded = true;
    }
    return !guarded;
  });
  return guarded;
}

/** `await asyncio.sleep(60)`, `time.sleep(GRACE)`, `await ready.wait()` — not `sleep(0)`. */
function startupWait(call: PyNode, resolver: PyResolver): boolean {
  if (isSleep(call, resolver)) {
    const arg = positionalArg(call, 0);
    return arg !== undefined && !isFalsyConstant(arg);
  }
  return isQuietWait(call, resolver) && /wait/.test(call.child('function')?.text ?? '');
}
