import { deployServices, serviceForCommand, type DeployService } from '../src/deploy/index.js';
import { platformImageRuns } from '../src/deploy/images.js';
import { listenPort } from '../src/deploy/listen.js';
import type { PlatformTree } from '../src/deploy/platform.js';
import { defineRule } from '../src/rule.js';
import { programName } from '../src/shell/query.js';
import type { Document, Kind } from '../src/types.js';
import type { SourceFile, Span } from '../src/source.js';

const PLATFORM: Partial<Record<Kind, string>> = { railway: 'Railway', render: 'Render', heroku: 'Heroku', procfile: 'Heroku' };
/** Render's `PORT` when a service does not set one (https://render.com/docs/web-services#port-binding). */
const RENDER_DEFAULT_PORT = 10000;

export default defineRule({
  id: 'PF004',
  name: 'hard-coded-port',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['railway', 'render', 'heroku', 'procfile', 'fly', 'dockerfile'],
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
- **Railway, Render, Heroku** (\`railway.toml\`/\`.json\` \`startCommand\`, \`render.yaml\` \`startCommand\`/\`dockerCommand\` of a \`web\` service, \`heroku.yml\` \`run.web\`, and the \`web\` line of a \`Procfile\`) inject \`PORT\` and route to it; \`--port 8000\`, \`-b 0.0.0.0:8000\`, \`--bind :8000\`, \`runserver 0.0.0.0:8000\` is reported. Render's own default (\`10000\`) and a port equal to a \`PORT\` the same file sets are not. A \`PORT\` set only in the platform's dashboard (or a Railway domain's target port) cannot be seen: suppress the finding with a reason when that is the setup.
- **Fly.io** routes to \`internal_port\` of the \`[http_service]\`/\`[[services]]\` that serve the process group: a literal port that differs is reported, and so is an \`[env]\` \`PORT\` that differs from \`internal_port\`.
- **Railway** runs a Dockerfile or image deploy's start command without a shell: a \`$PORT\` word there is passed on literally (reported unless inside \`sh -c '…'\`).

The port is read from each server's documented option (uvicorn \`--port\`, gunicorn/hypercorn \`-b/--bind\`, daphne \`-p\`, uWSGI \`--http\`, \`flask run -p\`, \`rails server -p\`, puma, \`next start -p\`, streamlit \`--server.port\`, \`php -S\`, \`python -m http.server\`), and \`--port N\` for other known services. \`$PORT\` and \`\${PORT:-8000}\` are what the platforms want. A platform service that sets no start command of its own runs its Dockerfile's final \`CMD\`/\`ENTRYPOINT\` (Railway \`dockerfilePath\` or \`Dockerfile\`, Render \`dockerfilePath\` of a Docker runtime, Fly.io \`[build] dockerfile\`, heroku.yml \`build.docker\`): that command is judged the same way and reported in the Dockerfile, with the platform file as the related location. Scripts that a start command runs are not followed yet.`,
    why: `Platforms that run many apps on shared hosts pick each app's port and tell it through \`PORT\`. A start command copied from a local setup — \`uvicorn app:app --port 8000\` — listens somewhere the router never sends traffic: Heroku kills the dyno after 60 seconds ("Web process failed to bind to $PORT", error R10) and the app crash-loops; Railway and Render mark the deploy unhealthy or serve 502s until someone notices that the port in the command and the port in the dashboard disagree. On Fly.io the same mistake is an \`internal_port\` that matches nothing the app listens on. The deploy looks fine in the logs — the server says it is listening — which is why it takes long to find: one team's API on Railway served on a stale replica for days while every deploy failed its health check, because the Dockerfile's \`CMD\` hard-coded \`--port 8000\`; when the last good replica was replaced, production went down. The same team's earlier outage was the other half of this rule — a \`startCommand\` with \`--port $PORT\` on a Dockerfile deploy, where Railway passes \`$PORT\` to uvicorn as literal text. A platform restart loop on top of it (as in the Telegram bot incident on Railway) hides the cause further.`,
    example: { kind: 'railway', path: 'railway.toml', code: '[deploy]\nstartCommand = "uvicorn app.main:app --host 0.0.0.0 --port 8000"\nhealthcheckPath = "/health"\n' },
    fix: { kind: 'railway', path: 'railway.toml', code: '[deploy]\nstartCommand = "uvicorn app.main:app --host 0.0.0.0 --port $PORT"\nhealthcheckPath = "/health"\n' },
    references: [
      'https://devcenter.heroku.com/articles/error-codes#r10-boot-timeout',
      'https://docs.railway.com/deployments/start-command',
      'https://render.com/docs/web-services#port-binding',
      'https://fly.io/docs/reference/configuration/#the-http_service-section',
      'https://github.com/OpenCodeIntel/opencodeintel/pull/310',
      'https://github.com/OpenCodeIntel/opencodeintel/pull/319',
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
    const verdict = judge(service, ctx.doc, cmd.carrier.owner, lp.port);
    if (!verdict) return;
    const related = verdict.related ? [{ source: ctx.source, span: verdict.related, message: 'the port the proxy sends traffic to' }] : [];
    ctx.report({ messageId: verdict.messageId, data: { program, port: lp.port, ...verdict.data }, span: lp.span, related });
  },
  // A platform service without a start command of its own runs its Dockerfile's CMD/ENTRYPOINT:
  // that is the command to judge, in the Dockerfile, with the platform file as the reason.
  project(model, ctx) {
    for (const run of platformImageRuns(model)) {
      if (run.overrides.length || !run.dockerfile.source || !run.file.source) continue;
      for (const cmd of run.dockerfile.facts?.commands ?? []) {
        if (cmd.role !== 'start') continue;
        const lp = listenPort(cmd);
        if (!lp || lp.port === null) continue;
        const verdict = judge(run.service, run.file.doc!, run.service.name, lp.port);
        if (!verdict) continue;
        const why = relatedFor(run.file.source, run.service, verdict.related);
        ctx.report({ messageId: verdict.messageId, data: { program: programName(cmd) ?? 'the server', port: lp.port, ...verdict.data }, span: lp.span, source: run.dockerfile.source, related: [why] });
      }
    }
  },
  env(a, ctx) {
    if (ctx.doc.kind !== 'fly' || a.name !== 'PORT' || a.value === null || !/^\d+$/.test(a.value.trim())) return;
    const port = Number(a.value);
    const other = deployServices(ctx.doc).find((s) => s.port && s.port.value !== port);
    if (!other?.port) return;
    ctx.report({ messageId: 'envPort', data: { port, internal: other.port.value }, span: a.valueSpan, related: [{ source: ctx.source, span: other.port.span, message: 'the port the proxy sends traffic to' }] });
  },
});

type Verdict = { messageId: 'injected' | 'internalPort'; data: Record<string, string | number>; related?: Span };

/** Whether a service that listens on `port` gets its traffic, by its platform's rules. */
function judge(service: DeployService, doc: Document, owner: string | undefined, port: number): Verdict | undefined {
  if (service.port) {
    return service.port.value === port ? undefined : { messageId: 'internalPort', data: { internal: service.port.value }, related: service.port.span };
  }
  if (!service.injectsPort) return undefined;
  if (service.kind === 'render' && port === RENDER_DEFAULT_PORT) return undefined;
  if (envPort(doc, owner) === port) return undefined;
  return { messageId: 'injected', data: { platform: PLATFORM[service.kind] ?? 'the platform' } };
}

function relatedFor(source: SourceFile, service: DeployService, port: Span | undefined): { source: SourceFile; span: Span; message: string } {
  return port ? { source, span: port, message: 'the port the proxy sends traffic to' } : { source, span: service.span, message: `${PLATFORM[service.kind] ?? 'the platform'} runs this image's command for "${service.name}"` };
}

/** A literal `PORT` the same file sets for the service (Render `envVars`, Fly `[env]`). */
function envPort(doc: Document, owner: string | undefined): number | undefined {
  const tree = doc.tree as Partial<PlatformTree> | null;
  const e = tree?.env?.find((x) => x.name === 'PORT' && (x.owner === owner || x.owner === 'env'));
  return e?.value && /^\d+$/.test(e.value.trim()) ? Number(e.value) : undefined;
}
