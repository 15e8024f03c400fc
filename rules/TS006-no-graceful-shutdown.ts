import { readProjectText } from '../src/docker/project-files.js';
import { resolverFor, spanOf, unwrapExpression, type TSESTree } from '../src/js/index.js';
import { handled, ProjectSources } from '../src/js/project-sources.js';
import { SERVER_FRAMEWORKS, serverListenCalls } from '../src/js/servers.js';
import { hasShutdownEvidence, SHUTDOWN_TEXT } from '../src/js/shutdown.js';
import type { PackageJsonTree } from '../src/parse/packagejson.js';
import type { TypeScriptDocument } from '../src/parse/typescript.js';
import type { ProjectFile, ProjectModel } from '../src/project.js';
import { defineRule, type ProjectContext } from '../src/rule.js';
import { appendTo } from '../src/multimap.js';

type Ctx = ProjectContext<'noHandler', Record<string, never>>;

const LISTEN_TEXT = /\.\s*listen\b/;

export default defineRule({
  id: 'TS006',
  name: 'no-graceful-shutdown',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['typescript'],
  triggers: ['listen'],
  anchor: 'owner',
  precision: 'medium',
  messages: {
    noHandler: 'this HTTP server is started with listen(…) and nothing in its package handles SIGTERM: every deploy or restart cuts off the requests in flight',
  },
  docs: {
    summary: 'A Node HTTP server has no SIGTERM handler anywhere in its package',
    what: `Reports \`.listen(…)\` on an HTTP server — Node \`http\`/\`https\`/\`http2\` servers, Express, Fastify, Koa, Restify, Polka and Connect apps, NestJS applications (\`await NestFactory.create(…)\`, or a parameter typed \`INestApplication\`), and an app imported from a module of the same package (\`import app from './app'\`) when the package depends on one of those frameworks and \`listen\` gets a port — when no JS/TS file of the same package handles SIGTERM. The package is the directory of the nearest \`package.json\` (the repository root when there is none), without nested packages and \`node_modules\`; the packages that enclose it count too (a repository whose root runs the service may keep a \`package.json\` template or an installer in a subdirectory), sibling packages do not. Files on disk count even when the run was given only some of them (pre-commit), but tests, examples and docs do not. An app imported from another module counts only when it is a plain import or the result of a factory call (a \`new ImapServer()\` from a local module speaks some other protocol) and its names mention no other protocol (IMAP, SMTP, WebSocket…).

Handling SIGTERM means any of: \`SIGTERM\` written in code (\`process.on('SIGTERM', …)\`, \`process.once\`, a \`['SIGINT', 'SIGTERM']\` list fed to a handler, \`signals: ['SIGTERM']\`), NestJS \`app.enableShutdownHooks()\`, or one of the libraries \`@godaddy/terminus\`, \`http-terminator\`, \`close-with-grace\`, \`stoppable\`, \`lightship\`, \`http-graceful-shutdown\`, \`fastify-graceful-shutdown\`, \`exit-hook\`, \`async-exit-hook\`, \`signal-exit\`. Sending SIGTERM (\`child.kill('SIGTERM')\`) and comments do not count. Only the presence of a handler is checked, not what it does. The finding is on \`listen\`.`,
    why: `Every deploy, scale-down and container restart begins with SIGTERM. Without a handler Node exits at once (or, as PID 1 in a container, ignores it until the SIGKILL ten seconds later): requests in flight get a reset connection, half-done writes are abandoned and queued work is lost, on every release. In one incident report about a backend that kept going down, \"poor shutdown: not graceful, connections dropped uncleanly\" was one of six causes; the fix closed Redis and MongoDB connections in order on shutdown, logging each step, and \"graceful shutdown\" became one of the team's rules.`,
    example: {
      kind: 'typescript',
      path: 'src/server.ts',
      code: `import express from 'express';

const app = express();
app.get('/health', (_req, res) => res.send('ok'));

app.listen(Number(process.env.PORT ?? 3000));
`,
    },
    fix: {
      kind: 'typescript',
      path: 'src/server.ts',
      code: `import express from 'express';

const app = express();
app.get('/health', (_req, res) => res.send('ok'));

const server = app.listen(Number(process.env.PORT ?? 3000));

process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
`,
    },
    references: [
      'https://nodejs.org/api/process.html#signal-events',
      'https://expressjs.com/en/advanced/healthcheck-graceful-shutdown.html',
      'https://docs.nestjs.com/fundamentals/lifecycle-events#application-shutdown',
      'https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#hook-handler-execution',
    ],
  },
  // Asynchronous: TS/JS files are not parsed in the project model, so this hook parses its own
  // (see src/js/project-sources.ts).
  project(model, ctx) {
    return handled(checkPackages(model, ctx));
  },
});

async function checkPackages(model: ProjectModel, ctx: Ctx): Promise<void> {
  const sources = new ProjectSources(model);
  // Production TS/JS files that may start a server, grouped by package.
  const byPackage = new Map<string, ProjectFile[]>();
  for (const f of sources.runFiles()) {
    const text = sources.text(f);
    if (text === undefined || !LISTEN_TEXT.test(text)) continue;
    const dir = sources.packageOf(f.rel);
    appendTo(byPackage, dir, f);
  }
  for (const [dir, files] of byPackage) {
    const framework = dependsOnFramework(model, dir);
    const listens: { doc: TypeScriptDocument; calls: TSESTree.CallExpression[] }[] = [];
    for (const file of files) {
      const doc = await sources.parse(file);
      if (!doc) continue;
      const calls = serverListenCalls(doc.tree.program, resolverFor(doc.tree.program), framework);
      if (calls.length) listens.push({ doc, calls });
    }
    if (listens.length === 0) continue;
    const sigtermHandled = await sources.someInPackage(dir, async (file, text) => {
      if (!SHUTDOWN_TEXT.test(text)) return false;
      const doc = await sources.parse(file);
      return doc !== null && hasShutdownEvidence(doc.tree.program);
    });
    if (sigtermHandled) continue;
    for (const { doc, calls } of listens) {
      for (const call of calls) {
        const callee = unwrapExpression(call.callee);
        const span = callee.type === 'MemberExpression' ? spanOf(callee.property) : spanOf(call);
        ctx.report({ messageId: 'noHandler', span, source: doc.source });
      }
    }
  }
}

/** Whether the package's `dependencies` include a server framework (for apps imported from another module). */
function dependsOnFramework(model: ProjectModel, dir: string): boolean {
  const rel = dir ? `${dir}/package.json` : 'package.json';
  let deps = (model.byPath.get(rel)?.doc?.tree as PackageJsonTree | undefined)?.dependencies;
  if (!deps) {
    // Not part of this run (pre-commit passes changed files only): read it the way the engine
    // would (UTF-16, byte-order mark, size bound), never as raw UTF-8.
    const text = readProjectText(model, rel);
    try {
      const value = (text === undefined ? {} : JSON.parse(text)) as { dependencies?: unknown };
      deps = value.dependencies && typeof value.dependencies === 'object' ? Object.keys(value.dependencies) : [];
    } catch {
      deps = [];
    }
  }
  return deps.some((d) => SERVER_FRAMEWORKS.has(d));
}
