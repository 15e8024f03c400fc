import { oneShotJob } from '../src/one-shot.js';
import { defineRule } from '../src/rule.js';
import { startCommands } from '../src/systemd/service-program.js';
import { effective, effectiveValue, unitView } from '../src/systemd/units.js';

/** `Restart=` values that restart a service after it exits cleanly (systemd.service(5)). */
const RESTARTS_ON_SUCCESS = new Set(['always', 'on-success']);

export default defineRule({
  id: 'SD012',
  name: 'restart-always-on-one-shot',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['systemd'],
  triggers: ['Restart'],
  precision: 'high',
  messages: {
    job: 'ExecStart= runs {{job}}, which finishes and exits, but Restart={{policy}} starts it again after every run: the job reruns until the start limit fails the unit, or forever with a RestartSec=',
  },
  docs: {
    summary: 'A one-shot systemd job (a migration, a seed) has Restart=always',
    what: `Reports \`Restart=always\` and \`Restart=on-success\` (the values that restart a service after a clean exit) on a service whose \`ExecStart=\` is a one-shot job, by the same test as DC010: it applies migrations (the commands DF001 knows), seeds or initialises data (\`manage.py loaddata\`, \`rails db:seed\`, \`prisma db push\`, \`npm run migrate\`, a \`migrate.sh\`…), also inside \`sh -c '…'\`, and nothing long-running follows it. On \`Type=oneshot\` systemd refuses the combination and does not load the unit at all: SD009 reports that.

Drop-ins in the project are merged as systemd would; the finding is reported in the file that sets \`Restart=\`. Not reported: \`Restart=on-failure\`/\`on-abnormal\`/\`on-abort\`/\`on-watchdog\` (a job is retried only until it succeeds), and \`ExecStartPre=\` migrations before a long-running \`ExecStart=\` (that is where they belong).`,
    why: `A migration or seed unit is a job: it runs, exits 0, and is done. \`Restart=always\` makes systemd start it again after every successful run. With the default restart delay the job reruns five times in a few seconds and the unit ends up *failed* ("start request repeated too quickly"), so whatever is ordered after it sees a failure; with a \`RestartSec=\` the job reruns forever, reapplying the migration and reseeding data every few seconds. On \`Type=oneshot\` systemd rejects the combination outright and the unit does not load at all. The incident reports' systemd units used \`Restart=always\` as the fix for services that stayed down (seeds 000 and 003) — copied onto a job it does this. For jobs use \`Type=oneshot\` with \`Restart=on-failure\` (or none), \`RemainAfterExit=yes\` when other units depend on it, or move the migration to \`ExecStartPre=\` of the service that needs it.`,
    example: {
      kind: 'systemd',
      path: 'app-migrate.service',
      code: '[Unit]\nDescription=Apply database migrations\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nUser=app\nWorkingDirectory=/srv/app\nExecStart=/srv/app/.venv/bin/alembic upgrade head\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'app-migrate.service',
      code: '[Unit]\nDescription=Apply database migrations\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nUser=app\nWorkingDirectory=/srv/app\nExecStart=/srv/app/.venv/bin/alembic upgrade head\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: [
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Restart=',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Type=',
    ],
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.name.type !== 'service') return;
    const restart = effective(view, 'Service', 'Restart');
    const policy = restart?.directive.value.text.trim();
    if (!restart || !policy || !RESTARTS_ON_SUCCESS.has(policy) || restart.part.doc !== doc) return;
    // systemd refuses the unit outright there, which is SD009's finding.
    if (effectiveValue(view, 'Service', 'Type') === 'oneshot') return;
    const job = oneShotJob(startCommands(view, ctx.project));
    if (job) ctx.report({ messageId: 'job', data: { policy, job: job.what }, span: restart.directive.valueSpan });
  },
});
