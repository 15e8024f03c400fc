import { defineRule } from '../src/rule.js';
import { formatSeconds, stopNeed } from '../src/stop-grace.js';
import { startCommands } from '../src/systemd/service-program.js';
import { assignments, unitView } from '../src/systemd/units.js';
import { timespanToMs } from '../src/systemd/values.js';
import type { EnvAssignment } from '../src/types.js';

/** systemd's DefaultTimeoutStopSec= (system.conf) when the unit sets no stop timeout. */
const SYSTEMD_DEFAULT_STOP = 90;

export default defineRule({
  id: 'SD013',
  name: 'short-stop-grace',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['systemd'],
  triggers: ['time-limit', 'graceful', 'timeout', 'TIMEOUT', 'TIME_LIMIT', 'sidekiq', 'Timeout', 'CELERYD_OPTS'],
  precision: 'high',
  messages: {
    short: '{{key}}={{grace}} is shorter than the {{need}} that {{what}} allows the service to finish its work in: systemd kills it mid-task on every stop and restart',
    default: 'the service allows {{need}} to finish its work ({{what}}) but sets no TimeoutStopSec=: systemd kills it after the default 90 s on every stop and restart',
  },
  docs: {
    summary: 'A systemd service is killed before the shutdown time its own command asks for',
    what: `Compares the unit's stop timeout (\`TimeoutStopSec=\`, or \`TimeoutSec=\` which sets it too; systemd time spans such as \`30\`, \`5min\`, \`1min 30s\`; the default is 90 s) with the longest time the service itself declares it may need to stop, by the same test as DC011: a task time limit or graceful-shutdown timeout on \`ExecStart=\` (also inside \`sh -c '…'\`) — Celery \`worker --time-limit\`/\`--soft-time-limit\`, Gunicorn \`--graceful-timeout\`, Uvicorn \`--timeout-graceful-shutdown\`, Hypercorn \`--graceful-timeout\`, Sidekiq \`-t\`, Dramatiq \`--worker-shutdown-timeout\` — or in \`Environment=\` (\`GUNICORN_CMD_ARGS\`, \`CELERYD_OPTS\`, \`UVICORN_TIMEOUT_GRACEFUL_SHUTDOWN\`, \`GRACEFUL_TIMEOUT\`, \`WORKER_TIMEOUT\`…, in seconds). Reports a stop timeout shorter than that need, anchored on its value, and, when none is set and the need is over 90 s, the \`[Service]\` header.

Drop-ins in the project are merged as systemd would. \`TimeoutStopSec=infinity\` and \`0\` (no timeout) are fine. Only values written explicitly count; \`EnvironmentFile=\`, configuration files and a host's \`DefaultTimeoutStopSec=\` are not read.`,
    why: `When systemd stops or restarts a service it sends SIGTERM and, after \`TimeoutStopSec=\`, SIGKILL. A Celery worker finishes its running tasks on SIGTERM and a task may run up to its \`--time-limit\`; Gunicorn and Uvicorn finish in-flight requests for their graceful timeout. A shorter stop timeout SIGKILLs that work half done on every deploy. The incident reports' units set \`TimeoutStopSec=30\` as a "safety timeout" (seeds 000 and 003) without comparing it with what the service needs — on a worker with five-minute tasks that kills every task still running at each restart.`,
    example: {
      kind: 'systemd',
      path: 'worker.service',
      code: '[Unit]\nDescription=Queue worker\n\n[Service]\nUser=worker\nExecStart=/opt/app/.venv/bin/celery -A tasks worker --time-limit=300\nRestart=on-failure\nRestartSec=5\nTimeoutStopSec=30\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'worker.service',
      code: '[Unit]\nDescription=Queue worker\n\n[Service]\nUser=worker\nExecStart=/opt/app/.venv/bin/celery -A tasks worker --time-limit=300\nRestart=on-failure\nRestartSec=5\nTimeoutStopSec=330\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: [
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#TimeoutStopSec=',
      'https://docs.celeryq.dev/en/stable/userguide/workers.html#stopping-the-worker',
      'https://docs.gunicorn.org/en/stable/settings.html#graceful-timeout',
    ],
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.name.type !== 'service') return;
    const env: EnvAssignment[] = [];
    for (const part of view.parts) {
      for (const a of ctx.project.byPath.get(part.file.rel)?.facts?.env ?? []) if (a.carrier.kind === 'systemd' && a.carrier.label === 'Environment') env.push(a);
    }
    const need = stopNeed(startCommands(view, ctx.project), env);
    if (!need) return;
    const timeouts = assignments(view, ['Service'], ['TimeoutStopSec', 'TimeoutSec']);
    const timeout = timeouts[timeouts.length - 1];
    if (!timeout) {
      const service = view.main.doc.tree.sections.find((s) => s.name === 'Service');
      if (need.seconds > SYSTEMD_DEFAULT_STOP && service && view.main.doc === doc) {
        ctx.report({ messageId: 'default', data: { need: formatSeconds(need.seconds), what: need.what }, span: service.headerSpan });
      }
      return;
    }
    if (timeout.part.doc !== doc) return;
    const ms = timespanToMs(timeout.directive.value.text);
    // Invalid (SD009), dynamic, `infinity`, or 0 (which disables the timeout).
    if (ms === undefined || ms === Infinity || ms === 0) return;
    if (ms / 1000 >= need.seconds) return;
    ctx.report({
      messageId: 'short',
      data: { key: timeout.directive.key, grace: timeout.directive.value.text.trim(), need: formatSeconds(need.seconds), what: need.what },
      span: timeout.directive.valueSpan,
    });
  },
});
