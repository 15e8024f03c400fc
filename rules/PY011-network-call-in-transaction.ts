import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { methodName, receiver, resolverFor, unparenthesize, walk, withInfo, type PyNode, type PyResolver } from '../src/python/index.js';
import { httpCall } from '../src/python/libraries.js';

interface Options {
  /**
   * Receivers whose method calls go over the network, by their last name: with `bot`,
   * `bot.send_message(…)`, `self.bot.edit_message_text(…)` and `context.bot.get_chat(…)` count.
   */
  networkClients: string[];
}

const BOUNDARIES = new Set(['function_definition', 'lambda', 'class_definition']);
/** Receivers of `.begin()` that are SQLAlchemy sessions, engines or connections by name. */
const BEGIN_RECEIVER = /(session|engine|conn|connection|db|database|tx|uow)$/i;

export default defineRule<'network', Options>({
  id: 'PY011',
  name: 'network-call-in-transaction',
  severity: 'warning',
  category: 'performance',
  productionOnly: true,
  kinds: ['python'],
  triggers: ['transaction(', 'atomic', '.begin(', 'begin_nested', 'in_transaction'],
  precision: 'high',
  options: { networkClients: ['bot'] },
  messages: {
    network: '{{call}}() makes a network call inside a database transaction: the transaction holds a pooled connection and its row locks for as long as the remote side takes',
  },
  docs: {
    summary: 'A network call inside a database transaction',
    what: `Reports network calls made inside a database transaction: in the body of \`async with conn.transaction():\` (asyncpg, psycopg 3, \`databases\`), \`with transaction.atomic():\` or a function decorated \`@transaction.atomic\` (Django), \`with session.begin():\`/\`engine.begin()\`/\`conn.begin()\`/\`begin_nested()\` (SQLAlchemy; the receiver must be named like a session, engine or connection) and \`in_transaction()\` (Tortoise). Network calls are \`requests\` calls and sessions, \`httpx\` calls and clients, \`aiohttp\` sessions, \`urllib.request.urlopen\`, and methods of configured clients (option \`networkClients\`, default \`["bot"]\`: \`bot.send_message(…)\`, \`self.bot.edit_message_text(…)\`, \`context.bot.get_chat(…)\`). Calls in nested functions are not counted. Limits: network calls inside helper functions called from the transaction are not seen.`,
    why: `A transaction keeps its pooled connection and every row lock it took until it commits. Put a payment-provider call or a Telegram message inside it and the hold time becomes the remote side's latency — seconds, or the full timeout when it is slow — while other requests queue for the pool and for the locked rows. One bot's stability report measured connection hold times of 5–30 s with a VPN API call inside the transaction and under 100 ms once the call was moved before it; its pool exhaustion went away.`,
    example: {
      kind: 'python',
      path: 'workers/expiry.py',
      code: `import asyncpg
import httpx

VPN_API = "https://vpn.example.com/api"


async def expire(pool: asyncpg.Pool, client: httpx.AsyncClient, user_id: int) -> None:
    async with pool.acquire(timeout=10) as conn:
        async with conn.transaction():
            await client.post(f"{VPN_API}/users/{user_id}/disable")
            await conn.execute("UPDATE subscriptions SET active = false WHERE user_id = $1", user_id)
`,
    },
    fix: {
      kind: 'python',
      path: 'workers/expiry.py',
      code: `import asyncpg
import httpx

VPN_API = "https://vpn.example.com/api"


async def expire(pool: asyncpg.Pool, client: httpx.AsyncClient, user_id: int) -> None:
    await client.post(f"{VPN_API}/users/{user_id}/disable")
    async with pool.acquire(timeout=10) as conn:
        async with conn.transaction():
            await conn.execute("UPDATE subscriptions SET active = false WHERE user_id = $1", user_id)
`,
    },
    references: ['https://docs.djangoproject.com/en/stable/topics/db/transactions/', 'https://magicstack.github.io/asyncpg/current/api/index.html#transactions'],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    const clients = new Set(ctx.options.networkClients);
    const reported = new Set<PyNode>();
    walk(tree.root, (n) => {
      let body: PyNode | undefined;
      let opener: PyNode | undefined;
      if (n.type === 'with_statement') {
        opener = withInfo(n).items.find((i) => isTransaction(i.expr, resolver))?.expr;
        if (opener) body = n.child('body');
      } else if (n.type === 'decorated_definition') {
        opener = n.children.find((c) => c.type === 'decorator' && isAtomicDecorator(c, resolver));
        if (opener) body = n.child('definition')?.child('body');
      }
      if (!body || !opener) return true;
      const open = opener;
      walk(body, (m) => {
        if (m !== body && BOUNDARIES.has(m.type)) return false;
        if (m.type !== 'call' || reported.has(m) || !isNetworkCall(m, resolver, clients)) return true;
        reported.add(m);
        const fn = m.child('function')!;
        ctx.report({
          messageId: 'network',
          data: { call: fn.text.replace(/\s+/g, '') },
          span: fn.span,
          related: [{ source: doc.source, span: open.span, message: 'the transaction starts here' }],
        });
        return true;
      });
      return true;
    });
  },
});

function isTransaction(expr: PyNode, resolver: PyResolver): boolean {
  const e = unparenthesize(expr);
  if (e.type !== 'call') return false;
  const method = methodName(e);
  if (method === 'transaction' || method === 'in_transaction') return true;
  if (method === 'atomic') return isDjangoAtomic(e.child('function')!, resolver);
  if (method === 'begin' || method === 'begin_nested') {
    const recv = receiver(e);
    if (!recv) return false;
    const r = unparenthesize(recv);
    const last = r.type === 'identifier' ? r.text : r.type === 'attribute' ? (r.child('attribute')?.text ?? '') : r.type === 'call' ? (methodName(r) ?? '') : '';
    const q = resolver.qualifiedName(r) ?? '';
    return BEGIN_RECEIVER.test(last) || q.startsWith('sqlalchemy');
  }
  return false;
}

function isDjangoAtomic(fn: PyNode, resolver: PyResolver): boolean {
  const q = resolver.qualifiedName(fn) ?? '';
  return q === 'django.db.transaction.atomic' || /(^|\.)transaction\.atomic$/.test(q) || fn.text === 'transaction.atomic';
}

/** `@transaction.atomic`, `@atomic` (from django.db.transaction), `@transaction.atomic(using="x")`. */
function isAtomicDecorator(decorator: PyNode, resolver: PyResolver): boolean {
  const expr = decorator.namedChildren.find((c) => c.type !== 'comment');
  if (!expr) return false;
  const target = expr.type === 'call' ? expr.child('function') : expr;
  return target !== undefined && (target.type === 'identifier' || target.type === 'attribute') && isDjangoAtomic(target, resolver);
}

function isNetworkCall(call: PyNode, resolver: PyResolver, clients: Set<string>): boolean {
  const http = httpCall(call, resolver);
  if (http && http.kind !== 'client') return true;
  const recv = receiver(call);
  if (!recv) return false;
  const r = unparenthesize(recv);
  const last = r.type === 'identifier' ? r.text : r.type === 'attribute' ? r.child('attribute')?.text : undefined;
  return last !== undefined && clients.has(last.replace(/^_+/, ''));
}
