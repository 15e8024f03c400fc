import { defineRule } from '../src/rule.js';
import { isOsPlumbing, isUserUnit } from '../src/systemd/service-program.js';
import { activationsOf, declaresOwnSocket, effective, serviceType, unitView } from '../src/systemd/units.js';

export default defineRule({
  id: 'SD001',
  name: 'no-restart',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['systemd'],
  triggers: ['[Service]'],
  precision: 'high',
  messages: {
    missing: '{{unit}} has no Restart=: when the process dies, systemd leaves the service down until someone restarts it',
    disabled: 'Restart=no: when the process dies, systemd leaves the service down until someone restarts it',
  },
  docs: {
    summary: 'A long-running systemd service is never restarted when it dies',
    what: `Reports a \`.service\` unit whose \`[Service]\` section has no \`Restart=\` (anchored on the \`[Service]\` header) or sets \`Restart=no\` (anchored on the value). A \`Restart=\` in one of the unit's drop-ins in the project (\`app.service.d/*.conf\`) counts; a drop-in alone is never reported, since the unit it extends may set it.

Skipped: \`Type=oneshot\` jobs (and services with \`RemainAfterExit=yes\`), services started by a \`.timer\`, \`.socket\` or \`.path\` unit of the same name (or one whose \`Unit=\`/\`Service=\` names it) in the project, or that declare their socket (\`Sockets=\`, or \`Requires=\`/\`Wants=\` on the \`.socket\` of their own name) — socket activation starts them again on the next connection and timers on the next tick — D-Bus services (\`Type=dbus\` or \`BusName=\`), which the bus starts again on the next call, and operating-system plumbing: systemd's own components (\`ExecStart=\` under \`/lib/systemd/\` or a bare \`systemd-*\` program) and units with \`DefaultDependencies=no\` (emergency shells, early-boot helpers); and user units (a \`user/\` directory in the path, or \`WantedBy=default.target\` only), which belong to a login session — tray icons, agents — rather than to a server.`,
    why: `systemd's default is \`Restart=no\`. The first unhandled exception, out-of-memory kill or segfault ends the service, and \`systemctl status\` shows it failed until a person notices — a health-check cron job that restarts it minutes later is a poor substitute. The Django service in one incident hung and died repeatedly until the unit got \`Restart=always\` with \`RestartSec=10\` (and start limits, so a broken release does not loop forever).`,
    example: {
      kind: 'systemd',
      path: 'deploy/bot.service',
      code: '[Unit]\nDescription=Telegram bot\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nUser=bot\nWorkingDirectory=/opt/bot\nExecStart=/opt/bot/.venv/bin/python -m bot\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'deploy/bot.service',
      code: '[Unit]\nDescription=Telegram bot\nAfter=network-online.target\nWants=network-online.target\nStartLimitIntervalSec=300\nStartLimitBurst=5\n\n[Service]\nUser=bot\nWorkingDirectory=/opt/bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: [
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Restart=',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#StartLimitIntervalSec=interval',
    ],
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    // Judged from every file of the unit; each finding is reported by the file that holds it.
    if (!view?.main || view.main.name.type !== 'service' || view.main.name.instance) return;
    const service = view.main.doc.tree.sections.find((s) => s.name === 'Service');
    if (!service) return;
    const type = serviceType(view);
    if (type === 'oneshot' || type === 'dbus') return;
    if (/^(1|yes|y|true|t|on)$/i.test(effective(view, 'Service', 'RemainAfterExit')?.directive.value.text.trim() ?? '')) return;
    if (effective(view, 'Service', 'BusName')) return;
    if (isOsPlumbing(view, ctx.project) || declaresOwnSocket(view) || isUserUnit(view)) return;
    if (activationsOf(view, ctx.project).some((a) => ['timer', 'socket', 'path'].includes(a.by.name.type ?? '') && !a.by.name.dropIn)) return;
    const restart = effective(view, 'Service', 'Restart');
    if (!restart) {
      if (view.main.doc === doc) ctx.report({ messageId: 'missing', data: { unit: view.main.name.unit }, span: service.headerSpan });
    } else if (restart.directive.value.text.trim() === 'no' && restart.part.doc === doc) {
      ctx.report({ messageId: 'disabled', span: restart.directive.valueSpan });
    }
  },
});
