import { defineRule } from '../src/rule.js';
import { timespanToMs } from '../src/systemd/values.js';
import { isOsPlumbing, serviceKind } from '../src/systemd/service-program.js';
import { assignments, effective, unitView, type Setting } from '../src/systemd/units.js';

/** systemd's defaults (system.conf DefaultStartLimitIntervalSec=10s, DefaultStartLimitBurst=5, RestartSec=100ms). */
const DEFAULT_BURST = 5;
const DEFAULT_RESTART_MS = 100;

function last(settings: Setting[]): Setting | undefined {
  return settings[settings.length - 1];
}

export default defineRule({
  id: 'SD002',
  name: 'restart-storm',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['systemd'],
  triggers: ['Restart', 'StartLimit'],
  precision: 'high',
  messages: {
    givesUp: 'restarted after {{delay}} with the default start limit (5 starts in 10 s): five quick crashes leave the service failed for good ("start request repeated too quickly")',
    unlimited: 'no start limit and a restart delay of {{delay}}: a crashing service restarts in a tight loop forever, burning CPU and flooding the journal',
    raised: 'StartLimitBurst={{burst}} with a restart delay of {{delay}}: a crashing service restarts in a tight loop, burning CPU and flooding the journal',
  },
  docs: {
    summary: 'A systemd service restarts too fast: it gives up after a few crashes, or loops forever',
    what: `Looks at services with a \`Restart=\` other than \`no\` whose restart delay (\`RestartSec=\`, default 100 ms) is under one second:
- with the default start limits (no \`StartLimitIntervalSec=\`/\`StartLimitBurst=\` in \`[Unit]\`, nor their old forms in \`[Service]\`), it reports the \`RestartSec=\` value, or \`Restart=\` when \`RestartSec=\` is missing: five crashes within ten seconds exhaust the limit;
- with \`StartLimitIntervalSec=0\` (no limit) or \`StartLimitBurst=\` above the default 5, it reports that setting: nothing stops a tight crash loop.
Start limits set explicitly otherwise are taken as a decision. The first case skips system daemons (\`ExecStart=\` in \`/usr/bin\`, \`/sbin\`, \`/lib/systemd\`..., the test of SD004) and units with \`DefaultDependencies=no\`: distributions restart \`getty\` and \`journald\` at once on purpose and rely on the limit. Exponential back-off (\`RestartSteps=\` with \`RestartMaxDelaySec=\` of a second or more, systemd 254+) counts as a slow enough delay. Drop-ins of the unit in the project are merged as systemd would; a drop-in alone is not judged. The defaults assumed are systemd's built-in ones (\`DefaultStartLimitIntervalSec=10s\`, \`DefaultStartLimitBurst=5\`); a host that changes them in \`system.conf\` is not known.`,
    why: `A service that crashes at start (a missing environment variable, a database that is not up yet) is restarted every 100 ms by default. After five attempts in ten seconds systemd stops trying — "start request repeated too quickly" — and the service stays failed even once the database is up. The usual reaction is \`StartLimitIntervalSec=0\` (one VPS incident's bot unit had it, safely paired with \`RestartSec=10\`); with a short delay it turns the same crash into an endless loop that burns CPU and floods the journal until someone reads the logs — a Telegram bot in another incident crash-looped every three minutes before anyone traced it. A delay of several seconds (\`RestartSec=5\`) lets dependencies come up and keeps a loop cheap.`,
    example: {
      kind: 'systemd',
      path: 'worker.service',
      code: '[Unit]\nDescription=Queue worker\n\n[Service]\nUser=worker\nExecStart=/opt/worker/.venv/bin/celery -A tasks worker\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'worker.service',
      code: '[Unit]\nDescription=Queue worker\n\n[Service]\nUser=worker\nExecStart=/opt/worker/.venv/bin/celery -A tasks worker\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: [
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#RestartSec=',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#StartLimitIntervalSec=interval',
    ],
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    // Judged from every file of the unit; each finding is reported by the file that holds it.
    if (!view?.main || view.main.name.type !== 'service') return;
    const restart = effective(view, 'Service', 'Restart');
    if (!restart || restart.directive.value.text.trim() === 'no') return;

    const restartSec = effective(view, 'Service', 'RestartSec');
    const delayMs = restartSec ? timespanToMs(restartSec.directive.value.text) : DEFAULT_RESTART_MS;
    if (delayMs === undefined || delayMs >= 1000) return; // dynamic or invalid (SD009), or slow enough
    const maxDelay = effective(view, 'Service', 'RestartMaxDelaySec');
    const steps = Number(effective(view, 'Service', 'RestartSteps')?.directive.value.text.trim() ?? '0');
    if (maxDelay && steps > 0 && (timespanToMs(maxDelay.directive.value.text) ?? 0) >= 1000) return;
    const delay = delayMs === 0 ? 'no delay' : `${delayMs} ms`;

    const interval = last(assignments(view, ['Unit', 'Service'], ['StartLimitIntervalSec', 'StartLimitInterval']));
    const burst = last(assignments(view, ['Unit', 'Service'], ['StartLimitBurst']));
    if (interval && timespanToMs(interval.directive.value.text) === 0) {
      if (interval.part.doc === doc) ctx.report({ messageId: 'unlimited', data: { delay }, span: interval.directive.valueSpan });
      return;
    }
    const burstValue = burst ? Number(burst.directive.value.text.trim()) : DEFAULT_BURST;
    if (burst && Number.isInteger(burstValue) && burstValue > DEFAULT_BURST) {
      if (burst.part.doc === doc) ctx.report({ messageId: 'raised', data: { delay, burst: burstValue }, span: burst.directive.valueSpan });
      return;
    }
    if (interval || burst) return; // explicit limits: a decision
    // The distribution's daemons (getty, journald) restart at once by design and rely on the limit.
    if (serviceKind(view, ctx.project) === 'system' || isOsPlumbing(view, ctx.project)) return;
    const anchor = restartSec ?? restart;
    if (anchor.part.doc === doc) ctx.report({ messageId: 'givesUp', data: { delay }, span: anchor.directive.valueSpan });
  },
});
