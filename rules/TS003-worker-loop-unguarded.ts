import { enclosingFunction, findAll, resolverFor } from '../src/js/index.js';
import { isBrowserCode } from '../src/js/client.js';
import { exitsOnRejection } from '../src/js/crash-only.js';
import { unguardedAwaits } from '../src/js/guards.js';
import { innermostWorkerLoop, isAsyncWorkerLoop } from '../src/js/loops.js';
import type { TypeScriptDocument } from '../src/parse/typescript.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'TS003',
  name: 'worker-loop-unguarded',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['typescript'],
  triggers: ['while', 'for (;;', 'for(;;'],
  precision: 'high',
  messages: {
    unguarded: 'this worker loop awaits outside try/catch: the first rejected call ends the loop for good, and the worker is gone while the process looks healthy',
  },
  docs: {
    summary: 'A long-running async worker loop ends on the first error',
    what: `Reports a loop meant to run for the life of the process — \`while (true)\`, \`while (1)\`, \`for (;;)\`, \`do … while (true)\`, or a loop on a run/stop flag such as \`while (!stopped)\`, \`while (!this.shuttingDown)\`, \`while (this.running)\`, \`while (!signal.aborted)\` — inside an \`async\` function, when an \`await\` (or \`for await\`) of its iteration can reject out of the function. Guards are judged as in TS002: any enclosing \`try { } catch\` in the function (also one around the whole loop; \`try\`/\`finally\` alone is not a guard), a rejection handler on the awaited promise, awaits that cannot reject (sleeps, \`Promise.allSettled\`), functions and methods of the same file that catch their own errors, calls asked not to throw, and helpers named for handling errors.

Loops that end when their work is done are not worker loops and are skipped: a \`break\` out of the loop or a \`return\` inside it (pagination, stream readers, retry-until-success) unless it sits under a test of a stop flag (\`if (this.stopping) break\`), and a loop on a flag that its own body sets (\`while (!done) { …; done = true; }\`). Also skipped, as crash-only by design: a worker function that the file calls with a rejection handler ending the process (\`run().catch((err) => { log(err); process.exit(1); })\`), since its supervisor restarts it; a handler that only logs, or exits with 0 (which \`Restart=on-failure\` takes for success), is no such design. Functions of other modules are not followed. Browser code is skipped. The finding is on the loop keyword; awaits of an inner worker loop are reported on that loop only.`,
    why: `A worker loop is the whole worker: when one \`await\` in it rejects, the exception leaves the loop and the function, and the worker stops for good. Nothing restarts it — the promise of the worker function usually is not awaited by anyone, so either the rejection terminates the whole process (Node 15 and later) or, with a global handler, it is logged once and the worker is silently gone while the HTTP side keeps answering health checks. In one incident audit every background worker of a bot (renewals, reminders, trial notifications, payment watcher) was rewritten to the same shape: each iteration bounded and wrapped, so that its failure is logged and the loop carries on.`,
    example: {
      kind: 'typescript',
      path: 'src/worker.ts',
      code: `import { nextJob, handle } from './queue';

export async function runWorker(): Promise<void> {
  while (true) {
    const job = await nextJob();
    await handle(job);
  }
}
`,
    },
    fix: {
      kind: 'typescript',
      path: 'src/worker.ts',
      code: `import { setTimeout as sleep } from 'node:timers/promises';
import { nextJob, handle } from './queue';

export async function runWorker(): Promise<void> {
  while (true) {
    try {
      const job = await nextJob();
      await handle(job);
    } catch (err) {
      console.error('worker iteration failed', err);
      await sleep(5_000);
    }
  }
}
`,
    },
    references: ['https://nodejs.org/api/cli.html#--unhandled-rejectionsmode', 'https://nodejs.org/api/process.html#event-unhandledrejection'],
  },
  document(doc, ctx) {
    const program = (doc as TypeScriptDocument).tree.program;
    if (isBrowserCode(program)) return;
    const resolver = resolverFor(program);
    const loops = findAll(program, ['WhileStatement', 'DoWhileStatement', 'ForStatement']);
    for (const loop of loops) {
      if (!isAsyncWorkerLoop(loop)) continue;
      const fn = enclosingFunction(loop)!;
      // Crash-only on purpose: the process ends with the worker and its supervisor restarts it.
      if (exitsOnRejection(fn, program, resolver, doc.source.text)) continue;
      // Awaits of an inner worker loop belong to that loop's own finding.
      const own = unguardedAwaits(fn, loop.body, resolver).filter((a) => innermostWorkerLoop(a) === loop);
      if (own.length === 0) continue;
      const keyword = loop.type === 'WhileStatement' ? 'while' : loop.type === 'ForStatement' ? 'for' : 'do';
      ctx.report({ messageId: 'unguarded', span: { start: loop.range[0], end: loop.range[0] + keyword.length } });
    }
  },
});
