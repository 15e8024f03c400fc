import { defineRule } from '../src/rule.js';
import { effective, unitView } from '../src/systemd/units.js';

export default defineRule({
  id: 'SD005',
  name: 'forking-without-pidfile',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['systemd'],
  triggers: ['forking'],
  precision: 'very-high',
  messages: {
    noPidFile: 'Type=forking without PIDFile=: systemd has to guess the main process, and with a script that backgrounds several programs it tracks the wrong one, so stop, restart and failure detection misfire',
  },
  docs: {
    summary: 'A Type=forking service does not tell systemd which process is the main one',
    what: `Reports \`Type=forking\` (on the value) when the unit sets no \`PIDFile=\`. Drop-ins of the unit in the project are merged, so a \`PIDFile=\` in \`app.service.d/*.conf\` counts; a drop-in alone is not judged.`,
    why: `With \`Type=forking\`, systemd waits for the start command to exit and then has to work out which of the processes it left behind is the service. Without \`PIDFile=\` it guesses; a start script that backgrounds MongoDB, an API and a bot (as in one VPS incident, whose unit was \`Type=forking\` running \`start_all_services.sh\`) leaves several candidates. systemd may pick the wrong one or none: the unit shows "active" while the bot is dead, \`Restart=\` never fires for the process that matters, and \`systemctl stop\` kills everything at once. Better still than a PID file: run one program per unit in the foreground with \`Type=simple\`/\`exec\` (or \`notify\`).`,
    example: {
      kind: 'systemd',
      path: 'app.service',
      code: '[Unit]\nDescription=App\n\n[Service]\nType=forking\nUser=app\nExecStart=/opt/app/bin/appd --daemon\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'app.service',
      code: '[Unit]\nDescription=App\n\n[Service]\nType=forking\nUser=app\nPIDFile=/run/app/appd.pid\nRuntimeDirectory=app\nExecStart=/opt/app/bin/appd --daemon --pidfile /run/app/appd.pid\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Type=', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#PIDFile='],
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    // Judged from every file of the unit; the finding is reported by the file that sets Type=forking.
    if (!view?.main || view.main.name.type !== 'service') return;
    const type = effective(view, 'Service', 'Type');
    if (type?.directive.value.text.trim() !== 'forking') return;
    if (effective(view, 'Service', 'PIDFile') || type.part.doc !== doc) return;
    ctx.report({ messageId: 'noPidFile', span: type.directive.valueSpan });
  },
});
