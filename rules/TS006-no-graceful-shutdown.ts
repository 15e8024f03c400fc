import { readProjectText } from '../src/docker/project-files.js';
import { resolverFor, spanOf, unwrapExpression, type TSESTree } from '../src/js/index.js';
import { firstInFiles, handled, ProjectSources, type SourceRef } from '../src/js/project-sources.js';
import { ProcessScopes } from '../src/js/process-scope.js';
import { sigtermHandlers, type NonClosingHandler } from '../src/js/sigterm-handlers.js';
import { SERVER_FRAMEWORKS, serverListenCalls } from '../src/js/servers.js';
import { hasShutdownEvidence, SHUTDOWN_TEXT } from '../src/js/shutdown.js';
import type { PackageJsonTree } from '../src/parse/packagejson.js';
import type { ProjectFile, ProjectModel } from '../src/project.js';
import { defineRule, type ProjectContext } from '../src/rule.js';
import { appendTo } from '../src/multimap.js';

type Ctx = ProjectContext<'noHandler' | 'notClosed', Record<string, string>>;

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
    noHandler: 'this HTTP server is started with listen(…) and nothing in its process handles SIGTERM: every deploy or restart cuts off the requests in flight',
    notClosed: 'the SIGTERM handler at {{where}} never closes the HTTP server {{server}} started here ({{does}}): every deploy or restart cuts off the requests in flight',
  },
  docs: {
    summary: 'A Node HTTP server has no SIGTERM handler that closes it in its process',
    what: `Reports \`.listen(…)\` on an HTTP server — Node \`http\`/\`https\`/\`http2\` servers, Express, Fastify, Koa, Restify, Polka and Connect apps, NestJS applications (\`await NestFactory.create(…)\`, or a parameter typed \`INestApplication\`), and an app imported from a module of the same package (\`import app from './app'\`) when the package depends on one of those frameworks and \`listen\` gets a port — when nothing in its process handles SIGTERM. The process is decided by entry points: the files reachable by relative imports from what a carrier starts (package.json \`main\` and start scripts, a Dockerfile \`CMD node dist/server.js\`, a compose \`command:\`, a Procfile line, \`ExecStart=\`; \`dist/x.js\` maps back to \`src/x.ts\`), so a handler in one process (a root package's dev proxy, a sibling Procfile process) does not silence another. Where no entry reaches the file, its package counts instead: the directory of the nearest \`package.json\` (the repository root when there is none), without nested packages and \`node_modules\`, plus an enclosing package only when one of its files imports this one (a setup wizard under \`install/\` loaded by the root package's CLI). Files on disk count even when the run was given only some of them (pre-commit), but tests, examples and docs do not. An app imported from another module counts only when it is a plain import or the result of a factory call (a \`new ImapServer()\` from a local module speaks some other protocol) and its names mention no other protocol (IMAP, SMTP, WebSocket…).

Handling SIGTERM means any of: \`SIGTERM\` written in code (\`process.on('SIGTERM', …)\`, \`process.once\`, a \`['SIGINT', 'SIGTERM']\` list fed to a handler, \`signals: ['SIGTERM']\`), NestJS \`app.enableShutdownHooks()\`, or one of the libraries \`@godaddy/terminus\`, \`http-terminator\`, \`close-with-grace\`, \`stoppable\`, \`lightship\`, \`http-graceful-shutdown\`, \`fastify-graceful-shutdown\`, \`exit-hook\`, \`async-exit-hook\`, \`signal-exit\`. Sending SIGTERM (\`child.kill('SIGTERM')\`) and comments do not count. A \`process.on('SIGTERM', …)\` handler that never closes anything — it only calls \`bot.stop()\` or logs — is still the hazard, and the message names the server left open and the handler; a handler counts as closing when it calls \`close\`, \`closeAllConnections\`, \`terminate\`, \`shutdown\` or \`destroy\`, \`stop\` on a server-like object, or a function prodlint cannot see into. The finding is on \`listen\`.`,
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
  const processes = new ProcessScopes(model, sources);
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
    for (const file of files) {
      const doc = await sources.parse(file);
      if (!doc) continue;
      const calls = serverListenCalls(doc.tree.program, resolverFor(doc.tree.program), framework);
      if (calls.length === 0) continue;
      // Handlers that only stop a bot or log: SIGTERM is handled, the server is not closed.
      let idle: { file: SourceRef; handler: NonClosingHandler } | undefined;
      const test = async (ref: SourceRef, text: string) => {
        if (!SHUTDOWN_TEXT.test(text)) return false;
        const d = await sources.parse(ref);
        if (!d || !hasShutdownEvidence(d.tree.program)) return false;
        const handlers = sigtermHandlers(d.tree.program);
        if (handlers.closing > 0 || hasShutdownEvidence(d.tree.program, new Set(handlers.nonClosing.map((h) => h.call)))) return true;
        idle ??= { file: ref, handler: handlers.nonClosing[0]! };
        return false;
      };
      // The process the file runs in, when an entry point reaches it; else its own package.
      const mine = await processes.processesOf(file.rel);
      let handled = false;
      if (mine.length) {
        for (const p of mine) if (await firstInFiles(sources, p.files, test)) handled = true;
      } else {
        // Its own package; an enclosing one only when it loads this file itself.
        handled = await sources.someInPackage(dir, test, { enclosing: false });
        for (const outer of processes.enclosingPackages(dir)) {
          if (handled || !(await processes.importedFrom(outer, file.rel))) break;
          handled = await sources.someInPackage(outer, test, { enclosing: false });
        }
      }
      if (handled) continue;
      for (const call of calls) {
        const callee = unwrapExpression(call.callee);
        const span = callee.type === 'MemberExpression' ? spanOf(callee.property) : spanOf(call);
        const found = idle as { file: SourceRef; handler: NonClosingHandler } | undefined;
        if (!found) {
          ctx.report({ messageId: 'noHandler', span, source: doc.source });
          continue;
        }
        const handlerSource = (await sources.parse(found.file))!.source;
        const at = handlerSource.positionAt(found.handler.call.range[0]);
        const does = found.handler.calls.length ? `it only calls ${found.handler.calls.slice(0, 3).join(', ')}` : 'it closes nothing';
        ctx.report({
          messageId: 'notClosed',
          data: { server: serverName(call), where: `${found.file.rel}:${at.line}`, does },
          span,
          source: doc.source,
          related: [{ source: handlerSource, span: spanOf(found.handler.call), message: 'the SIGTERM handler' }],
        });
      }
    }
  }
}

/** `const server = app.listen(…)` -> `server`; `app.listen(…)` -> `app`. */
function serverName(call: TSESTree.CallExpression): string {
  const parent = (call as { parent?: TSESTree.Node }).parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'MemberExpression') {
    const obj = unwrapExpression(callee.object);
    if (obj.type === 'Identifier') return obj.name;
  }
  return 'the server';
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
