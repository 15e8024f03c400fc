import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { calls, closest, kwarg, resolverFor, walk, type KeywordArgument, type PyNode, type PyResolver } from '../src/python/index.js';
import { evaluateUnsetEnv, truthy } from '../src/python/env-values.js';
import { httpCall, importedCallee, shortLibraryName as shortName } from '../src/python/libraries.js';

type MessageId = 'verifyOff' | 'verifyOffByDefault' | 'unverifiedContext' | 'certNone' | 'sessionVerifyOff';

/** Functions that build an SSL context which accepts any certificate. */
const UNVERIFIED_CONTEXT = new Set(['ssl._create_unverified_context']);
const CERT_NONE = new Set(['ssl.CERT_NONE', 'ssl.VerifyMode.CERT_NONE']);
/** aiohttp: `ssl=False` (3.x) and the deprecated `verify_ssl=False` on sessions, connectors and requests. */
const AIOHTTP_SSL_OWNERS = /^aiohttp\.(TCPConnector|connector\.TCPConnector|ClientSession|client\.ClientSession|request)(\.|$)/;

export default defineRule<MessageId>({
  id: 'PY014',
  name: 'tls-verification-disabled',
  severity: 'error',
  category: 'security',
  productionOnly: true,
  kinds: ['python'],
  // `ssl=False` counts only on aiohttp's calls, which a module reaches through an import naming
  // aiohttp; `cert_reqs='CERT_NONE'` as a string is matched without case.
  triggers: ['verify', ['ssl', 'aiohttp'], 'CERT_NONE', 'cert_none', '_create_unverified_context'],
  securitySeverity: 7.4,
  precision: 'high',
  messages: {
    verifyOff: '{{keyword}} on {{call}}() accepts any certificate: anyone on the network path can read and change this traffic, credentials included',
    verifyOffByDefault: '{{keyword}} on {{call}}() turns certificate checks off when {{variable}} is unset: a deployment that forgets the variable accepts any certificate',
    unverifiedContext: '{{name}} builds a TLS context that accepts any certificate: anyone on the network path can read and change this traffic',
    certNone: 'verify_mode = CERT_NONE accepts any certificate: anyone on the network path can read and change this traffic',
    sessionVerifyOff: '{{target}} = False makes every request of this session accept any certificate',
  },
  docs: {
    summary: 'TLS certificate verification is turned off in code',
    what: `Reports, in production Python code:

- \`verify=False\` on a \`requests\` call or \`requests.Session()\` method, and on an \`httpx\` call or client (\`httpx.Client(verify=False)\`, \`httpx.AsyncClient(…)\`); also when the value is only false because an environment variable is unset (\`verify=os.getenv("SSL_VERIFY", "false") == "true"\`);
- \`session.verify = False\` on a \`requests.Session()\`;
- aiohttp's \`ssl=False\` / \`verify_ssl=False\` on \`TCPConnector\`, \`ClientSession\` and its requests;
- any use of \`ssl._create_unverified_context\` (calling it, or installing it with \`ssl._create_default_https_context = ssl._create_unverified_context\`);
- \`ctx.verify_mode = ssl.CERT_NONE\` and \`cert_reqs=ssl.CERT_NONE\` (or \`"CERT_NONE"\`).

\`ctx.check_hostname = False\` alone is not reported: libraries that match host names themselves (urllib3) and server-side contexts set it legitimately.

Imports and aliases are followed. Values that cannot be evaluated (\`verify=settings.VERIFY_TLS\`) are not reported; \`verify="/etc/ssl/internal-ca.pem"\` (a CA bundle) is the fix, not a finding. Files classified as development (\`tests/\`, \`examples/\`…) are skipped.`,
    why: `Certificate verification is what makes TLS more than encryption to a stranger: without it, anyone between the service and its peer — a compromised router, a hostile Wi-Fi, a cloud neighbour spoofing DNS — can present any certificate, read the traffic and change it. \`verify=False\` usually arrives during an incident ("the internal API's certificate expired, ship the workaround") and then stays, silently sending API keys, webhook secrets and database credentials to whoever answers. The fix that keeps the service running is to trust the internal CA explicitly.`,
    example: {
      kind: 'python',
      path: 'app/billing.py',
      code: `import requests


def charge(customer_id: str, cents: int) -> dict:
    response = requests.post(
        "https://billing.internal/charges",
        json={"customer": customer_id, "amount": cents},
        timeout=10,
        verify=False,
    )
    return response.json()
`,
    },
    fix: {
      kind: 'python',
      path: 'app/billing.py',
      code: `import requests

INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"


def charge(customer_id: str, cents: int) -> dict:
    response = requests.post(
        "https://billing.internal/charges",
        json={"customer": customer_id, "amount": cents},
        timeout=10,
        verify=INTERNAL_CA,
    )
    return response.json()
`,
    },
    references: [
      'https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification',
      'https://www.python-httpx.org/advanced/ssl/',
      'https://docs.aiohttp.org/en/stable/client_advanced.html#ssl-control-for-tcp-sockets',
      'https://docs.python.org/3/library/ssl.html#ssl.SSLContext.verify_mode',
      'https://peps.python.org/pep-0476/',
    ],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    for (const call of calls(tree.root)) {
      const hit = checkCall(call, resolver);
      if (hit) ctx.report(hit);
    }
    walk(tree.root, (n) => {
      const hit = n.type === 'assignment' ? checkAssignment(n, resolver) : n.type === 'attribute' || n.type === 'identifier' ? checkReference(n, resolver) : undefined;
      if (hit) ctx.report(hit);
      // The parts of an attribute chain are not references of their own.
      return n.type !== 'attribute';
    });
  },
});

type Hit = { messageId: MessageId; data: Record<string, string>; span: { start: number; end: number } };

function checkCall(call: PyNode, resolver: PyResolver): Hit | undefined {
  const name = importedCallee(call, resolver);
  if (name === null) return undefined;
  const http = httpCall(call, resolver);
  if (http && (http.library === 'requests' || http.library === 'httpx')) return offKeyword(call, 'verify', shortName(http.name), resolver);
  if (AIOHTTP_SSL_OWNERS.test(name)) {
    return offKeyword(call, 'ssl', shortName(name), resolver) ?? offKeyword(call, 'verify_ssl', shortName(name), resolver);
  }
  const certReqs = kwarg(call, 'cert_reqs');
  if (certReqs && isCertNone(certReqs.value, resolver)) return { messageId: 'certNone', data: {}, span: certReqs.node.span };
  return undefined;
}

/** `keyword=False`, or a value that is false when the environment is empty. */
function offKeyword(call: PyNode, keyword: string, shown: string, resolver: PyResolver): Hit | undefined {
  const kw: KeywordArgument | undefined = kwarg(call, keyword);
  if (!kw) return undefined;
  const { value, variables } = evaluateUnsetEnv(kw.value, resolver);
  // `ssl=None` on aiohttp means "default checks"; only an explicit false turns them off.
  if (value.kind === 'none' || truthy(value) !== false || value.kind === 'string') return undefined;
  const data = { keyword: kw.node.text.replace(/\s+/g, ''), call: shown, variable: variables[0] ?? '' };
  return { messageId: variables.length ? 'verifyOffByDefault' : 'verifyOff', data, span: kw.node.span };
}

function checkAssignment(assignment: PyNode, resolver: PyResolver): Hit | undefined {
  const left = assignment.child('left');
  const right = assignment.child('right');
  if (!left || !right || left.type !== 'attribute') return undefined;
  const attr = left.child('attribute')?.text;
  // `self.verify_mode = …` is a context class setting its own default (urllib3's shims), not a use.
  if (left.child('object')?.text === 'self') return undefined;
  if (attr === 'verify_mode' && isCertNone(right, resolver)) return { messageId: 'certNone', data: {}, span: assignment.span };
  if (attr === 'verify' && right.type === 'false') {
    const owner = resolver.qualifiedName(left.child('object')!) ?? '';
    if (/^requests\.(sessions\.)?[Ss]ession$/.test(owner)) return { messageId: 'sessionVerifyOff', data: { target: left.text }, span: assignment.span };
  }
  return undefined;
}

function checkReference(node: PyNode, resolver: PyResolver): Hit | undefined {
  // Only the whole reference (`ssl._create_unverified_context`), not a def of that name.
  if (node.parent?.type === 'function_definition' && node.field === 'name') return undefined;
  if (closest(node, ['import_statement', 'import_from_statement'])) return undefined;
  if (node.type === 'identifier' && !node.text.includes('unverified')) return undefined;
  if (node.type === 'attribute' && node.child('attribute')?.text !== '_create_unverified_context') return undefined;
  const r = resolver.resolve(node);
  if (!r || r.root !== 'import' || !UNVERIFIED_CONTEXT.has(r.name)) return undefined;
  return { messageId: 'unverifiedContext', data: { name: node.text }, span: node.span };
}

function isCertNone(expr: PyNode, resolver: PyResolver): boolean {
  if (expr.type === 'string') return /^[rbu]*["']CERT_NONE["']$/i.test(expr.text);
  const r = resolver.resolve(expr);
  return r !== null && r.root === 'import' && CERT_NONE.has(r.name);
}

