import type { KubernetesTree } from '../src/parse/kubernetes.js';
import { dependencyIn, handlersFor } from '../src/routes/handlers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'PF002',
  name: 'liveness-depends-on-services',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['kubernetes'],
  triggers: ['livenessProbe'],
  precision: 'medium',
  messages: {
    dependent: 'livenessProbe GET {{path}} is answered by a handler that checks {{what}} ({{file}}): when {{what}} blips, every replica fails liveness together and is restarted, which fixes nothing',
  },
  docs: {
    summary: 'A liveness probe hits a health endpoint that checks the database or Redis',
    what: `A project rule. For each Kubernetes \`livenessProbe\` with an \`httpGet.path\`, finds the route that answers that path in the run's production Python and TS/JS files — Flask/FastAPI/Starlette-style decorators (\`@app.get("/healthz")\`, \`@bp.route(...)\`), Django \`path("healthz/", view)\`, express/fastify/koa-router-style calls (\`app.get('/healthz', …)\`, inline or named handlers) — and reports the probe when the handler's body calls the database or Redis: \`.execute(\`, \`.query(\`, \`SELECT 1\`, \`.ping(\`, \`redis.…(\`, \`pool.acquire(\`, \`.cursor(\`, \`engine.connect(\`, Django \`.objects.\`, \`ensure_connection(\`, Prisma, \`mongoose.connection\`, a Mongo \`ping\` command. Anchored on the probe's \`path\`; the handler's dependency call is the related location. Limits: a lexical scan, not a call graph — a helper function called by the handler is not followed, router mount prefixes are not applied (paths must match exactly, trailing slash and query ignored), and a handler that catches the failure and still answers 200 is reported anyway. Readiness probes are not reported: taking a replica out of rotation while its database is down is what they are for.`,
    why: `Liveness answers one question: is this process stuck beyond repair, so that killing it helps? A health endpoint that also checks the database or Redis answers a different one. When Redis restarts or the database fails over for twenty seconds, every replica's liveness fails at the same moment, the kubelet kills them all, and they come back into a cold start against a dependency that is still recovering — the outage of one backing service becomes an outage of the whole app, and the restarts (connection storms, cache warm-up, migrations at start) make the recovery slower. It is the crash loop of prodlint's incident reports at orchestrator scale: a watchdog that killed a healthy bot because something else was slow, and a platform that kept restarting it (seeds 001 and 002). Check dependencies in the readiness probe; keep liveness about the process itself.`,
    example: { kind: 'kubernetes', path: 'deploy/api.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: example/api:3.1\n          livenessProbe:\n            httpGet:\n              path: /health\n              port: 8000\n            initialDelaySeconds: 60\n', others: [{ kind: 'python', path: 'app/main.py', code: 'from fastapi import FastAPI\nfrom sqlalchemy import text\n\nfrom app.db import engine\n\napp = FastAPI()\n\n\n@app.get("/health")\nasync def health():\n    async with engine.connect() as conn:\n        await conn.execute(text("SELECT 1"))\n    return {"status": "ok"}\n\n\n@app.get("/livez")\nasync def livez():\n    return {"status": "alive"}\n' }] },
    fix: { kind: 'kubernetes', path: 'deploy/api.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: example/api:3.1\n          livenessProbe:\n            httpGet:\n              path: /livez\n              port: 8000\n            initialDelaySeconds: 60\n          readinessProbe:\n            httpGet:\n              path: /health\n              port: 8000\n', others: [{ kind: 'python', path: 'app/main.py', code: 'from fastapi import FastAPI\nfrom sqlalchemy import text\n\nfrom app.db import engine\n\napp = FastAPI()\n\n\n@app.get("/health")\nasync def health():\n    async with engine.connect() as conn:\n        await conn.execute(text("SELECT 1"))\n    return {"status": "ok"}\n\n\n@app.get("/livez")\nasync def livez():\n    return {"status": "alive"}\n' }] },
    references: [
      'https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/',
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
      'https://kubernetes.io/docs/reference/using-api/health-checks/',
    ],
  },
  project(model, ctx) {
    const memo = new Map<string, ReturnType<typeof handlersFor>>();
    for (const file of model.files) {
      if (file.kind !== 'kubernetes' || file.environment !== 'production' || !file.doc) continue;
      const tree = file.doc.tree as KubernetesTree;
      for (const service of tree.deploy) {
        for (const check of service.healthChecks) {
          if (check.purpose !== 'liveness' || check.type !== 'http' || !check.path || !check.path.value.startsWith('/')) continue;
          const path = check.path.value;
          let handlers = memo.get(path);
          if (!handlers) memo.set(path, (handlers = handlersFor(model, path)));
          for (const h of handlers) {
            const dep = dependencyIn(h.source, h.body);
            if (!dep) continue;
            ctx.report({
              messageId: 'dependent',
              data: { path, what: dep.what, file: h.source.path },
              span: check.path.span,
              source: file.doc.source,
              related: [
                { source: h.source, span: dep.span, message: `the handler of ${path} calls ${dep.what} here` },
                { source: h.source, span: h.routeSpan, message: `route ${path}` },
              ],
            });
            break;
          }
        }
      }
    }
  },
});
