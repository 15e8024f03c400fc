import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { callArguments, calls, kwarg, literalOf, positionalArg, resolverFor, unparenthesize, walk, type PyNode, type PyResolver } from '../src/python/index.js';
import { httpCall, importedCallee, shortLibraryName as shortName } from '../src/python/libraries.js';

type Hit = { messageId: 'missing' | 'none' | 'clientNone' | 'unboundedTimeout'; data: Record<string, string>; span: { start: number; end: number } };

export default defineRule({
  id: 'PY007',
  name: 'http-call-without-timeout',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  triggers: ['requests', 'urlopen', 'httpx', 'aiohttp'],
  precision: 'high',
  messages: {
    missing: '{{call}}() has no timeout: a server that accepts the connection and never answers blocks this call forever',
    none: 'timeout=None on {{call}}() waits forever: a server that accepts the connection and never answers blocks this call for good',
    clientNone: 'timeout=None on {{call}}() turns off httpx\'s default 5-second timeout for every request of this client: one stalled server blocks it forever',
    unboundedTimeout: '{{call}}({{args}}) sets no total or read timeout: requests with it can wait forever',
  },
  docs: {
    summary: 'An HTTP request can wait forever',
    what: `Reports HTTP requests that have no time bound:

- \`requests.get/post/put/patch/delete/head/options/request(…)\` and the same methods (and \`send\`) of a \`requests.Session()\` without \`timeout=\`, or with \`timeout=None\` or a \`(connect, None)\` tuple — requests never times out by default;
- \`urllib.request.urlopen(…)\` without a timeout, unless the module calls \`socket.setdefaulttimeout(…)\`;
- \`httpx\` requests and clients (\`httpx.get\`, \`httpx.Client\`, \`httpx.AsyncClient\`, their methods) with \`timeout=None\`, and \`httpx.Timeout(None)\`;
- \`aiohttp.ClientTimeout(…)\` with neither \`total\` nor \`sock_read\` set.

httpx (5 s) and aiohttp (5 min total) are bounded by default and are not reported without an explicit \`None\`. Imports, aliases and simple local bindings are followed (\`import requests as r\`, \`from requests import get\`, \`s = requests.Session()\`, \`async with httpx.AsyncClient() as client\`, \`self.session = requests.Session()\`). Not reported: calls with \`**kwargs\` (a timeout may be in them), sessions of a module that defines its own \`HTTPAdapter\` subclass (the usual way to give a session a default timeout), and subclasses of \`requests.Session\`. Limits: a timeout set by a wrapper in another module is not seen.`,
    why: `Without a timeout, a request to a server that accepted the TCP connection but stopped responding waits forever. Each stuck call holds a thread, a worker or a pooled connection; under load they run out and the service stops answering, with nothing in the logs. One team's post-outage hardening list starts with "hanging requests — no timeout" and ends with "never use an infinite timeout".`,
    example: {
      kind: 'python',
      path: 'app/payments.py',
      code: `import requests

API = "https://payments.example.com/v1"


def invoice_status(invoice_id: str) -> str:
    response = requests.get(f"{API}/invoices/{invoice_id}")
    response.raise_for_status()
    return response.json()["status"]
`,
    },
    fix: {
      kind: 'python',
      path: 'app/payments.py',
      code: `import requests

API = "https://payments.example.com/v1"


def invoice_status(invoice_id: str) -> str:
    response = requests.get(f"{API}/invoices/{invoice_id}", timeout=(3.05, 15))
    response.raise_for_status()
    return response.json()["status"]
`,
    },
    references: [
      'https://requests.readthedocs.io/en/latest/user/advanced/#timeouts',
      'https://www.python-httpx.org/advanced/timeouts/',
      'https://docs.aiohttp.org/en/stable/client_quickstart.html#timeouts',
      'https://docs.python.org/3/library/urllib.request.html#urllib.request.urlopen',
    ],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    const moduleFacts = { defaultSocketTimeout: false, customAdapter: false };
    let factsDone = false;
    for (const call of calls(tree.root)) {
      const name = importedCallee(call, resolver);
      if (name === null) continue;
      if (!factsDone && (name === 'urllib.request.urlopen' || name.startsWith('requests.'))) {
        Object.assign(moduleFacts, scanModule(tree.root, resolver));
        factsDone = true;
      }
      const hit = check(call, name, resolver, moduleFacts);
      if (hit) ctx.report(hit);
    }
  },
});

function check(call: PyNode, name: string, resolver: PyResolver, facts: { defaultSocketTimeout: boolean; customAdapter: boolean }): Hit | undefined {
  const fnSpan = call.child('function')!.span;
  const args = callArguments(call);
  const timeout = kwarg(call, 'timeout');
  if (name === 'httpx.Timeout') {
    const first = args.positional[0];
    if (first && literalOf(first).kind === 'none' && args.positional.length === 1 && args.keywords.length === 0) {
      return { messageId: 'unboundedTimeout', data: { call: 'httpx.Timeout', args: 'None' }, span: fnSpan };
    }
    return undefined;
  }
  if (name === 'aiohttp.ClientTimeout' || name === 'aiohttp.client.ClientTimeout' || name === 'aiohttp.timeout.ClientTimeout') {
    if (args.hasStarArgs || args.hasStarKwargs) return undefined;
    const bound = (key: string, index?: number) => {
      const v = kwarg(call, key)?.value ?? (index !== undefined ? args.positional[index] : undefined);
      return v !== undefined && literalOf(v).kind !== 'none';
    };
    if (bound('total', 0) || bound('sock_read')) return undefined;
    return { messageId: 'unboundedTimeout', data: { call: 'aiohttp.ClientTimeout', args: args.keywords.map((k) => `${k.name}=…`).join(', ') }, span: fnSpan };
  }
  const http = httpCall(call, resolver);
  if (!http) return undefined;
  const shown = shortName(http.name);
  if (http.library === 'httpx') {
    if (timeout?.isNone) return { messageId: http.kind === 'client' ? 'clientNone' : 'none', data: { call: shown }, span: timeout.node.span };
    return undefined;
  }
  if (http.library === 'aiohttp' || http.kind === 'client') return undefined;
  if (http.library === 'urllib') {
    const t = timeout?.value ?? args.positional[2];
    if (t && literalOf(t).kind === 'none') return { messageId: 'none', data: { call: shown }, span: (timeout?.node ?? t).span };
    if (t || args.hasStarArgs || args.hasStarKwargs || facts.defaultSocketTimeout) return undefined;
    return { messageId: 'missing', data: { call: shown }, span: fnSpan };
  }
  // requests
  if (http.kind === 'method' && facts.customAdapter) return undefined;
  if (timeout) {
    if (timeout.isNone) return { messageId: 'none', data: { call: shown }, span: timeout.node.span };
    const v = unparenthesize(timeout.value);
    if (v.type === 'tuple') {
      const read = v.namedChildren.filter((c) => c.type !== 'comment')[1];
      if (read && literalOf(read).kind === 'none') return { messageId: 'none', data: { call: shown }, span: timeout.node.span };
    }
    return undefined;
  }
  if (args.hasStarKwargs) return undefined;
  // `Session.request(method, url, params, data, headers, cookies, files, auth, timeout, ...)`
  if (http.verb === 'request' && http.kind === 'method' && args.positional.length > 8) return undefined;
  return { messageId: 'missing', data: { call: shown }, span: fnSpan };
}


/** Module-wide facts: `socket.setdefaulttimeout(N)` bounds urlopen; an HTTPAdapter subclass may give sessions a timeout. */
function scanModule(root: PyNode, resolver: PyResolver): { defaultSocketTimeout: boolean; customAdapter: boolean } {
  const out = { defaultSocketTimeout: false, customAdapter: false };
  walk(root, (n) => {
    if (n.type === 'call' && importedCallee(n, resolver) === 'socket.setdefaulttimeout') {
      const arg = positionalArg(n, 0);
      if (arg && literalOf(arg).kind !== 'none') out.defaultSocketTimeout = true;
    }
    if (n.type === 'class_definition') {
      for (const base of n.child('superclasses')?.namedChildren ?? []) {
        const q = resolver.qualifiedName(base) ?? '';
        if (/HTTPAdapter$/.test(q)) out.customAdapter = true;
      }
    }
    return true;
  });
  return out;
}
