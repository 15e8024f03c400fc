import { deployServices, serviceForCommand } from '../src/deploy/index.js';
import { listenPort } from '../src/deploy/listen.js';
import type { PlatformTree } from '../src/deploy/platform.js';
import { defineRule } from '../src/rule.js';
import { programName } from '../src/shell/query.js';
import type { Document, Kind } from '../src/types.js';

const PLATFORM: Partial<Record<Kind, string>> = { railway: 'Railway', render: 'Render', heroku: 'Heroku', procfile: 'Heroku' };
/** Render's `PORT` when a service does not set one (https://render.com/docs/web-services#port-binding). */
const RENDER_DEFAULT_PORT = 10000;

export default defineRule({
  id: 'PF004',
  name: 'hard-coded-port',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['railway', 'render', 'heroku', 'procfile', 'fly'],
  roles: ['start'],
  triggers: ['port', 'PORT', 'bind', '-b', '-p', 'runserver', 'http.server', '-S', 'listen', '-l', '--http'],
  precision: 'high',
  messages: {
    injected: '{{program}} listens on port {{port}}, but {{platform}} sends traffic to the port it puts in $PORT: health checks fail and requests get no answer',
    internalPort: '{{program}} listens on port {{port}}, but internal_port is {{internal}}: Fly.io\'s proxy sends every request to a port nothing listens on',
    envPort: 'PORT is {{port}} but internal_port is {{internal}}: an app that listens on $PORT gets no traffic from Fly.io\'s proxy',
    notExpanded: '{{word}} reaches {{program}} as literal text: Railway runs the start command of a Dockerfile or image deploy without a shell, so $PORT is never expanded',
  },
  docs: {
    summary: 'A platform start command listens on a literal port instead of the one the platform routes to',
    what: `Reports the port word of a start command that listens on a literal port where the platform decides the port:
- **Railway, Render, Heroku** (\`railway.toml\`/\`.json\` \`startCommand\`, \`render.yaml\` \`startCommand\`/\`dockerCommand\` of a \`web\` service, \`heroku.yml\` \`run.web\`, and the \`web\` line of a \`Procfile\`) inject \`PORT\` and route to it; \`--port 8000\`, \`-b 0.0.0.0:8000\`, \`--bind :8000\`, \`runserver 0.0.0.0:8000\` is reported. Render's own default (\`10000\`) and a port equal to a \`PORT\` the same file sets are not.
- **Fly.io** routes to \`internal_port\` of the \`[http_service]\`/\`[[services]]\` that serve the process group: a literal port that differs is reported, and so is an \`[env]\` \`PORT\` that differs from \`internal_port\`.
- **Railway** runs a Dockerfile or image deploy's start command without a shell: a \`$PORT\` word there is passed on literally (reported unless inside \`sh -c '…'\`).

The port is read from each server's documented option (uvicorn \`--port\`, gunicorn/hypercorn \`-b/--bind\`, daphne \`-p\`, uWSGI \`--http\`, \`flask run -p\`, \`rails server -p\`, puma, \`next start -p\`, streamlit \`--server.port\`, \`php -S\`, \`python -m http.server\`), and \`--port N\` for other known services. \`$PORT\` and \`\${PORT:-8000}\` are what the platforms want. Scripts that a start command runs are not followed yet.`,
    why: `Platforms that run many apps on shared hosts pick each app's port and tell it through \`PORT\`. A start command copied from a local setup — \`uvicorn app:app --port 8000\` — listens somewhere the router never sends traffic: Heroku kills the dyno after 60 seconds ("Web process failed to bind to $PORT", error R10) and the app crash-loops; Railway and Render mark the deploy unhealthy or serve 502s until someone notices that the port in the command and the port in the dashboard disagree. On Fly.io the same mistake is an \`internal_port\` that matches nothing the app listens on. The deploy looks fine in the logs — the server says it is listening — which is why it takes long to find, and a platform restart loop on top of it (as in the Telegram bot incident on Railway) hides the cause further.`,
    example: { kind: 'railway', path: 'railway.toml', code: '[deploy]\nstartCommand = "uvicorn app.main:app --host 0.0.0.0 --port 8000"\nhealthcheckPath = "/health"\n' },
    fix: { kind: 'railway', path: 'railway.toml', code: '[deploy]\nstartCommand = "uvicorn app.main:app --host 0.0.0.0 --port $PORT"\nhealthcheckPath = "/health"\n' },
    references: [
      'https://devcenter.heroku.com/articles/error-codes#r10-boot-timeout',
      'https://docs.railway.com/deployments/start-command',
      'https://render.com/docs/web-services#port-binding',
      'https://fly.io/docs/reference/configuration/#the-http_service-section',
    ],
  },
  command(cmd, ctx) {
    const lp = listenPort(cmd);
    if (!lp) return;
    const program = programName(cmd) ?? cmd.argv[0]?.text ?? 'the server';
    const kind = ctx.doc.kind;
    if (lp.port === null) {
      if (kind === 'railway' && !cmd.shellForm && cmd.nesting === 0 && lp.word.text.includes('$')) {
        ctx.report({ messageId: 'notExpanded', data: { word: lp.word.text, program }, span: lp.span });
      }
      return;
    }
    if (kind === 'procfile') {
      if (cmd.carrier.owner === 'web') ctx.report({ messageId: 'injected', data: { program, port: lp.port, platform: 'Heroku' }, span: lp.span });
      return;
    }
    const service = serviceForCommand(ctx.doc, cmd.carrier.owner);
    if (!service) return;
    if (service.port) {
      if (service.port.value !== lp.port) {
        ctx.report({ messageId: 'internalPort', data: { program, port: lp.port, internal: service.port.value }, span: lp.span, related: [{ source: ctx.source, span: service.port.span, message: 'the port the proxy sends traffic to' }] });
      }
      return;
    }
    if (!service.injectsPort) return;
    if (service.kind === 'render' && lp.port === RENDER_DEFAULT_PORT) return;
    if (envPort(ctx.doc, cmd.carrier.owner) === lp.port) return;
    ctx.report({ messageId: 'injected', data: { program, port: lp.port, platform: PLATFORM[kind] ?? 'the platform' }, span: lp.span });
  },
  env(a, ctx) {
    if (ctx.doc.kind !== 'fly' || a.name !== 'PORT' || a.value === null || !/^\d+$/.test(a.value.trim())) return;
    const port = Number(a.value);
    const other = deployServices(ctx.doc).find((s) => s.port && s.port.value !== port);
    if (!other?.port) return;
    ctx.report({ messageId: 'envPort', data: { port, internal: other.port.value }, span: a.valueSpan, related: [{ source: ctx.source, span: other.port.span, message: 'the port the proxy sends traffic to' }] });
  },
});

/** A literal `PORT` the same file sets for the service (Render `envVars`, Fly `[env]`). */
function envPort(doc: Document, owner: string | undefined): number | undefined {
  const tree = doc.tree as Partial<PlatformTree> | null;
  const e = tree?.env?.find((x) => x.name === 'PORT' && (x.owner === owner || x.owner === 'env'));
  return e?.value && /^\d+$/.test(e.value.trim()) ? Number(e.value) : undefined;
}
