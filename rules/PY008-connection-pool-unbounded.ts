import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { callArguments, calls, kwarg, literalOf, resolverFor, type KeywordArgument, type PyNode } from '../src/python/index.js';
import { importedCallee, isEngineFactory, isMongoClient, redisConstructor } from '../src/python/libraries.js';
import { keywordCI, uriOption } from '../src/python/options.js';
import { isStandaloneScript } from '../src/python/scripts.js';
import { createdPerRequest } from '../src/python/request-scope.js';

type Hit = { messageId: 'redis' | 'sqlalchemy' | 'mongo' | 'connector' | 'httpxLimits'; data: Record<string, string>; span: { start: number; end: number } };

export default defineRule({
  id: 'PY008',
  name: 'connection-pool-unbounded',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  triggers: ['redis', 'Redis', 'max_overflow', 'pool_size', 'maxPoolSize', 'maxpoolsize', 'TCPConnector', 'Limits('],
  precision: 'high',
  messages: {
    redis: '{{call}}() has no max_connections: redis-py\'s pool then allows 2**31 connections, so under load it opens sockets until the server\'s maxclients is exhausted',
    sqlalchemy: '{{setting}} removes the bound on the SQLAlchemy pool: under load it opens connections until the database refuses them',
    mongo: '{{setting}} makes the MongoDB pool unbounded: under load it opens connections until the server refuses them',
    connector: '{{setting}} on aiohttp.TCPConnector removes its connection limit (default 100): one burst opens sockets without bound',
    httpxLimits: 'max_connections=None on httpx.Limits removes the default bound of 100 connections',
  },
  docs: {
    summary: 'A connection pool without an upper bound',
    what: `Reports pools that can grow without limit:

- redis-py (sync and \`redis.asyncio\`, and \`aioredis\` 2): \`Redis(…)\`, \`StrictRedis(…)\`, \`Redis.from_url(…)\`, \`redis.from_url(…)\`, \`ConnectionPool(…)\`, \`ConnectionPool.from_url(…)\` without \`max_connections\` (in a keyword or in a literal URL's query), unless given a \`connection_pool=\` (the pool is judged where it is made). \`BlockingConnectionPool\` is bounded (50) and fine. The redis-py default is \`2**31\`;
- SQLAlchemy \`create_engine\`/\`create_async_engine\` with \`max_overflow=-1\` (or any negative value) or \`pool_size=0\`;
- \`MongoClient\`/\`AsyncIOMotorClient\` with \`maxPoolSize=0\` or \`None\` (keyword, any case, or in a literal URI);
- \`aiohttp.TCPConnector(limit=0)\` (or \`None\`) and \`httpx.Limits(max_connections=None)\`.

Library defaults that are bounded are respected: asyncpg pools (10), SQLAlchemy (5 + 10 overflow), pymongo (100), aiohttp (100), httpx (100). A Redis client made per request is not reported: one stored on Flask's \`g\`, or made in a FastAPI dependency (a function passed to \`Depends(...)\`, or a generator that yields the client it made), since its pool serves one request. Calls with \`**kwargs\` are not reported, nor one-shot scripts (an \`if __name__ == "__main__":\` module that starts no threads, tasks or servers and imports no server framework), whose single flow of control uses one connection at a time. Limits: values computed at run time (a setting read from the environment) are not judged.`,
    why: `An unbounded pool turns a traffic spike or a slow dependency into an outage of the dependency itself: every waiting request opens another connection until the server's limit (\`maxclients\`, \`max_connections\`) is reached, and then every client of that server — not only this one — fails. One backend's post-mortem lists "no pool size limits, connections exhausted" among the causes of its crashes and fixed it with \`max_connections=50\` for Redis and \`maxPoolSize=50\` for MongoDB; a bot's stability report traced its outages to a Postgres pool too small for its 26 concurrent users — sizing a pool is a decision, not a default to leave infinite.`,
    example: {
      kind: 'python',
      path: 'app/cache.py',
      code: `import os

import redis.asyncio as redis

client = redis.Redis.from_url(os.environ["REDIS_URL"], socket_timeout=5.0)
`,
    },
    fix: {
      kind: 'python',
      path: 'app/cache.py',
      code: `import os

import redis.asyncio as redis

client = redis.Redis.from_url(os.environ["REDIS_URL"], socket_timeout=5.0, max_connections=50)
`,
    },
    references: [
      'https://redis.readthedocs.io/en/stable/connections.html#connection-pools',
      'https://docs.sqlalchemy.org/en/20/core/pooling.html#sqlalchemy.pool.QueuePool',
      'https://pymongo.readthedocs.io/en/stable/api/pymongo/mongo_client.html',
      'https://docs.aiohttp.org/en/stable/client_reference.html#aiohttp.TCPConnector',
    ],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    // A one-shot script uses one connection at a time; the pool cannot grow.
    if (isStandaloneScript(tree.root, doc.source.text)) return;
    for (const call of calls(tree.root)) {
      const name = importedCallee(call, resolver);
      if (name === null) continue;
      const hit = check(call, name);
      // A client made for one request (flask.g, a FastAPI dependency) uses its pool for that request only.
      if (hit?.messageId === 'redis' && createdPerRequest(call, tree.root, resolver)) continue;
      if (hit) ctx.report(hit);
    }
  },
});

function check(call: PyNode, name: string): Hit | undefined {
  const args = callArguments(call);
  const fnSpan = call.child('function')!.span;
  const redis = redisConstructor(name);
  if (redis) {
    if (redis === 'blocking_pool' || args.hasStarKwargs || kwarg(call, 'connection_pool')) return undefined;
    const max = kwarg(call, 'max_connections');
    if (max) return max.isNone ? { messageId: 'redis', data: { call: shortRedis(name) }, span: max.node.span } : undefined;
    if (redis === 'from_url' || redis === 'pool_from_url') {
      const url = kwarg(call, 'url')?.value ?? args.positional[0];
      if (url && uriOption(url, 'max_connections') !== undefined) return undefined;
    }
    return { messageId: 'redis', data: { call: shortRedis(name) }, span: fnSpan };
  }
  if (isEngineFactory(name)) {
    const overflow = kwarg(call, 'max_overflow');
    const v = overflow ? literalOf(overflow.value) : undefined;
    if (overflow && v?.kind === 'number' && v.value < 0) return { messageId: 'sqlalchemy', data: { setting: overflow.node.text }, span: overflow.node.span };
    const size = kwarg(call, 'pool_size');
    const s = size ? literalOf(size.value) : undefined;
    if (size && s?.kind === 'number' && s.value === 0) return { messageId: 'sqlalchemy', data: { setting: size.node.text }, span: size.node.span };
    return undefined;
  }
  if (isMongoClient(name)) {
    const kw = keywordCI(call, 'maxPoolSize');
    if (kw && zeroOrNone(kw)) return { messageId: 'mongo', data: { setting: kw.node.text }, span: kw.node.span };
    const uri = kwarg(call, 'host')?.value ?? args.positional[0];
    const fromUri = uri ? uriOption(uri, 'maxPoolSize') : undefined;
    if (uri && fromUri === '0') return { messageId: 'mongo', data: { setting: 'maxPoolSize=0' }, span: uri.span };
    return undefined;
  }
  if (name === 'aiohttp.TCPConnector' || name === 'aiohttp.connector.TCPConnector') {
    const limit = kwarg(call, 'limit');
    if (limit && zeroOrNone(limit)) return { messageId: 'connector', data: { setting: limit.node.text }, span: limit.node.span };
    return undefined;
  }
  if (name === 'httpx.Limits') {
    const max = kwarg(call, 'max_connections');
    if (max?.isNone) return { messageId: 'httpxLimits', data: {}, span: max.node.span };
  }
  return undefined;
}

function zeroOrNone(kw: KeywordArgument): boolean {
  const v = kw.literal;
  return v.kind === 'none' || (v.kind === 'number' && v.value === 0);
}

/** `redis.asyncio.client.Redis.from_url` -> `redis.asyncio.Redis.from_url` for the message. */
function shortRedis(name: string): string {
  return name.replace('.client.', '.').replace('.connection.', '.');
}
