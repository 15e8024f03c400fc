import { defineRule } from '../src/rule.js';
import { isOsPlumbing, serviceKind } from '../src/systemd/service-program.js';
import { activationsOf, assignments, declaresOwnSocket, effective, firstHeader, maybePulledByTemplate, serviceType, unitView } from '../src/systemd/units.js';

export default defineRule({
  id: 'SD007',
  name: 'missing-install-section',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['systemd'],
  triggers: ['[Service]', '[Install]'],
  precision: 'high',
  messages: {
    noInstall: '{{unit}} has no [Install] section: `systemctl enable` has nothing to enable, so the service does not start again after a reboot',
    noTarget: '{{unit}} has an [Install] section without WantedBy= or RequiredBy=: `systemctl enable` links it nowhere, so the service does not start again after a reboot',
  },
  docs: {
    summary: 'A systemd service cannot be enabled, so it does not come back after a reboot',
    what: `Reports a \`.service\` unit file (not a drop-in, not an instance file) with no \`WantedBy=\`, \`RequiredBy=\` or \`UpheldBy=\` in \`[Install]\` — on the \`[Install]\` header when the section exists, else on the file's first section header. Drop-ins of the unit in the project are merged.

Not reported when something else in the project starts the unit: a \`.timer\`, \`.socket\` or \`.path\` unit of the same name (\`app.timer\` for \`app.service\`, \`app.socket\` for \`app@.service\`) or one whose \`Unit=\`/\`Service=\` names it, another unit or \`.target\` file that pulls it in (\`Wants=\`, \`Requires=\`, \`Requisite=\`, \`BindsTo=\`, \`Upholds=\`, \`OnFailure=\`, \`OnSuccess=\`) or lists it in \`Also=\` (when such a dependency in the same directory is filled in by a template engine, \`Wants={{ worker_units }}\`, the unit is assumed to be among them); a link to it in a \`*.wants/\` or \`*.requires/\` directory; nor for D-Bus services (\`Type=dbus\` or \`BusName=\`), which the bus activates; \`Type=oneshot\` jobs, which are run by hand or by something else; services that declare their own socket (\`Sockets=\`, \`Requires=app.socket\`), enabled through it; operating-system plumbing (\`DefaultDependencies=no\`, systemd's own \`systemd-*\` programs); and system daemons (\`ExecStart=\` in \`/usr/bin\`, \`/usr/sbin\`, \`/lib/systemd\`..., the test of SD004), which a distribution ships as static units pulled in by targets, udev rules or generators. Units started by something outside the repository (a unit shipped elsewhere, a udev rule) are reported: add \`# prodlint-disable-next-line SD007 -- started by ...\`.`,
    why: `\`systemctl enable app\` reads \`[Install]\` to know which target should pull the service in at boot. Without it, enable prints "The unit files have no installation config" and does nothing; the service runs today because someone typed \`systemctl start\`, and after the next kernel update or host reboot it silently stays down — for a bot, until users complain.`,
    example: {
      kind: 'systemd',
      path: 'bot.service',
      code: '[Unit]\nDescription=Telegram bot\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n',
    },
    fix: {
      kind: 'systemd',
      path: 'bot.service',
      code: '[Unit]\nDescription=Telegram bot\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#%5BInstall%5D%20Section%20Options', 'https://www.freedesktop.org/software/systemd/man/latest/systemctl.html#enable%20UNIT%E2%80%A6'],
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    // Judged from every file of the unit; each finding is reported by the file that holds it.
    if (!view?.main || view.main.name.type !== 'service' || view.main.name.instance) return;
    const tree = view.main.doc.tree;
    if (!tree.sections.some((s) => s.name === 'Service')) return;
    if (assignments(view, ['Install'], ['WantedBy', 'RequiredBy', 'UpheldBy']).length > 0) return;
    if (effective(view, 'Service', 'BusName') || effective(view, 'Service', 'Type')?.directive.value.text.trim() === 'dbus') return;
    if (activationsOf(view, ctx.project).length > 0 || maybePulledByTemplate(view, ctx.project)) return;
    if (serviceType(view) === 'oneshot') return; // jobs run by hand or by something else
    const unit = view.main.name.unit;
    // Enabled by a link in a `.wants`/`.requires` directory shipped with it.
    if (ctx.project.files.some((f) => f.rel.endsWith(`.wants/${unit}`) || f.rel.endsWith(`.requires/${unit}`))) return;
    // Static units of the operating system are pulled in by targets, udev rules and generators.
    if (serviceKind(view, ctx.project) === 'system' || isOsPlumbing(view, ctx.project)) return;
    if (declaresOwnSocket(view)) return; // enabled through its socket
    const install = view.parts.flatMap((p) => p.doc.tree.sections.filter((s) => s.name === 'Install').map((s) => ({ s, p })))[0];
    if (install) {
      if (install.p.doc === doc) ctx.report({ messageId: 'noTarget', data: { unit: view.main.name.unit }, span: install.s.headerSpan });
      return;
    }
    const header = firstHeader(view.main.doc);
    if (header && view.main.doc === doc) ctx.report({ messageId: 'noInstall', data: { unit: view.main.name.unit }, span: header });
  },
});
