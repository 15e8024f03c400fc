import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { calls, enclosingFunction, methodName, resolverFor, type PyNode } from '../src/python/index.js';
import { sqlOfCall } from '../src/python/sql.js';
import { hasTimeoutKeyword, underTimeout } from '../src/python/timeouts.js';

const BLOCKING_LOCK = /(pg_advisory(?:_xact)?_lock(?:_shared)?)\s*\(/i;
const TIMEOUT_SETTING = /lock_timeout|statement_timeout/i;
/** Connection factories whose options can set a session-wide `lock_timeout` (`server_settings=`, `options="-c …"`). */
const CONNECT_METHODS = new Set(['connect', 'create_pool', 'create_engine', 'create_async_engine', 'Pool', 'ConnectionPool', 'AsyncConnectionPool']);

export default defineRule({
  id: 'PY010',
  name: 'advisory-lock-without-timeout',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  triggers: ['pg_advisory'],
  triggersIgnoreCase: true,
  precision: 'high',
  messages: {
    blocking:
      '{{fn}}() waits until the lock is free with no lock_timeout or statement_timeout: a second instance or a stale session holding it hangs this one forever; use pg_try_advisory_lock or SET lock_timeout first',
  },
  docs: {
    summary: 'A blocking Postgres advisory lock with no timeout',
    what: `Reports SQL run through \`execute\`/\`executemany\`/\`fetch\`/\`fetchrow\`/\`fetchval\`/\`fetch_one\`/\`fetch_all\`/\`exec_driver_sql\`/\`scalar\` (directly, through \`sqlalchemy.text("…")\`, or through a name bound to a string constant) that calls \`pg_advisory_lock(…)\`, \`pg_advisory_xact_lock(…)\` or their \`_shared\` forms, when nothing bounds the wait: no \`lock_timeout\`/\`statement_timeout\` in the same SQL, none mentioned earlier in the same function (\`await conn.execute("SET lock_timeout = '1s'")\`), no connection in the module created with such a setting (\`server_settings={"lock_timeout": …}\`), no \`timeout=\` on the call (asyncpg's per-query timeout), and no \`asyncio.wait_for\`/\`asyncio.timeout\` around it. \`pg_try_advisory_lock\` never waits and is never reported. Anchored on the function name in the SQL. Limits: a timeout set in another function on the same connection, or in the database's or role's defaults, is not seen.`,
    why: `\`pg_advisory_lock\` waits for as long as another session holds the lock. A single-instance guard taken at startup therefore hangs the new instance forever when the old one is still shutting down, or when a stale connection (a killed container whose TCP session the database has not noticed yet) still holds it. In one incident a bot's startup hung on exactly that instance lock during deploys; the fix was \`SET lock_timeout = '1000'\` before \`pg_advisory_lock\`, and carrying on without the guard when the lock could not be had.`,
    example: {
      kind: 'python',
      path: 'bot/instance_lock.py',
      code: `import asyncpg

INSTANCE_LOCK_ID = 424242


async def acquire_instance_lock(pool: asyncpg.Pool) -> asyncpg.Connection:
    conn = await pool.acquire(timeout=10)
    await conn.execute("SELECT pg_advisory_lock($1)", INSTANCE_LOCK_ID)
    return conn
`,
    },
    fix: {
      kind: 'python',
      path: 'bot/instance_lock.py',
      code: `import asyncpg

INSTANCE_LOCK_ID = 424242


async def acquire_instance_lock(pool: asyncpg.Pool) -> asyncpg.Connection:
    conn = await pool.acquire(timeout=10)
    await conn.execute("SET lock_timeout = '1000'")
    await conn.execute("SELECT pg_advisory_lock($1)", INSTANCE_LOCK_ID)
    return conn
`,
    },
    references: [
      'https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADVISORY-LOCKS',
      'https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT',
    ],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    const text = doc.source.text;
    let sessionWide: boolean | undefined;
    for (const call of calls(tree.root)) {
      const sql = sqlOfCall(call, resolver);
      if (!sql) continue;
      const m = BLOCKING_LOCK.exec(sql.text);
      if (!m || TIMEOUT_SETTING.test(sql.text)) continue;
      if (hasTimeoutKeyword(call) || underTimeout(call, resolver)) continue;
      const fn = enclosingFunction(call);
      const from = fn?.body?.start ?? 0;
      if (TIMEOUT_SETTING.test(text.slice(from, call.start))) continue;
      sessionWide ??= connectsWithTimeout(tree.root);
      if (sessionWide) continue;
      const fnName = m[1]!;
      ctx.report({ messageId: 'blocking', data: { fn: fnName.toLowerCase() }, span: anchor(sql.literal, sql.argument ?? call, fnName) });
    }
  },
});

/** The function name inside the literal when the literal is written in the argument; else the argument. */
function anchor(literal: PyNode, argument: PyNode, fnName: string): { start: number; end: number } {
  if (argument.contains(literal)) {
    const at = literal.text.toLowerCase().indexOf(fnName.toLowerCase());
    if (at >= 0) return { start: literal.start + at, end: literal.start + at + fnName.length };
  }
  return argument.span;
}

function connectsWithTimeout(root: PyNode): boolean {
  return calls(root).some((c) => CONNECT_METHODS.has(methodName(c) ?? '') && TIMEOUT_SETTING.test(c.text));
}
