import { isMap } from 'yaml';
import { deployServices, type DeployService } from '../src/deploy/index.js';
import { serviceStartCommands } from '../src/deploy/service-commands.js';
import { slowStartReason } from '../src/deploy/slow-start.js';
import { platformImageRuns } from '../src/deploy/images.js';
import { commandsOf } from '../src/docker/start.js';
import type { ProjectModel } from '../src/project.js';
import { PROBE_DEFAULTS, probeKeySpan, serviceName } from '../src/k8s/deploy.js';
import { mayHoldTemplatedKeys } from '../src/k8s/templated.js';
import type { K8sContainer, K8sWorkload, KubernetesDocument } from '../src/parse/kubernetes.js';
import { numberAt } from '../src/parse/kubernetes.js';
import { getPath, resolve, scalarString } from '../src/parse/yaml-nodes.js';
import { isDatastoreImage } from '../src/compose/datastores.js';
import { parseImageRef } from '../src/docker/image-ref.js';
import { imageBaseName } from '../src/k8s/entrypoint.js';
import { defineRule, type RuleContext } from '../src/rule.js';
import type { Command, Document } from '../src/types.js';

type Messages = 'short' | 'slowStart' | 'platformSlowStart';
interface Options {
  /** A liveness check that can restart any container sooner than this after it starts, with no startup grace, is reported. */
  minStartupSeconds: number;
  /** The same for a service whose start is known to be slow (migrations, installs, waits, an advisory lock). */
  slowStartSeconds: number;
}

export default defineRule<Messages, Options>({
  id: 'PF001',
  name: 'liveness-without-startup-grace',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['kubernetes', 'railway'],
  triggers: ['livenessProbe', 'healthcheck', 'health_check', 'checks'],
  precision: 'medium',
  options: { minStartupSeconds: 30, slowStartSeconds: 120 },
  messages: {
    short: 'livenessProbe restarts "{{service}}" if it does not answer within about {{window}} s of starting ({{formula}}) and there is no startupProbe: a boot slower than that is killed and restarted in a crash loop',
    slowStart: 'livenessProbe restarts "{{service}}" if it does not answer within about {{window}} s of starting ({{formula}}), there is no startupProbe, and its start {{reason}}: a slow start is killed mid-way and restarted in a crash loop',
    platformSlowStart: 'Railway marks the deploy of "{{service}}" failed unless {{path}} answers within healthcheckTimeout {{window}} s, and its start {{reason}}: a slow migration or lock wait fails every deploy, and the new version never goes live',
  },
  docs: {
    summary: 'A liveness check can kill a service before it has finished starting',
    what: `**Kubernetes**: a container with a \`livenessProbe\` and no \`startupProbe\`, where the time before the kubelet restarts a container that has not answered yet — \`initialDelaySeconds + failureThreshold × periodSeconds\`, with the Kubernetes defaults 0, 3 and 10 for fields not written — is under \`minStartupSeconds\` (default 30 s: stricter than the Kubernetes defaults, which give exactly 30 s), or under \`slowStartSeconds\` (default 120 s) when the start is known to be slow: the container's start command (or a script it runs) applies migrations (\`alembic upgrade\`, \`manage.py migrate\`, \`prisma migrate deploy\`…), installs packages (\`pip install\`, \`npm ci\`), waits for other services (\`wait-for-it\`, \`dockerize -wait\`), or runs a Python entry module (\`python -m bot.main\`, \`python app.py\`, found in the project) that takes a blocking \`pg_advisory_lock\`. Anchored on \`livenessProbe\`. Not reported: containers with any \`startupProbe\` (it holds liveness off until the app is up), probes whose timings are templated (Helm) or not numbers, init containers, and, in Helm templates, containers holding an action that emits whole lines (it may add a \`startupProbe\`).

**Railway**: a \`healthcheckTimeout\` written in \`railway.toml\`/\`railway.json\` under \`slowStartSeconds\` on a service whose start is known to be slow (as above): its \`startCommand\` or, without one, the \`CMD\`/\`ENTRYPOINT\` of the Dockerfile Railway builds, and the scripts they run. Railway waits \`healthcheckTimeout\` seconds (default 300) for \`healthcheckPath\` to answer 200, then marks the deploy failed. Anchored on the timeout. Not reported: no timeout written (the 300 s default), no known slow start, migrations in \`preDeployCommand\` (run before the window opens). Fly.io checks never restart a Machine and \`fly deploy\` waits up to its own wait timeout, and a Render Blueprint has no health-check timeout, so neither is judged.

**Datastores and fast-boot images** (Kubernetes): a container whose image is a datastore or a small proxy known to start in seconds (the datastores the compose rules know — \`redis\`, \`postgres\`, \`mysql\`… — and \`memcached\`, \`envoy\`, \`nginx\`, \`haproxy\`, \`traefik\`, \`pgbouncer\`) is not held to \`minStartupSeconds\` when its window is at least 10 s: they have no application boot to wait for, and a 15 s window is the vendor default in many charts. A slow-start reason still applies to them.

The thresholds are heuristics, not measurements: 30 s is the Kubernetes default window, which a boot that connects to a database or warms a cache on a cold node can already exceed; 120 s is a migration or a lock wait on a bad day. Raise them for slow apps (\`rules: {PF001: {options: {minStartupSeconds: 60}}}\`).`,
    why: `In one incident a Telegram bot on Railway was restarted every ~3 minutes: a watchdog killed the process whenever it had not seen activity for a while, including during a slow boot, and the platform's restart policy brought it straight back into the same condition — a crash loop nobody had written on purpose (seed 001; the fix was a 60 s startup grace before the first check, seed 002). A liveness probe without a startup grace is the same watchdog moved into the orchestrator: when a deploy lands on a cold node, the database is slow or migrations take a minute, the kubelet kills the container before it ever answered, restarts it, kills it again, and the Deployment sits in CrashLoopBackOff with every replica down. A \`startupProbe\` (or a large enough \`initialDelaySeconds\`) lets the boot finish before liveness starts counting.`,
    example: {
      kind: 'kubernetes',
      path: 'deploy/bot.yaml',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bot\nspec:\n  template:\n    spec:\n      containers:\n        - name: bot\n          image: example/bot:2.3\n          command: ["sh", "-c", "alembic upgrade head && exec python -m bot"]\n          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n            initialDelaySeconds: 30\n            periodSeconds: 10\n',
    },
    fix: {
      kind: 'kubernetes',
      path: 'deploy/bot.yaml',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bot\nspec:\n  template:\n    spec:\n      containers:\n        - name: bot\n          image: example/bot:2.3\n          command: ["sh", "-c", "alembic upgrade head && exec python -m bot"]\n          startupProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n            periodSeconds: 5\n            failureThreshold: 36\n          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n            periodSeconds: 10\n',
    },
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-startup-probes',
      'https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/',
      'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#lifecycle-1',
    ],
  },
  document(doc, ctx) {
    if (doc.kind === 'kubernetes') {
      const tree = (doc as KubernetesDocument).tree;
      for (const w of tree.workloads) for (const c of w.containers) if (!c.init) checkContainer(doc as KubernetesDocument, w, c, ctx);
      return;
    }
    const seen = new Set<number>();
    for (const service of deployServices(doc)) checkPlatform(doc, service, ctx, seen);
  },
});

function slowStart(ctx: RuleContext<Messages, Options>, doc: Document, service: string): string | undefined {
  return slowStartReason(ctx.project, serviceStartCommands(ctx.project, doc, service));
}

function checkContainer(doc: KubernetesDocument, w: K8sWorkload, c: K8sContainer, ctx: RuleContext<Messages, Options>): void {
  const { yaml } = w;
  const probe = resolve(yaml, getPath(yaml, c.node, 'livenessProbe'));
  if (!isMap(probe) || getPath(yaml, c.node, 'startupProbe') !== undefined || mayHoldTemplatedKeys(doc.tree, c.span)) return;
  const value = (key: keyof typeof PROBE_DEFAULTS): number | undefined => {
    if (getPath(yaml, probe, key) === undefined) return PROBE_DEFAULTS[key];
    return numberAt(yaml, probe, key)?.value;
  };
  const delay = value('initialDelaySeconds');
  const period = value('periodSeconds');
  const threshold = value('failureThreshold');
  if (delay === undefined || period === undefined || threshold === undefined) return;
  const window = delay + threshold * period;
  if (window >= Math.max(ctx.options.minStartupSeconds, ctx.options.slowStartSeconds)) return;
  const span = probeKeySpan(yaml, c.node, 'livenessProbe');
  if (!span) return;
  const service = serviceName(w, c);
  const formula = `initialDelaySeconds ${delay} + failureThreshold ${threshold} × periodSeconds ${period}`;
  const reason = window < ctx.options.slowStartSeconds ? slowStart(ctx, doc, service) : undefined;
  if (reason) ctx.report({ messageId: 'slowStart', data: { service, window, formula, reason }, span });
  else if (window < ctx.options.minStartupSeconds && !(window >= FAST_BOOT_MIN_WINDOW && fastBootImage(scalarString(getPath(yaml, c.node, 'image'))))) {
    ctx.report({ messageId: 'short', data: { service, window, formula }, span });
  }
}

/** A datastore or proxy image with no application boot to wait for is given this much window. */
const FAST_BOOT_MIN_WINDOW = 10;
const FAST_BOOT_NAMES = new Set(['memcached', 'envoy', 'nginx', 'haproxy', 'traefik', 'pgbouncer', 'busybox', 'pause']);

/** Datastores (redis, postgres… as compose rules know them) and small proxies that start in seconds. */
function fastBootImage(image: string | undefined): boolean {
  if (!image) return false;
  const ref = parseImageRef(image.trim());
  if (!ref) return false;
  if (isDatastoreImage(ref)) return true;
  return FAST_BOOT_NAMES.has(imageBaseName(image.trim()).replace(/-alpine$/, ''));
}

/**
 * Railway: `healthcheckTimeout` is the whole window a new deployment has to answer its
 * `healthcheckPath` with a 200 before the deploy is marked failed (default 300 s,
 * https://docs.railway.com/reference/healthchecks). Only a timeout written in the file and under
 * `slowStartSeconds` is judged, on a service whose start is known to be slow: its start command,
 * or — without one — the CMD/ENTRYPOINT of the Dockerfile Railway builds (and the scripts either
 * runs). A `preDeployCommand` runs before the window opens, so migrations there are not counted.
 *
 * Not judged: Fly.io checks never restart or stop a Machine ("your Machines won't automatically
 * restart or stop due to failing their health checks", https://fly.io/docs/reference/health-checks)
 * and `fly deploy` waits for them up to its own wait timeout (5 minutes by default), so a short
 * `grace_period` or check `timeout` is not a window a slow start overruns; a Render Blueprint has no
 * health-check timeout to read.
 */
function checkPlatform(doc: Document, service: DeployService, ctx: RuleContext<Messages, Options>, seen: Set<number>): void {
  if (service.kind !== 'railway') return;
  for (const check of service.healthChecks) {
    if (check.purpose !== 'deploy') continue;
    const limit = check.timeoutSeconds;
    if (!limit || limit.value >= ctx.options.slowStartSeconds || seen.has(limit.span.start)) continue;
    const reason = slowStartReason(ctx.project, railwayStartCommands(ctx, doc, service));
    if (!reason) continue;
    seen.add(limit.span.start);
    ctx.report({ messageId: 'platformSlowStart', data: { service: service.name, path: check.path?.value ?? 'the health check path', window: limit.value, reason }, span: limit.span });
  }
}

/** What a Railway service runs at start: its own start command (an environment inherits the file's), else its Dockerfile's. */
function railwayStartCommands(ctx: RuleContext<Messages, Options>, doc: Document, service: DeployService): Command[] {
  const at = service.name.lastIndexOf('@');
  const own = serviceStartCommands(ctx.project, doc, service.name);
  const inherited = own.length || at <= 0 ? own : serviceStartCommands(ctx.project, doc, service.name.slice(0, at));
  if (inherited.length) return inherited;
  const run = platformImageRuns(ctx.project).find((r) => r.file.rel === doc.source.path && r.service === service);
  if (!run || run.overrides.length) return [];
  return dockerfileStartCommands(ctx.project, run.dockerfile.rel);
}

/** A Dockerfile's start commands and those of the project scripts they run. */
function dockerfileStartCommands(model: ProjectModel, rel: string): Command[] {
  const file = model.byPath.get(rel);
  const out = (file?.facts?.commands ?? []).filter((c) => c.role === 'start');
  for (const [script, vias] of model.startedBy) {
    if (!vias.some((v) => v.path === rel)) continue;
    const f = model.byPath.get(script);
    if (f) out.push(...commandsOf(model, f).filter((c) => c.role === 'start'));
  }
  return out;
}
