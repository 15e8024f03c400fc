import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import {
  callArguments,
  calls,
  isAwaited,
  kwarg,
  methodName,
  moduleImports,
  receiver,
  resolverFor,
  unparenthesize,
  type PyNode,
  type PyResolver,
} from '../src/python/index.js';
import { importedCallee, isEngineFactory, isMongoClient, redisConstructor } from '../src/python/libraries.js';
import { keywordCI, uriOption } from '../src/python/options.js';
import { hasTimeoutKeyword, underTimeout } from '../src/python/timeouts.js';

type Hit = { messageId: 'acquire' | 'mongo' | 'redis' | 'sqlalchemy'; data: Record<string, string>; span: { start: number; end: number } };

/** MongoDB options that bound a wait: operations (`socketTimeoutMS`), the pool queue, or everything (`timeoutMS`). */
const MONGO_TIMEOUTS = ['socketTimeoutMS', 'waitQueueTimeoutMS', 'timeoutMS'];

export default defineRule({
  id: 'PY009',
  name: 'pool-wait-without-timeout',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  triggers: ['acquire', 'MongoClient', 'MotorClient', 'redis', 'Redis', 'pool_timeout'],
  precision: 'medium',
  messages: {
    acquire: '{{call}}() waits forever when the pool is exhausted or a connection is stuck: pass timeout= or wrap it in asyncio.wait_for',
    mongo: '{{call}}() sets neither socketTimeoutMS nor waitQueueTimeoutMS: an operation on a silently dead connection, or a wait for a free connection, never ends',
    redis: '{{call}}() has no socket_timeout: a command sent to a Redis that stopped answering waits forever',
    sqlalchemy: 'pool_timeout=None makes checkouts from this SQLAlchemy pool wait forever when it is exhausted',
  },
  docs: {
    summary: 'Waiting for a pooled connection, or on one, can last forever',
    what: `Reports waits on connection pools and clients that have no time bound:

- \`pool.acquire()\` on an asyncpg pool — the receiver resolves to \`asyncpg.create_pool(…)\`/\`asyncpg.Pool\`, or is named like a pool (\`pool\`, \`self.db_pool\`, \`get_pool()\`) in a module that imports asyncpg or acquires in \`async with\`/\`await\` — without \`timeout=\` and not inside \`asyncio.wait_for(…)\` or \`async with asyncio.timeout(…)\`. Modules importing aiopg (whose pools time out after 60 s) are skipped;
- \`MongoClient(…)\`/\`AsyncIOMotorClient(…)\` with none of \`socketTimeoutMS\`, \`waitQueueTimeoutMS\`, \`timeoutMS\` (keywords in any case, or in a literal URI);
- redis-py clients (\`Redis(…)\`, \`Redis.from_url(…)\`, \`ConnectionPool(…)\`, sync and asyncio) without \`socket_timeout\` (keyword or literal URL), unless given a \`connection_pool=\`;
- SQLAlchemy \`create_engine\`/\`create_async_engine\` with \`pool_timeout=None\`.

Calls with \`**kwargs\` are not reported. Limits: a URL read from the environment may carry the timeout and is not seen; a bound set in another module is not seen.`,
    why: `When a pool is exhausted, or a peer dies without closing its socket (a restarted database behind NAT, a failover), a caller without a timeout waits forever, holding whatever it already has — a request, a worker iteration, a lock. The Telegram bot in one incident wrapped \`pool.acquire()\` in \`asyncio.wait_for(…, timeout=10)\` after its pool ran dry; a backend's stability fixes set \`socketTimeoutMS\`, \`waitQueueTimeoutMS\` and \`socket_timeout\` on every MongoDB and Redis client so that "connection pool full" became "wait 10 s, then an error" instead of a hang.`,
    example: {
      kind: 'python',
      path: 'app/db.py',
      code: `import asyncpg

pool: asyncpg.Pool


async def get_balance(user_id: int) -> int:
    async with pool.acquire() as conn:
        return await conn.fetchval("SELECT balance FROM users WHERE id = $1", user_id)
`,
    },
    fix: {
      kind: 'python',
      path: 'app/db.py',
      code: `import asyncpg

pool: asyncpg.Pool


async def get_balance(user_id: int) -> int:
    async with pool.acquire(timeout=10) as conn:
        return await conn.fetchval("SELECT balance FROM users WHERE id = $1", user_id)
`,
    },
    references: [
      'https://magicstack.github.io/asyncpg/current/api/index.html#asyncpg.pool.Pool.acquire',
      'https://pymongo.readthedocs.io/en/stable/api/pymongo/mongo_client.html',
      'https://redis.readthedocs.io/en/stable/connections.html',
      'https://docs.sqlalchemy.org/en/20/core/pooling.html',
    ],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    let imports: Set<string> | undefined;
    for (const call of calls(tree.root)) {
      if (methodName(call) === 'acquire') {
        imports ??= moduleImports(tree.root).modules;
        const hit = checkAcquire(call, resolver, imports);
        if (hit) ctx.report(hit);
        continue;
      }
      const name = importedCallee(call, resolver);
      if (name === null) continue;
      const hit = checkClient(call, name);
      if (hit) ctx.report(hit);
    }
  },
});

function checkAcquire(call: PyNode, resolver: PyResolver, imports: Set<string>): Hit | undefined {
  const recv = receiver(call);
  if (!recv) return undefined;
  const importsAsyncpg = [...imports].some((m) => m === 'asyncpg' || m.startsWith('asyncpg.'));
  if ([...imports].some((m) => m === 'aiopg' || m.startsWith('aiopg.'))) return undefined;
  const r = resolver.resolve(recv);
  const resolvedAsyncpg = r?.root === 'import' && r.name.startsWith('asyncpg.');
  // Pools of libraries whose acquire is bounded or that are not connection pools.
  if (r?.root === 'import' && /^(aiopg|sqlalchemy|threading|multiprocessing|asyncio|concurrent)\b/.test(r.name)) return undefined;
  if (!resolvedAsyncpg) {
    // Named like a pool: `pool`, `self._pool`, `db_pool`, `get_pool()`.
    const written = unparenthesize(recv).text;
    if (!/pool/i.test(written.split('.').pop() ?? '')) return undefined;
    if (!importsAsyncpg && !(isAwaited(call) || inAsyncWithItem(call))) return undefined;
  }
  if (callArguments(call).hasStarKwargs) return undefined;
  if (hasTimeoutKeyword(call)) return undefined;
  if (underTimeout(call, resolver)) return undefined;
  return { messageId: 'acquire', data: { call: call.child('function')!.text.replace(/\s+/g, '') }, span: call.child('function')!.span };
}

/** `async with pool.acquire() as conn:` */
function inAsyncWithItem(call: PyNode): boolean {
  let n: PyNode | null = call.parent;
  while (n && (n.type === 'as_pattern' || n.type === 'parenthesized_expression')) n = n.parent;
  if (n?.type !== 'with_item') return false;
  const stmt = n.parent?.parent;
  return stmt?.type === 'with_statement' && stmt.children.some((c) => !c.named && c.type === 'async');
}

function checkClient(call: PyNode, name: string): Hit | undefined {
  const args = callArguments(call);
  if (args.hasStarKwargs) return undefined;
  const fnSpan = call.child('function')!.span;
  if (isMongoClient(name)) {
    if (MONGO_TIMEOUTS.some((k) => keywordCI(call, k))) return undefined;
    const uri = kwarg(call, 'host')?.value ?? args.positional[0];
    if (uri && MONGO_TIMEOUTS.some((k) => uriOption(uri, k) !== undefined)) return undefined;
    return { messageId: 'mongo', data: { call: name.split('.').pop()! }, span: fnSpan };
  }
  const redis = redisConstructor(name);
  if (redis) {
    if (kwarg(call, 'connection_pool')) return undefined;
    const t = kwarg(call, 'socket_timeout');
    if (t) return t.isNone ? { messageId: 'redis', data: { call: name.replace('.client.', '.') }, span: t.node.span } : undefined;
    if (redis === 'from_url' || redis === 'pool_from_url') {
      const url = kwarg(call, 'url')?.value ?? args.positional[0];
      if (url && uriOption(url, 'socket_timeout') !== undefined) return undefined;
    }
    return { messageId: 'redis', data: { call: name.replace('.client.', '.').replace('.connection.', '.') }, span: fnSpan };
  }
  if (isEngineFactory(name)) {
    const t = kwarg(call, 'pool_timeout');
    if (t?.isNone) return { messageId: 'sqlalchemy', data: {}, span: t.node.span };
  }
  return undefined;
}
