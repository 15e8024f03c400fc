import { findAll, findProperty, literalOf, objectLiteral, resolverFor, spanOf, stringValue, unwrapExpression, type JsResolver, type Node, type TSESTree } from '../src/js/index.js';
import { nameWords } from '../src/js/names.js';
import type { TypeScriptDocument } from '../src/parse/typescript.js';
import { defineRule } from '../src/rule.js';

type Report = { messageId: 'pgPool' | 'mysqlQueue' | 'mysqlQueueZero' | 'redisRetries'; span: { start: number; end: number }; call: string };

const MYSQL_MODULES = new Set(['mysql', 'mysql2', 'mysql2/promise']);
/**
 * The file imports or names a queue library (`bullmq`, `bull`, `@nestjs/bullmq`, `bee-queue`), even
 * in a comment ("required by BullMQ"): the setting is for its workers.
 */
const QUEUE_TEXT = /\bbull(mq)?\b|\bbee-queue\b/i;

export default defineRule({
  id: 'TS005',
  name: 'db-pool-without-timeout',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['typescript'],
  triggers: ['Pool', 'maxRetriesPerRequest'],
  precision: 'high',
  messages: {
    pgPool: '{{call}}(…) has no connectionTimeoutMillis: when every connection is busy, queries wait for a free one forever instead of failing fast',
    mysqlQueue: '{{call}}(…) has no queueLimit: when every connection is busy, requests pile up in an unbounded queue and wait forever instead of failing fast',
    mysqlQueueZero: 'queueLimit: 0 means an unbounded queue: when every connection is busy, requests pile up and wait forever instead of failing fast',
    redisRetries: 'maxRetriesPerRequest: null makes every command wait forever while Redis is unreachable: requests hang instead of failing',
  },
  docs: {
    summary: 'A database pool or client makes callers wait forever when it is exhausted or disconnected',
    what: `Reports:

- node-postgres pools — \`new Pool(…)\`, \`new pg.Pool(…)\`, \`new pg.native.Pool(…)\`, pg-pool's \`new Pool(…)\` — without \`connectionTimeoutMillis\` (also \`new Pool()\` with no options: no environment variable sets it);
- \`createPool(…)\` of \`mysql2\`, \`mysql2/promise\` or \`mysql\` without \`queueLimit\`, or with \`queueLimit: 0\` (the unbounded default), unless \`waitForConnections: false\` (callers then fail at once instead of queueing);
- ioredis clients (\`new Redis(…)\`, \`new Cluster(…, { redisOptions })\`) created with \`maxRetriesPerRequest: null\`, unless \`enableOfflineQueue: false\` is also set.

Imports and \`require\` are followed in every form, and options given as a \`const\` object are read. Not reported: options that cannot be read statically (a variable bound to a call, a spread of another object — also a spread after \`maxRetriesPerRequest: null\`, which may override it), and an ioredis connection in a file that imports or even mentions a queue library (BullMQ, Bull, bee-queue; a comment such as "required by Bull" is enough) or that is bound to a name saying it is a worker's connection (\`workerConnection\`): BullMQ requires \`maxRetriesPerRequest: null\` for its workers. A shared application connection with \`null\` is still reported: give the queue workers their own connection.`,
    why: `A pool turns a slow database into a queue of waiting requests. node-postgres waits for a free connection forever by default (\`connectionTimeoutMillis: 0\`), mysql2 queues without limit (\`queueLimit: 0\`), and ioredis with \`maxRetriesPerRequest: null\` retries a command for as long as Redis is down. When one slow query holds connections, or the database restarts, every new request joins the wait: nothing fails, nothing is logged, memory grows, and the load balancer sees a service that accepts connections and never answers. In one incident audit a bot's pool of 15 connections met a peak demand of 26 (six workers plus twenty webhook handlers) and exhaustion spiralled; the fixes were a bigger pool and a 10-second bound on every acquire, so that an exhausted pool fails fast and loudly.`,
    example: {
      kind: 'typescript',
      path: 'src/db.ts',
      code: `import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 20,
});
`,
    },
    fix: {
      kind: 'typescript',
      path: 'src/db.ts',
      code: `import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 20,
  connectionTimeoutMillis: 5_000,
});
`,
    },
    references: [
      'https://node-postgres.com/apis/pool',
      'https://sidorares.github.io/node-mysql2/docs#using-connection-pools',
      'https://github.com/redis/ioredis#auto-reconnect',
      'https://docs.bullmq.io/guide/going-to-production#maxretriesperrequest',
    ],
  },
  document(doc, ctx) {
    const program = (doc as TypeScriptDocument).tree.program;
    const resolver = resolverFor(program);
    const text = doc.source.text;
    const out: Report[] = [];
    for (const node of findAll(program, ['NewExpression', 'CallExpression'])) {
      const ref = resolver.resolve(node.callee);
      if (!ref || ref.via.length > 0) continue;
      const path = ref.path.join('.');
      const label = text.slice(node.callee.range[0], node.callee.range[1]).replace(/\s+/g, '');
      if (node.type === 'NewExpression' && ((ref.module === 'pg' && (path === 'Pool' || path === 'native.Pool')) || (ref.module === 'pg-pool' && path === ''))) {
        if (option(node.arguments[0], 'connectionTimeoutMillis', resolver) === 'absent') out.push({ messageId: 'pgPool', span: spanOf(node.callee), call: `new ${label}` });
      } else if (node.type === 'CallExpression' && MYSQL_MODULES.has(ref.module) && path === 'createPool') {
        mysqlPool(node, label, resolver, out);
      } else if (node.type === 'NewExpression' && ref.module === 'ioredis' && (path === '' || path === 'Redis' || path === 'Cluster')) {
        if (!QUEUE_TEXT.test(text) && !workerConnection(node)) redisClient(node, path === 'Cluster', resolver, out);
      }
    }
    for (const r of out) ctx.report({ messageId: r.messageId, data: { call: r.call }, span: r.span });
  },
});

/**
 * `absent` when the options are missing or an object literal (possibly through a `const`) without
 * `key`; `present` with it; `unknown` when they cannot be read (a call, a spread, a computed key).
 */
function option(arg: Node | undefined, key: string, resolver: JsResolver): 'present' | 'absent' | 'unknown' {
  if (!arg) return 'absent';
  const obj = objectLiteral(arg, resolver);
  if (!obj) return 'unknown';
  if (findProperty(obj, key)) return 'present';
  return obj.properties.some((p) => p.type === 'SpreadElement' || (p.type === 'Property' && p.computed)) ? 'unknown' : 'absent';
}

function mysqlPool(call: TSESTree.CallExpression, label: string, resolver: JsResolver, out: Report[]): void {
  const arg = call.arguments[0];
  if (arg) {
    const uri = stringValue(arg);
    if (uri !== null) {
      if (!/queueLimit=[1-9]|waitForConnections=false/.test(uri)) out.push({ messageId: 'mysqlQueue', span: spanOf(call.callee), call: label });
      return;
    }
  }
  const obj = arg ? objectLiteral(arg, resolver) : undefined;
  const wait = obj ? findProperty(obj, 'waitForConnections') : undefined;
  if (wait && isFalse(wait.value)) return;
  const presence = option(arg, 'queueLimit', resolver);
  if (presence === 'absent') {
    out.push({ messageId: 'mysqlQueue', span: spanOf(call.callee), call: label });
    return;
  }
  const limit = obj ? findProperty(obj, 'queueLimit') : undefined;
  if (limit) {
    const lit = literalOf(limit.value);
    if (lit.kind === 'number' && lit.value === 0) out.push({ messageId: 'mysqlQueueZero', span: spanOf(limit), call: label });
  }
}

function redisClient(node: TSESTree.NewExpression, cluster: boolean, resolver: JsResolver, out: Report[]): void {
  // ioredis accepts (port, host, options), (url, options), (options): the options are any object argument.
  for (const arg of cluster ? node.arguments.slice(1) : node.arguments) {
    let obj = objectLiteral(arg, resolver);
    if (obj && cluster) {
      const inner = findProperty(obj, 'redisOptions');
      obj = inner ? objectLiteral(inner.value, resolver) : undefined;
    }
    if (!obj) continue;
    const retries = findProperty(obj, 'maxRetriesPerRequest');
    if (!retries || literalOf(retries.value).kind !== 'null') continue;
    // A spread after it may override it (`{ maxRetriesPerRequest: null, ...userOptions }`).
    if (obj.properties.slice(obj.properties.indexOf(retries) + 1).some((p) => p.type === 'SpreadElement')) continue;
    const offline = findProperty(obj, 'enableOfflineQueue');
    if (offline && isFalse(offline.value)) continue;
    out.push({ messageId: 'redisRetries', span: spanOf(retries), call: '' });
  }
}

function isFalse(expr: Node): boolean {
  const lit = literalOf(expr);
  return lit.kind === 'boolean' && !lit.value;
}

/** `const workerConnection = new IORedis(…)`, `this.bullWorkerRedis = new Redis(…)`. */
function workerConnection(node: TSESTree.NewExpression): boolean {
  const parent = unwrapExpression(node).parent;
  let name: string | null = null;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') name = parent.id.name;
  else if (parent?.type === 'AssignmentExpression' && parent.left.type === 'MemberExpression' && parent.left.property.type === 'Identifier') name = parent.left.property.name;
  else if (parent?.type === 'PropertyDefinition' && parent.key.type === 'Identifier') name = parent.key.name;
  else if (parent?.type === 'Property' && parent.key.type === 'Identifier') name = parent.key.name;
  return name !== null && nameWords(name).some((w) => w === 'worker' || w === 'workers' || w === 'bull');
}
