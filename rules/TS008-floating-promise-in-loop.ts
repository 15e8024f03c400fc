import { ancestors, findAll, isFunction, isInfiniteLoop, methodName, resolverFor, scheduledCallback, spanOf, unwrapExpression, walk, hasCatchHandler, type FunctionNode, type Node, type TSESTree } from '../src/js/index.js';
import { isBrowserCode } from '../src/js/client.js';
import { functionNeverRejects, localCallee } from '../src/js/guards.js';
import type { JsResolver } from '../src/js/resolve.js';
import type { TypeScriptDocument } from '../src/parse/typescript.js';
import { defineRule } from '../src/rule.js';

type Where = 'loop' | 'timer';

export default defineRule({
  id: 'TS008',
  name: 'floating-promise-in-loop',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['typescript'],
  triggers: ['async', 'fetch('],
  precision: 'high',
  messages: {
    loop: '{{callee}}() returns a promise that this worker loop neither awaits nor catches: when it rejects, Node terminates the process (unhandled rejection), and until then calls pile up without back-pressure',
    timer: '{{callee}}() returns a promise that this {{scheduler}} callback neither awaits nor catches: when it rejects, Node terminates the process (unhandled rejection)',
  },
  docs: {
    summary: 'An async call in a worker loop or timer callback is neither awaited nor caught',
    what: `Reports a call written as a statement of its own — its promise neither \`await\`ed, returned, assigned nor given a rejection handler (\`.catch(h)\`, \`.then(ok, fail)\`) — when the call surely returns a promise that can reject, and it repeats:

- in the body of a loop meant to run for the life of the process (\`while (true)\`, \`for (;;)\`, \`while (!stopped)\`, \`while (this.running)\` — the loops TS003 judges), or
- in a callback run by \`setInterval\`, \`setTimeout\`, node-cron, cron's \`CronJob\` or node-schedule.

"Surely returns a promise" means: an \`async\` function or method declared in the same file (\`sync()\`, \`this.flush()\`) that can reject (one whose awaits are all guarded and that throws nothing is fine), a \`.then(…)\` chain on one without a rejection handler, or the global \`fetch(…)\`. Calls of other modules are not judged (their return type is not known without type information), \`void task()\` is taken as a deliberate fire-and-forget, and browser code is skipped. The finding is on the callee.`,
    why: `Since Node 15 an unhandled rejection terminates the process. A worker loop that starts \`processJob(job)\` without awaiting it dies the first time a job fails — and takes the HTTP server, the bot and every other worker of that process with it, so the platform restarts a process that was healthy a second ago. With a global \`unhandledRejection\` handler installed the process survives, but the failures vanish from view, and since the loop never waits, a slow dependency lets calls pile up without bound. The bot in one incident report was rebuilt so that every background iteration is awaited, bounded by a timeout and wrapped, for exactly this reason.`,
    example: {
      kind: 'typescript',
      path: 'src/worker.ts',
      code: `import { setTimeout as sleep } from 'node:timers/promises';

async function deliver(id: string): Promise<void> {
  const res = await fetch(\`https://hooks.example.com/\${id}\`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(\`webhook \${id}: \${res.status}\`);
}

export async function run(queue: { next(): Promise<string> }): Promise<void> {
  while (true) {
    try {
      const id = await queue.next();
      deliver(id);
    } catch (err) {
      console.error(err);
    }
    await sleep(100);
  }
}
`,
    },
    fix: {
      kind: 'typescript',
      path: 'src/worker.ts',
      code: `import { setTimeout as sleep } from 'node:timers/promises';

async function deliver(id: string): Promise<void> {
  const res = await fetch(\`https://hooks.example.com/\${id}\`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(\`webhook \${id}: \${res.status}\`);
}

export async function run(queue: { next(): Promise<string> }): Promise<void> {
  while (true) {
    try {
      const id = await queue.next();
      await deliver(id);
    } catch (err) {
      console.error(err);
    }
    await sleep(100);
  }
}
`,
    },
    references: ['https://nodejs.org/api/cli.html#--unhandled-rejectionsmode', 'https://typescript-eslint.io/rules/no-floating-promises/'],
  },
  document(doc, ctx) {
    const program = (doc as TypeScriptDocument).tree.program;
    if (isBrowserCode(program)) return;
    const resolver = resolverFor(program);
    const timerCallbacks = new Map<FunctionNode, string>();
    for (const call of findAll(program, ['CallExpression', 'NewExpression'])) {
      const scheduled = scheduledCallback(call, resolver);
      if (scheduled) timerCallbacks.set(scheduled.callback, scheduled.kind === 'interval' ? 'setInterval' : scheduled.kind === 'timeout' ? 'setTimeout' : 'scheduled job');
    }
    walk(program, (n) => {
      if (n.type !== 'ExpressionStatement') return true;
      const call = floatingCall(n.expression, resolver);
      if (!call) return true;
      const where = repeatsIn(n, timerCallbacks);
      if (!where) return true;
      const callee = calleeText(call, doc.source.text);
      if (where.kind === 'loop') ctx.report({ messageId: 'loop', data: { callee }, span: spanOf(call.callee) });
      else ctx.report({ messageId: 'timer', data: { callee, scheduler: where.scheduler }, span: spanOf(call.callee) });
      return true;
    });
  },
});

/** The call whose promise this statement drops, when it surely is a promise that can reject. */
function floatingCall(expr: Node, resolver: JsResolver): TSESTree.CallExpression | undefined {
  const e = unwrapExpression(expr);
  if (e.type !== 'CallExpression' || hasCatchHandler(e)) return undefined;
  // `job().then(log)`: the chain rejects when `job()` does.
  let inner: TSESTree.CallExpression = e;
  while (methodName(inner) === 'then' || methodName(inner) === 'finally') {
    const callee = unwrapExpression(inner.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const obj = unwrapExpression(callee.object);
    if (obj.type !== 'CallExpression') return undefined;
    inner = obj;
  }
  const calleeNode = unwrapExpression(inner.callee);
  if (calleeNode.type === 'Identifier' && calleeNode.name === 'fetch' && !resolver.bindingOf(calleeNode)) return inner;
  const fn = localCallee(inner, resolver);
  if (!fn?.async || functionNeverRejects(fn, resolver)) return undefined;
  return inner;
}

/** Whether the statement repeats for the life of the process: in a worker loop or a timer callback of its own function. */
function repeatsIn(statement: Node, timers: ReadonlyMap<FunctionNode, string>): { kind: Where; scheduler: string } | undefined {
  for (const a of ancestors(statement)) {
    if (isFunction(a)) {
      const scheduler = timers.get(a);
      return scheduler ? { kind: 'timer', scheduler } : undefined;
    }
    if (isInfiniteLoop(a)) return { kind: 'loop', scheduler: '' };
  }
  return undefined;
}

function calleeText(call: TSESTree.CallExpression, text: string): string {
  const [start, end] = call.callee.range;
  const written = text.slice(start, end);
  return written.length > 40 ? written.slice(0, 37) + '…' : written;
}
