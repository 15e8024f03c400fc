import { isBrowserCode } from '../src/js/client.js';
import { ancestors, findAll, literalOf, propertyName, spanOf, stringValue, unwrapExpression, type TSESTree } from '../src/js/index.js';
import type { TypeScriptDocument } from '../src/parse/typescript.js';
import { defineRule } from '../src/rule.js';

/** Options whose `false` turns certificate checks off: Node's tls/https (`rejectUnauthorized`), the `request` package (`strictSSL`). */
const OFF_WHEN_FALSE = new Set(['rejectUnauthorized', 'strictSSL']);
const ENV_VARIABLE = 'NODE_TLS_REJECT_UNAUTHORIZED';

export default defineRule({
  id: 'TS007',
  name: 'tls-verification-disabled',
  severity: 'error',
  category: 'security',
  productionOnly: true,
  kinds: ['typescript'],
  triggers: ['rejectUnauthorized', 'strictSSL', ENV_VARIABLE],
  securitySeverity: 7.4,
  precision: 'high',
  messages: {
    option: '{{option}}: false accepts any certificate: anyone on the network path can read and change this traffic, credentials included',
    env: '{{variable}} = "0" turns certificate checks off for every TLS connection of this process',
  },
  docs: {
    summary: 'TLS certificate verification is turned off in code',
    what: `Reports, in production JavaScript/TypeScript: an object property \`rejectUnauthorized: false\` (Node's \`tls\`/\`https\` options, \`new https.Agent({…})\`, axios' \`httpsAgent\`, the \`ssl\` option of \`pg\`, \`mysql2\`, \`ioredis\`, \`mongodb\`…) or \`strictSSL: false\` (the \`request\` package); an assignment \`x.rejectUnauthorized = false\`; and setting \`process.env.NODE_TLS_REJECT_UNAUTHORIZED\` to \`"0"\`/\`0\` (also with bracket access). Values that are not the literal \`false\`/\`"0"\` are not judged. Not reported: browser code (the browser checks certificates whatever the option says), code under a test of an explicit per-target opt-in (\`if (notification.unsafeTls)\`, \`cfg.allowSelfSigned ? {…} : {}\`, names with insecure, unsafe, self-signed, skip/ignore TLS, allow unauthorized), and files classified as development. The same variable set in a Dockerfile, compose file, unit or script is SH011's.`,
    why: `Without certificate checks TLS encrypts to whoever answers: a compromised router, a spoofed DNS answer or a hostile neighbour can present any certificate and read or change the traffic — database passwords on the \`pg\` connection, API keys in headers, webhook payloads. \`rejectUnauthorized: false\` is the usual first answer to "self signed certificate in certificate chain" from a managed database, and it then ships; \`NODE_TLS_REJECT_UNAUTHORIZED=0\` is worse, since it turns checks off for every connection of the process and Node only prints one warning at start. The fix is to trust the provider's CA (\`ca: fs.readFileSync('ca.pem')\`).`,
    example: {
      kind: 'typescript',
      path: 'src/db.ts',
      code: `import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
  connectionTimeoutMillis: 5_000,
});
`,
    },
    fix: {
      kind: 'typescript',
      path: 'src/db.ts',
      code: `import { readFileSync } from 'node:fs';
import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { ca: readFileSync('/etc/ssl/certs/db-provider-ca.pem', 'utf8') },
  connectionTimeoutMillis: 5_000,
});
`,
    },
    references: ['https://nodejs.org/api/tls.html#tlsconnectoptions-callback', 'https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue', 'https://node-postgres.com/features/ssl'],
  },
  document(doc, ctx) {
    const program = (doc as TypeScriptDocument).tree.program;
    // A browser manages TLS itself; the option does nothing there (socket.io clients pass it anyway).
    if (isBrowserCode(program)) return;
    for (const p of findAll(program, 'Property')) {
      const name = propertyName(p);
      if (name !== null && OFF_WHEN_FALSE.has(name) && isFalse(p.value) && !optedIn(p)) ctx.report({ messageId: 'option', data: { option: name }, span: spanOf(p) });
    }
    for (const a of findAll(program, 'AssignmentExpression')) {
      if (a.operator !== '=' || a.left.type !== 'MemberExpression') continue;
      const name = propertyName(a.left);
      if (optedIn(a)) continue;
      if (name !== null && OFF_WHEN_FALSE.has(name) && isFalse(a.right)) ctx.report({ messageId: 'option', data: { option: name }, span: spanOf(a) });
      else if (name === ENV_VARIABLE && isProcessEnv(a.left.object) && isZero(a.right)) ctx.report({ messageId: 'env', data: { variable: ENV_VARIABLE }, span: spanOf(a) });
    }
  },
});

/** Words of a setting by which a user asks for unchecked TLS: `if (cfg.allowSelfSigned)`, `opts.insecure ? {…} : {}`. */
const OPT_IN = /insecure|unsafe|self.?signed|skip.?(tls|ssl|cert)|ignore.?(tls|ssl|cert)|allow.?(unauthori[sz]ed|invalid)|no.?verify|disable.?(tls|ssl).?verif/i;

/** Under an `if`/`?:` whose test is an explicit per-target opt-in: the user chose it for that one peer. */
function optedIn(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (const a of ancestors(node)) {
    if ((a.type === 'IfStatement' || a.type === 'ConditionalExpression') && child !== a.test && a.range && OPT_IN.test(textOf(a.test))) return true;
    if (a.type === 'LogicalExpression' && a.operator === '&&' && child === a.right && OPT_IN.test(textOf(a.left))) return true;
    child = a;
  }
  return false;
}

/** Identifier and property names of an expression, joined (enough to match the opt-in words). */
function textOf(expr: TSESTree.Node): string {
  const names: string[] = [];
  for (const n of findAll(expr, ['Identifier', 'Literal'])) names.push(n.type === 'Identifier' ? n.name : String(n.value));
  return names.join(' ');
}

function isFalse(expr: TSESTree.Node): boolean {
  const lit = literalOf(unwrapExpression(expr));
  return lit.kind === 'boolean' && !lit.value;
}

function isZero(expr: TSESTree.Node): boolean {
  const e = unwrapExpression(expr);
  return stringValue(e) === '0' || (e.type === 'Literal' && e.value === 0);
}

/** `process.env` (the object whose property is assigned). */
function isProcessEnv(expr: TSESTree.Node): boolean {
  const e = unwrapExpression(expr);
  return e.type === 'MemberExpression' && propertyName(e) === 'env' && unwrapExpression(e.object).type === 'Identifier' && (unwrapExpression(e.object) as TSESTree.Identifier).name === 'process';
}
