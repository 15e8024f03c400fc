import { findAll, resolverFor, spanOf } from '../src/js/index.js';
import { isBrowserCode } from '../src/js/client.js';
import { conditionsOf, hasStartupGrace, intervalCallbacks, isStalenessCondition, selfKill, watchdogSite } from '../src/js/watchdog.js';
import type { TypeScriptDocument } from '../src/parse/typescript.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'TS001',
  name: 'watchdog-exit-without-grace',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['typescript'],
  triggers: ['process.exit', 'process.kill', 'process.abort'],
  precision: 'high',
  messages: {
    noGrace:
      '{{call}} in a watchdog {{site}} fires on a staleness check with no startup grace: a slow boot or a quiet spell looks like a hang, so a healthy process is killed and the restarts become a crash loop',
  },
  docs: {
    summary: 'A watchdog kills its own process on a staleness check with no startup grace',
    what: `Reports \`process.exit(code)\` (any code but a literal \`0\`), \`process.abort()\` and \`process.kill(process.pid[, signal])\` when all of these hold:

- it runs in a \`setInterval\` (or cron) callback, or inside an infinite loop (\`while (true)\`, \`for (;;)\`, \`while (!stopped)\`…) of an \`async\` function that awaits;
- it runs under a staleness condition: an enclosing \`if\`/\`?:\`/\`&&\`, or an earlier \`if (…) return;\` guard, that reads a clock (\`Date.now()\`, \`performance.now()\`, \`process.hrtime()\`, \`new Date()\`, \`.getTime()\`) or names a liveness value (\`lastHeartbeat\`, \`lastSeenAt\`, \`idleMs\`, \`stale\`, \`elapsed\`, \`lastPong\`…);
- there is no startup grace: the callback or loop mentions no start time or readiness (\`startedAt\`, \`bootTime\`, \`process.uptime()\`, \`GRACE_MS\`, \`warmup\`, \`isReady\`…), the \`setInterval\` is not armed from a \`setTimeout\` callback or after an awaited sleep, and the loop's function does not sleep before the loop.

Limits: the exit must be written in the callback or loop itself (a \`checkHealth()\` it calls is not followed). Exits with code \`0\` (idle shutdowns) and checks on memory or error counts are not staleness and are not reported. Browser code is skipped.`,
    why: `A watchdog that restarts a hung process is useful; one that cannot tell a hang from a slow boot or a quiet minute is a crash loop. In one incident a Telegram bot on Railway exited every three minutes: the watchdog compared the time of the last update with a 180 s limit from the first second of life, so a slow start — or simply no traffic — looked like a hang, \`exit(1)\` fired, the platform restarted the bot and the clock started again. The fix was a 60 s grace period before the first check; the team first had to disable the watchdog entirely to stop the loop.`,
    example: {
      kind: 'typescript',
      path: 'src/watchdog.ts',
      code: `import { lastUpdateAt } from './bot';

const MAX_SILENCE_MS = 180_000;

setInterval(() => {
  if (Date.now() - lastUpdateAt() > MAX_SILENCE_MS) {
    console.error('no updates for 180 s, exiting');
    process.exit(1);
  }
}, 30_000);
`,
    },
    fix: {
      kind: 'typescript',
      path: 'src/watchdog.ts',
      code: `import { lastUpdateAt } from './bot';

const MAX_SILENCE_MS = 180_000;
const GRACE_MS = 60_000;
const startedAt = Date.now();

setInterval(() => {
  if (Date.now() - startedAt < GRACE_MS) return;
  if (Date.now() - lastUpdateAt() > MAX_SILENCE_MS) {
    console.error('no updates for 180 s, exiting');
    process.exit(1);
  }
}, 30_000);
`,
    },
    references: ['https://nodejs.org/api/process.html#processexitcode', 'https://nodejs.org/api/process.html#processuptime'],
  },
  document(doc, ctx) {
    const program = (doc as TypeScriptDocument).tree.program;
    if (isBrowserCode(program)) return;
    const resolver = resolverFor(program);
    let intervals: ReturnType<typeof intervalCallbacks> | undefined;
    for (const call of findAll(program, 'CallExpression')) {
      const kill = selfKill(call, resolver, doc.source.text);
      if (!kill) continue;
      intervals ??= intervalCallbacks(program, resolver);
      const site = watchdogSite(call, intervals);
      if (!site) continue;
      const boundary = site.kind === 'timer' ? site.callback : site.loop;
      if (!conditionsOf(call, boundary).some(isStalenessCondition)) continue;
      if (hasStartupGrace(site, resolver)) continue;
      ctx.report({ messageId: 'noGrace', data: { call: kill.label, site: site.kind === 'timer' ? 'timer' : 'loop' }, span: spanOf(call) });
    }
  },
});
