import { deployServices, serviceForCommand, type DeployService } from '../src/deploy/index.js';
import { defineRule } from '../src/rule.js';
import { workloadKindOf } from '../src/k8s/workload-of.js';
import { serviceOf } from '../src/shell/programs.js';
import type { Command, Document, Kind } from '../src/types.js';

export default defineRule({
  id: 'PF003',
  name: 'restart-policy-gives-up',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['railway', 'fly', 'kubernetes'],
  triggers: [],
  anchor: 'construct',
  precision: 'high',
  messages: {
    never: '"{{service}}" is never restarted: the first crash (an unhandled exception, an out-of-memory kill) leaves this long-running service down until someone redeploys it',
    rejected: '"{{service}}" is a {{workload}}, which accepts only restartPolicy Always: the API server rejects this manifest (Unsupported value "{{policy}}"), so the rollout never happens',
    fewRetries: '"{{service}}" is restarted at most {{retries}} times: a few quick crashes at start (a database not up yet, a watchdog firing during a slow boot) leave it down for good',
  },
  options: { minRetries: 5 },
  docs: {
    summary: 'A long-running platform service is never restarted, or only a few times',
    what: `Reads the deployment model of platform files (\`deployServices\`) and reports, on the value as written:
- a restart policy of **never** — Railway \`restartPolicyType = "NEVER"\`, Fly.io \`[[restart]] policy = "never"\` and Kubernetes \`restartPolicy: Never\` on a bare \`Pod\` running a service (\`OnFailure\` restarts a crashed container with back-off for ever, so it is not reported on a Pod);
- Kubernetes \`restartPolicy: Never\` or \`OnFailure\` in the pod template of a **Deployment, StatefulSet, DaemonSet or ReplicaSet**: these accept only \`Always\` and the API server rejects the manifest (\`Unsupported value: "Never": supported values: "Always"\`), so nothing rolls out — Helm renders such a chart without complaint and the failure shows only at \`kubectl apply\`/\`helm install\`. Reported whatever the container runs;
- an **on-failure** policy whose retry limit is below \`minRetries\` (default 5) — Railway \`restartPolicyMaxRetries\`, Fly.io \`[[restart]] retries\`.

Only services that are evidently long-running are judged: a health check, more than one replica, a routed port, a Fly.io process group, or a start command that is a server (uvicorn, gunicorn, a celery worker, \`npm start\`…). A Railway service whose start command is a plain \`python main.py\` and nothing else may be a cron job scheduled in the dashboard and is left alone, as are one-shot services: a Railway service with a \`cronSchedule\`, a Kubernetes Job or CronJob. \`ALWAYS\` and \`ON_FAILURE\` with Railway's default of 10 retries are not reported. Render and Heroku always restart a crashed instance, so they have no policy to check.`,
    why: `The restart policy is the last line of defence when the process dies. One team's Telegram bot on Railway crash-looped every three minutes: a watchdog inside the bot called \`os._exit(1)\` whenever no update arrived within 180 seconds, including during a slow start, and Railway restarted it each time. With the platform's restarts the bot stayed mostly up while the team found the watchdog; with a policy of \`NEVER\`, or a handful of retries, the first few false alarms would have left it dead with no one paged — a crash during a database blip at 3 a.m. is exactly when nobody redeploys by hand. A restart policy that gives up turns every transient failure into an outage that lasts until a human notices.`,
    example: { kind: 'railway', path: 'railway.toml', code: '[build]\nbuilder = "DOCKERFILE"\n\n[deploy]\nstartCommand = "python -m bot"\nhealthcheckPath = "/health"\nrestartPolicyType = "NEVER"\n' },
    fix: { kind: 'railway', path: 'railway.toml', code: '[build]\nbuilder = "DOCKERFILE"\n\n[deploy]\nstartCommand = "python -m bot"\nhealthcheckPath = "/health"\nrestartPolicyType = "ALWAYS"\n' },
    references: ['https://docs.railway.com/reference/config-as-code', 'https://docs.railway.com/guides/restart-policy', 'https://fly.io/docs/reference/configuration/#the-restart-section', 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy', 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#pod-template'],
  },
  project(model, ctx) {
    for (const file of model.files) {
      if (!file.doc || !file.source || !file.kind || !KINDS.has(file.kind)) continue;
      // Services that inherit one setting (Railway environments) are reported once, on the setting.
      const seen = new Set<number>();
      for (const service of deployServices(file.doc)) {
        if (service.oneShot || !service.restart) continue;
        const { policy, maxRetries } = service.restart;
        const at = (maxRetries ?? policy).span.start;
        // Kubernetes: only a bare Pod can say Never; the controllers of long-running pods accept
        // nothing but Always, and the API server rejects the manifest otherwise.
        if (service.kind === 'kubernetes') {
          const workload = workloadKindOf(file.doc, service.name);
          if (workload && CONTROLLERS.has(workload) && policy.value !== 'always' && !seen.has(at)) {
            seen.add(at);
            ctx.report({ messageId: 'rejected', data: { service: service.name, workload, policy: policy.value === 'never' ? 'Never' : 'OnFailure' }, span: policy.span, source: file.source });
          }
          if (workload !== 'Pod') continue;
        }
        if (seen.has(at) || !longRunning(service, file.facts?.commands ?? [], file.doc)) continue;
        seen.add(at);
        if (policy.value === 'never') {
          ctx.report({ messageId: 'never', data: { service: service.name }, span: policy.span, source: file.source });
        } else if (policy.value === 'on-failure' && maxRetries && maxRetries.value < ctx.options.minRetries) {
          ctx.report({ messageId: 'fewRetries', data: { service: service.name, retries: maxRetries.value }, span: maxRetries.span, source: file.source });
        }
      }
    }
  },
});

const KINDS = new Set<Kind>(['railway', 'fly', 'kubernetes']);
/**
 * Workloads whose pod template must say `restartPolicy: Always` ("Only a
 * .spec.template.spec.restartPolicy equal to Always is allowed", Kubernetes Deployment docs; the
 * same validation applies to StatefulSet, DaemonSet and ReplicaSet templates).
 */
const CONTROLLERS: ReadonlySet<string> = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

/**
 * Evidence that the service is meant to keep running: a health check, several replicas, a port
 * the platform routes to, a Fly.io process group (Machines there run until stopped), or a start
 * command that is a server (uvicorn, gunicorn, a celery worker, `npm start`). A `python main.py`
 * with nothing else may be a job whose schedule is set in the dashboard, so it is not judged.
 */
function longRunning(service: DeployService, commands: readonly Command[], doc: Document): boolean {
  if (service.kind === 'fly' || service.healthChecks.length > 0 || service.port || (service.replicas && service.replicas.value > 1)) return true;
  return commands.some((c) => c.role === 'start' && serviceForCommand(doc, c.carrier.owner) === service && serviceOf(c)?.strength === 'server');
}
