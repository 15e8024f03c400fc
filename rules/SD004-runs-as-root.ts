import { defineRule } from '../src/rule.js';
import { baseName } from '../src/shell/unwrap.js';
import type { Command } from '../src/types.js';
import { isUserUnit, serviceKind, startCommands } from '../src/systemd/service-program.js';
import { activationsOf, effective, serviceType, unitView } from '../src/systemd/units.js';
import { parseBoolean } from '../src/systemd/values.js';

/** Programs that switch user before running the app (`runuser -u app -- python bot.py`). */
const SWITCHERS = new Set(['runuser', 'setpriv', 'su', 'gosu', 'su-exec', 's6-setuidgid', 'setuidgid', 'chpst']);
/** Container runtimes: who the app runs as is decided by the image (DF003), not by the unit. */
const CONTAINER_CLIENTS = new Set(['docker', 'docker-compose', 'podman', 'podman-compose', 'nerdctl', 'kubectl', 'k3s', 'runc', 'crun']);
/** Options with which servers drop privileges themselves (`gunicorn --user app`, `uwsgi --uid app`). */
const DROP_FLAG = /^--?(user|uid|setuid|runas|run-as|chuid)(=|$)/;

function dropsPrivileges(cmd: Command): boolean {
  if (cmd.wrappers.some((w) => w === 'sudo' || w === 'doas' || w === 'gosu' || w === 'su-exec' || w === 'chpst')) return true;
  const names = cmd.raw.map((w) => baseName(w.value) ?? '');
  if (names.some((n) => SWITCHERS.has(n) || CONTAINER_CLIENTS.has(n))) return true;
  return cmd.argv.some((w) => w.value !== null && DROP_FLAG.test(w.value));
}

export default defineRule({
  id: 'SD004',
  name: 'runs-as-root',
  severity: 'warning',
  category: 'security',
  securitySeverity: 5.0,
  productionOnly: true,
  kinds: ['systemd'],
  triggers: ['[Service]'],
  precision: 'high',
  messages: {
    implicit: '{{unit}} sets no User=: systemd runs the application as root, so anyone who compromises it owns the host',
    explicit: 'User={{user}}: the application runs as root, so anyone who compromises it owns the host',
  },
  docs: {
    summary: 'A systemd service runs its application as root',
    what: `Reports an application service that runs as root: \`User=root\` or \`User=0\` (on the value), or no \`User=\` and no \`DynamicUser=yes\` (on the \`[Service]\` header). Drop-ins of the unit in the project are merged; a drop-in alone is not judged.

Only *application* services are checked — system daemons (\`sshd\`, \`dockerd\`, a distribution's units) start as root by design and drop privileges themselves. A unit is an application when its \`ExecStart=\` runs an interpreter or runtime (\`python\`, \`node\`, \`java\`, \`bash script.sh\`...) or an application server (\`gunicorn\`, \`uvicorn\`, \`celery\`, \`pm2\`...) on code outside the system directories, or a program under \`/opt\`, \`/srv\`, \`/home\`, \`/root\`, \`/var/www\`, \`/usr/local\`, a relative path or a non-standard top-level directory (\`/app\`, \`/v3\`). Programs in \`/usr/bin\`, \`/usr/sbin\`, \`/bin\`, \`/sbin\`, \`/usr/lib*\`, \`/lib*\` count as the system's; bare names (\`inotifywait\`, \`systemctl\`), \`$VARIABLES\` and template placeholders (\`{install_prefix}/bin/app\`) are not judged — a watcher script that runs \`systemctl reboot\` needs root.

Also skipped: jobs — \`Type=oneshot\` services and services started by a \`.timer\` or \`.path\` unit in the project, maintenance scripts that often need root and are not reachable from outside; user units (a \`user/\` directory in the path, or \`WantedBy=default.target\` only), which run as their user; commands that switch user themselves (\`runuser\`, \`setpriv\`, \`su\`, \`sudo -u\`, \`gosu\`, \`--user\`/\`--uid\` options) or run containers (\`docker\`, \`podman\`), whose user the image decides.`,
    why: `Without \`User=\`, systemd runs the service as root. A remote-code-execution bug in the bot or API — a deserialisation flaw, a template injection, a debugger left on — then gives the attacker the whole machine: every other service's secrets, the database files, SSH keys. One VPS incident's unit ran a Telegram bot, an API and MongoDB from one script with \`User=root\`. A dedicated user (or \`DynamicUser=yes\`) confines the damage to what that user can touch.`,
    example: {
      kind: 'systemd',
      path: 'api.service',
      code: '[Unit]\nDescription=API\n\n[Service]\nWorkingDirectory=/opt/api\nExecStart=/opt/api/.venv/bin/gunicorn -w 4 -b 127.0.0.1:8000 api.wsgi\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'api.service',
      code: '[Unit]\nDescription=API\n\n[Service]\nUser=api\nGroup=api\nWorkingDirectory=/opt/api\nExecStart=/opt/api/.venv/bin/gunicorn -w 4 -b 127.0.0.1:8000 api.wsgi\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: [
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#User=',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#DynamicUser=',
    ],
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    // Judged from every file of the unit; each finding is reported by the file that holds it.
    if (!view?.main || view.main.name.type !== 'service') return;
    const service = view.main.doc.tree.sections.find((s) => s.name === 'Service');
    if (!service || isUserUnit(view)) return;
    // Jobs (one-shots, timer- and path-started runs) are maintenance scripts that often need root;
    // the hazard is a long-running, reachable application.
    if (serviceType(view) === 'oneshot') return;
    if (activationsOf(view, ctx.project).some((a) => a.by.name.type === 'timer' || a.by.name.type === 'path')) return;
    const commands = startCommands(view, ctx.project);
    if (commands.some(dropsPrivileges)) return;
    const kind = serviceKind(view, ctx.project);
    const user = effective(view, 'Service', 'User');
    if (user) {
      const name = user.directive.value.text.trim();
      if ((name === 'root' || name === '0') && kind === 'application' && user.part.doc === doc) {
        ctx.report({ messageId: 'explicit', data: { user: name }, span: user.directive.valueSpan });
      }
      return;
    }
    if (parseBoolean(effective(view, 'Service', 'DynamicUser')?.directive.value.text ?? '') === true) return;
    if (kind !== 'application' || view.main.doc !== doc) return;
    ctx.report({ messageId: 'implicit', data: { unit: view.main.name.unit }, span: service.headerSpan });
  },
});
