import { findAll, isFunction, methodName, resolverFor, scheduledCallback, spanOf, unwrapExpression, type FunctionNode, type Node, type TSESTree } from '../src/js/index.js';
import { isBrowserCode } from '../src/js/client.js';
import { unguardedAwaits } from '../src/js/guards.js';
import type { TypeScriptDocument } from '../src/parse/typescript.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'TS002',
  name: 'async-timer-unguarded',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['typescript'],
  triggers: ['setInterval', 'setTimeout', 'CronJob', 'scheduleJob', 'cron'],
  precision: 'high',
  messages: {
    unguarded:
      'async {{scheduler}} callback awaits outside try/catch: a rejection there is an unhandled rejection, which terminates Node (or, under a global handler, vanishes while the job keeps failing)',
  },
  docs: {
    summary: 'An async timer or cron callback can reject with nothing to catch it',
    what: `Reports an \`async\` callback passed to \`setInterval\`, \`setTimeout\` (also on \`globalThis\` or from \`timers\`), node-cron \`cron.schedule(expr, fn)\`, cron \`new CronJob(expr, fn)\` or node-schedule \`scheduleJob([name,] rule, fn)\` when at least one \`await\` (or \`for await\`) in its own body can reject out of it. The callback may be written inline or be a function declared in the same file and passed by name.

An await is guarded by any enclosing \`try { } catch\` in the callback (\`try\`/\`finally\` without \`catch\` is not a guard, and awaits inside \`catch\`/\`finally\` blocks are not guarded by their own \`try\`), or by a rejection handler on the awaited promise (\`await job().catch(log)\`, \`.then(ok, fail)\`). Awaits that cannot reject are fine: sleeps (\`sleep(ms)\`, \`delay(ms)\`, \`setTimeout(ms)\` from \`timers/promises\`, \`new Promise((r) => setTimeout(r, ms))\`), \`Promise.allSettled(…)\`, calls of functions or methods of the same file that catch their own errors (followed three levels deep), calls asked not to throw (\`{ throwOnError: false }\`), helpers whose name says they handle errors (\`safeRun\`, \`this.checkConnectionError(…)\`), and wrappers whose inline async callback catches its own errors (\`await trace('x', async () => { try { … } catch { … } })\`).

Limits: functions of other modules are not followed, and a synchronous \`throw\` in an async callback (which also rejects) is not looked for. Browser code (\`'use client'\`, or files with JSX, UI-framework imports or \`window\`/\`document\` and no server-only import) is skipped: there an unhandled rejection is only logged. node-cron 3 catches a rejected task itself and emits \`task-failed\`, so there the error is lost silently rather than fatal. The finding is on the callback's \`async\` keyword (or on the name of a callback passed by name).`,
    why: `Nothing awaits the promise a timer callback returns. When an \`await\` inside it rejects — the database restarts, an API answers 500 — the rejection is unhandled, and since Node 15 an unhandled rejection terminates the process: one failed poll takes down the bot, the API and every other job in that process. With a global \`unhandledRejection\` handler installed the process survives, but the error is swallowed far from its cause and the job keeps failing without anyone noticing — the silent-worker failure behind one team's incident audit, where background jobs stopped doing their work while the service looked healthy.`,
    example: {
      kind: 'typescript',
      path: 'src/jobs.ts',
      code: `import { syncSubscriptions } from './billing';

setInterval(async () => {
  await syncSubscriptions();
}, 60_000);
`,
    },
    fix: {
      kind: 'typescript',
      path: 'src/jobs.ts',
      code: `import { syncSubscriptions } from './billing';

setInterval(async () => {
  try {
    await syncSubscriptions();
  } catch (err) {
    console.error('subscription sync failed', err);
  }
}, 60_000);
`,
    },
    references: [
      'https://nodejs.org/api/cli.html#--unhandled-rejectionsmode',
      'https://nodejs.org/api/process.html#event-unhandledrejection',
      'https://nodejs.org/api/timers.html#setintervalcallback-delay-args',
    ],
  },
  document(doc, ctx) {
    const program = (doc as TypeScriptDocument).tree.program;
    if (isBrowserCode(program)) return;
    const resolver = resolverFor(program);
    for (const call of findAll(program, ['CallExpression', 'NewExpression'])) {
      const scheduled = scheduledCallback(call, resolver);
      if (!scheduled || !scheduled.callback.async) continue;
      if (unguardedAwaits(scheduled.callback, scheduled.callback, resolver).length === 0) continue;
      const arg = call.arguments.find((a) => unwrapExpression(a) === scheduled.callback || functionArgFor(a, scheduled.callback));
      const start = scheduled.callback.range[0];
      const inline = arg !== undefined && isFunction(unwrapExpression(arg)) && doc.source.text.startsWith('async', start);
      const span = inline ? { start, end: start + 'async'.length } : spanOf(arg ?? call.callee);
      ctx.report({ messageId: 'unguarded', data: { scheduler: schedulerName(scheduled.kind, call) }, span });
    }
  },
});

/** Whether `arg` names the declared function `fn` (`setInterval(tick, ms)`). */
function functionArgFor(arg: Node, fn: FunctionNode): boolean {
  const a = unwrapExpression(arg);
  return a.type === 'Identifier' && (fn.type === 'FunctionDeclaration' ? fn.id?.name === a.name : fn.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier' && fn.parent.id.name === a.name);
}

function schedulerName(kind: 'interval' | 'timeout' | 'cron', call: TSESTree.CallExpression | TSESTree.NewExpression): string {
  if (kind === 'interval') return 'setInterval';
  if (kind === 'timeout') return 'setTimeout';
  if (call.type === 'NewExpression') return 'CronJob';
  return methodName(call) === 'scheduleJob' ? 'scheduleJob' : 'cron.schedule';
}
