import { inDevProfile } from '../src/compose/services.js';
import type { ComposeDocument } from '../src/parse/compose.js';
import { getPair, nodeSpan, resolve, scalarString } from '../src/parse/yaml-nodes.js';
import { defineRule } from '../src/rule.js';
import { documentCommands } from '../src/shell/script-context.js';
import { goDurationSeconds } from '../src/duration.js';
import { formatSeconds, stopNeed } from '../src/stop-grace.js';

/** Docker's stop timeout when `stop_grace_period` is not set (compose-spec services.stop_grace_period). */
const COMPOSE_DEFAULT_GRACE = 10;

export default defineRule({
  id: 'DC011',
  name: 'short-stop-grace',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['time-limit', 'graceful', 'timeout', 'TIMEOUT', 'TIME_LIMIT', 'sidekiq', 'CELERYD_OPTS'],
  precision: 'high',
  messages: {
    short: 'stop_grace_period {{grace}} is shorter than the {{need}} that {{what}} allows the service to finish its work in: Docker kills it mid-task on every stop and deploy',
    default: 'service "{{service}}" allows {{need}} to finish its work ({{what}}) but sets no stop_grace_period: Docker kills it after the default 10 s on every stop and deploy',
  },
  docs: {
    summary: 'A compose service is killed before the shutdown time its own command asks for',
    what: `Compares a service's \`stop_grace_period\` (compose durations: \`90s\`, \`1m30s\`, \`500ms\`; Docker's default is 10 s) with the longest time the service itself declares it may need to stop, where both are visible in the compose file: a task time limit or graceful-shutdown timeout on its \`command\`/\`entrypoint\` (also inside \`sh -c '…'\`) — Celery \`worker --time-limit\`/\`--soft-time-limit\`, Gunicorn \`--graceful-timeout\`, Uvicorn \`--timeout-graceful-shutdown\`, Hypercorn \`--graceful-timeout\`, Sidekiq \`-t\`, Dramatiq \`--worker-shutdown-timeout\` (milliseconds) — or in its \`environment:\` (\`GUNICORN_CMD_ARGS\`, \`CELERYD_OPTS\`, \`UVICORN_TIMEOUT_GRACEFUL_SHUTDOWN\`, \`GRACEFUL_TIMEOUT\`, \`WORKER_TIMEOUT\`, \`TASK_TIMEOUT\`, \`JOB_TIMEOUT\`, \`SHUTDOWN_TIMEOUT\`, in seconds). Reports a \`stop_grace_period\` shorter than that need, anchored on its value; and, when no \`stop_grace_period\` is written and the need is over 10 s, the service key.

Only values written explicitly count: a tool's default (Gunicorn waits 30 s) and settings in configuration files (\`gunicorn.conf.py\`, \`celeryconfig.py\`, \`sidekiq.yml\`) or in the image's Dockerfile are not read. Values with interpolation (\`\${TIMEOUT}\`) are not judged. Services under development profiles are skipped.`,
    why: `On \`docker compose down\`, a redeploy or a host shutdown Docker sends SIGTERM and, after \`stop_grace_period\`, SIGKILL. A Celery worker stopped with SIGTERM finishes the tasks it is running (warm shutdown), and a task may run up to its \`--time-limit\`; Gunicorn and Uvicorn finish in-flight requests for their graceful timeout. When the grace period is shorter, every deploy SIGKILLs work half done: a payment captured but not recorded, a file half written, a message acknowledged and lost — and the next worker redoes or skips it. The incident reports describe exactly this shutdown ("Shutdown ไม่ graceful ทิ้ง connections": shutdown was not graceful and dropped connections, seed 004), and their systemd units set \`TimeoutStopSec=30\` without comparing it with what the service needs (seeds 000, 003). Give the container at least as long as the service asks for.`,
    example: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  worker:\n    image: example/app:1.4\n    command: ["celery", "-A", "tasks", "worker", "--time-limit=300"]\n    restart: unless-stopped\n    stop_grace_period: 30s\n',
    },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  worker:\n    image: example/app:1.4\n    command: ["celery", "-A", "tasks", "worker", "--time-limit=300"]\n    restart: unless-stopped\n    stop_grace_period: 5m30s\n',
    },
    references: [
      'https://docs.docker.com/reference/compose-file/services/#stop_grace_period',
      'https://docs.celeryq.dev/en/stable/userguide/workers.html#stopping-the-worker',
      'https://docs.gunicorn.org/en/stable/settings.html#graceful-timeout',
      'https://www.uvicorn.org/settings/#timeouts',
    ],
  },
  document(doc, ctx) {
    const { yaml, services } = (doc as ComposeDocument).tree;
    const commands = documentCommands(doc, ctx.project).filter((c) => c.role === 'start');
    const env = ctx.project.byPath.get(doc.source.path)?.facts?.env ?? [];
    for (const service of services) {
      if (inDevProfile(yaml, service)) continue;
      const own = commands.filter((c) => c.carrier.owner === service.name);
      const need = stopNeed(own, env.filter((a) => a.carrier.kind === 'compose' && a.carrier.owner === service.name && a.carrier.label === 'environment'));
      if (!need) continue;
      const pair = getPair(yaml, service.node, 'stop_grace_period');
      if (!pair) {
        if (need.seconds > COMPOSE_DEFAULT_GRACE) ctx.report({ messageId: 'default', data: { service: service.name, need: formatSeconds(need.seconds), what: need.what }, span: service.keySpan });
        continue;
      }
      const node = resolve(yaml, pair.value);
      const text = scalarString(node);
      const grace = text === undefined ? undefined : goDurationSeconds(text);
      if (grace === undefined || grace >= need.seconds) continue;
      ctx.report({ messageId: 'short', data: { grace: text!, need: formatSeconds(need.seconds), what: need.what }, span: nodeSpan(node as never) ?? service.keySpan });
    }
  },
});
