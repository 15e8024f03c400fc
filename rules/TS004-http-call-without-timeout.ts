import { findAll, resolverFor, spanOf, type TSESTree } from '../src/js/index.js';
import { isBrowserCode } from '../src/js/client.js';
import { firstInFiles, handled, ProjectSources } from '../src/js/project-sources.js';
import { ProcessScopes, type Process } from '../src/js/process-scope.js';
import { httpCall, instanceFactory, optionsBound, type Client, type HttpCall } from '../src/js/http-clients.js';
import type { TypeScriptDocument } from '../src/parse/typescript.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule, type ProjectContext } from '../src/rule.js';
import { appendTo, getOrMake } from '../src/multimap.js';

type Ctx = ProjectContext<'call' | 'instance', Record<string, never>>;

const CLIENT_NAME: Record<Client, string> = { axios: 'axios', got: 'got', http: "Node's http client" };

export default defineRule({
  id: 'TS004',
  name: 'http-call-without-timeout',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['typescript'],
  // The per-file part (got, Node's http); axios is judged in the project hook.
  triggers: ["'got'", '"got"', "'http'", '"http"', "'https'", '"https"', 'node:http'],
  precision: 'high',
  messages: {
    call: '{{call}}(…) has no timeout: {{client}} waits forever by default, so a stalled upstream holds this request and its socket indefinitely',
    instance: '{{call}}(…) creates a client with no timeout: every request through it waits forever on a stalled upstream',
  },
  docs: {
    summary: 'An HTTP request from Node has no timeout',
    what: `Reports requests that can wait forever:

- axios on the default instance — \`axios(config)\`, \`axios(url[, config])\`, \`axios.get/delete/head/options(url[, config])\`, \`axios.post/put/patch(url, data[, config])\`, \`axios.request(config)\` — whose config has no \`timeout\` (or \`signal\`, or \`cancelToken\`);
- \`axios.create(config)\` without \`timeout\`: reported once on the \`create\` call rather than on every request through the instance, unless every request through it in the file sets its own timeout;
- got — \`got(url[, options])\`, \`got.get/post/put/patch/delete/head(…)\`, \`got.extend(options)\` — without \`timeout\` (or \`signal\`);
- Node's \`http\`/\`https\` \`request\` and \`get\` without a \`timeout\` (or \`signal\`) option and without \`req.setTimeout(…)\` or \`req.on('timeout', …)\` on the returned request.

Imports and \`require\` are followed in every form (\`import axios from 'axios'\`, \`const { request } = require('node:https')\`, \`const http = axios.create(…)\`, \`this.client\` set in a constructor). Because \`axios.defaults.timeout = …\` in any module applies to the whole process, axios findings are judged per process: the files reachable by relative imports from an entry point a carrier starts (package.json \`main\`/start script, Dockerfile \`CMD node dist/server.js\`, Procfile, \`ExecStart=\`), or, where no entry reaches the file, its package (the directory of the nearest \`package.json\`; an enclosing package only when it imports the file). None is reported when a file of that process or package sets \`defaults.timeout\` (also \`Object.assign(axios.defaults, { timeout })\`) or installs a request interceptor that mentions \`timeout\` — including files the run was not given, such as unchanged files under pre-commit.

Not reported: options that cannot be read statically (a variable bound to a call, a spread), requests whose object is returned or handed to another function (the caller may bound it), an \`agent\` option (it may carry a socket timeout), instances created in other modules, and browser code (\`'use client'\`, or JSX, UI-framework imports and \`window\`/\`document\` with no server-only import).`,
    why: `axios's default \`timeout\` is 0 (none), got's is none, and a Node \`http.request\` waits as long as the socket stays open. When an upstream accepts the connection but never answers — an overloaded API, a half-dead load balancer, a dropped packet on a NAT — every request to it hangs, holding its socket, its memory and whatever the caller was doing. Under load the pending requests pile up until the process runs out of memory or file descriptors, and health checks that share the event loop start failing; the outage spreads from the upstream to this service. In one incident report about a backend that kept going down on its own, hanging requests with no timeout were one of six causes, and the rules the team wrote afterwards begin with \"set a timeout on every request\" and \"never use an infinite timeout\".`,
    example: {
      kind: 'typescript',
      path: 'src/payments.ts',
      code: `import axios from 'axios';

export async function fetchInvoice(id: string) {
  const res = await axios.get(\`https://billing.example.com/invoices/\${id}\`);
  return res.data;
}
`,
    },
    fix: {
      kind: 'typescript',
      path: 'src/payments.ts',
      code: `import axios from 'axios';

export async function fetchInvoice(id: string) {
  const res = await axios.get(\`https://billing.example.com/invoices/\${id}\`, { timeout: 10_000 });
  return res.data;
}
`,
    },
    references: [
      'https://axios-http.com/docs/req_config',
      'https://github.com/sindresorhus/got/blob/main/documentation/6-timeout.md',
      'https://nodejs.org/api/http.html#httprequestoptions-callback',
    ],
  },
  // got and Node's http: everything needed is in the file.
  document(doc, ctx) {
    const program = (doc as TypeScriptDocument).tree.program;
    if (isBrowserCode(program)) return;
    for (const r of findingsOf(program, doc.source.text, LOCAL_CLIENTS)) ctx.report(r);
  },
  // axios: a default timeout can be set for the whole process in any module (`axios.defaults.timeout
  // = …` in a bootstrap file), so its calls are judged per package, with every file in view.
  project(model, ctx) {
    return handled(judgeAxios(model, ctx));
  },
});

async function judgeAxios(model: ProjectModel, ctx: Ctx): Promise<void> {
  const sources = new ProjectSources(model);
  const byPackage = new Map<string, { doc: TypeScriptDocument; found: Finding[] }[]>();
  for (const f of sources.runFiles()) {
    const text = sources.text(f);
    if (text === undefined || !text.includes('axios')) continue;
    const doc = await sources.parse(f);
    if (!doc || isBrowserCode(doc.tree.program)) continue;
    const found = findingsOf(doc.tree.program, doc.source.text, AXIOS);
    if (found.length === 0) continue;
    const dir = sources.packageOf(f.rel);
    appendTo(byPackage, dir, { doc, found });
  }
  const processes = new ProcessScopes(model, sources);
  const sets = (_file: unknown, text: string) => setsAxiosDefaults(text);
  // Each process and package is asked once: many files of one package share the answer, and
  // asking per file re-read the whole package for each of them.
  const processSets = new Map<Process, Promise<boolean>>();
  const packageSets = new Map<string, Promise<boolean>>();
  const inProcess = (p: Process) => getOrMake(processSets, p, async () => Boolean(await firstInFiles(sources, p.files, sets)));
  const inPackage = (d: string) => getOrMake(packageSets, d, () => sources.someInPackage(d, sets, { enclosing: false }));
  for (const [dir, files] of byPackage) {
    for (const { doc, found } of files) {
      // The process the file runs in, when an entry point reaches it; else its own package (and an
      // enclosing one only when that package imports the file).
      const mine = await processes.processesOf(doc.source.path);
      let covered = false;
      if (mine.length) {
        for (const p of mine) if (await inProcess(p)) covered = true;
      } else {
        covered = await inPackage(dir);
        for (const outer of processes.enclosingPackages(dir)) {
          if (covered || !(await processes.importedFrom(outer, doc.source.path))) break;
          covered = await inPackage(outer);
        }
      }
      if (covered) continue;
      for (const r of found) ctx.report({ ...r, source: doc.source });
    }
  }
}

type Finding = { messageId: 'call' | 'instance'; data: Record<string, string>; span: { start: number; end: number } };

const LOCAL_CLIENTS = new Set<Client>(['got', 'http']);
const AXIOS = new Set<Client>(['axios']);
/**
 * A timeout set for every request: `axios.defaults.timeout = …`, `instance.defaults.timeout = …`,
 * `Object.assign(axios.defaults, { timeout })`, `axios.defaults = {…}`, or a request interceptor
 * that mentions `timeout`. Matched as text over the package's files.
 */
const AXIOS_DEFAULTS = /\bdefaults\s*(?:\.\s*timeout\b|=[^=]|,\s*\{[^}]*\btimeout\b)|interceptors\s*\.\s*request\s*\.\s*use[\s\S]{0,400}?\btimeout\b/;

/** AXIOS_DEFAULTS over a file, after a plain substring test that rules out almost every file cheaply. */
function setsAxiosDefaults(text: string): boolean {
  return (text.includes('defaults') || text.includes('interceptors')) && AXIOS_DEFAULTS.test(text);
}

/** Requests and instance factories of the given clients that have no bound. */
function findingsOf(program: TSESTree.Program, text: string, clients: ReadonlySet<Client>): Finding[] {
  const resolver = resolverFor(program);
  const out: Finding[] = [];
  const calls = findAll(program, 'CallExpression');
  const requests: HttpCall[] = [];
  for (const call of calls) {
    const r = httpCall(call, resolver);
    if (r && clients.has(r.client)) requests.push(r);
  }
  for (const r of requests) {
    if (r.instance || r.bound !== 'absent') continue;
    out.push({ messageId: 'call', data: { call: calleeText(r.call, text), client: CLIENT_NAME[r.client] }, span: spanOf(r.call.callee) });
  }
  for (const call of calls) {
    const client = instanceFactory(call, resolver);
    if (!client || !clients.has(client)) continue;
    if (optionsBound(call.arguments[0], client, resolver) !== 'absent') continue;
    // Every request through the instance in this file bounds itself: nothing waits forever here.
    const through = requests.filter((r) => r.instance === call);
    if (through.length > 0 && through.every((r) => r.bound === 'present')) continue;
    out.push({ messageId: 'instance', data: { call: calleeText(call, text) }, span: spanOf(call.callee) });
  }
  return out;
}

function calleeText(call: TSESTree.CallExpression, text: string): string {
  return text.slice(call.callee.range[0], call.callee.range[1]).replace(/\s+/g, '');
}
