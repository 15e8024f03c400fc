import { defineRule } from '../src/rule.js';
import { serviceKind } from '../src/systemd/service-program.js';
import { assignments, effectiveValue, serviceType, unitView } from '../src/systemd/units.js';

/** Slices every service lands in by default; any other `Slice=` may carry the limit for a group. */
const DEFAULT_SLICES = new Set(['system.slice', 'user.slice', '-.slice']);

export default defineRule({
  id: 'SD010',
  name: 'no-memory-limit',
  severity: 'note',
  category: 'reliability',
  productionOnly: true,
  kinds: ['systemd'],
  triggers: ['[Service]'],
  precision: 'high',
  messages: {
    missing: '{{unit}} sets no MemoryMax= or MemoryHigh=: a memory leak grows until the kernel OOM-kills whatever it picks on the host',
  },
  docs: {
    summary: 'A systemd application service has no memory limit',
    what: `Reports, on the \`[Service]\` header, a long-running application service with no \`MemoryMax=\`, \`MemoryHigh=\` or (deprecated, see SD003) \`MemoryLimit=\`. Drop-ins of the unit in the project are merged; a drop-in alone is not judged.

Skipped: \`Type=oneshot\` jobs; services placed in a slice of their own (\`Slice=\` other than \`system.slice\`), where the limit may be set for the group; and services that are not applications — the same test as SD004: \`ExecStart=\` runs an interpreter, runtime or application server on code outside the system directories, or a program under \`/opt\`, \`/srv\`, \`/home\`, \`/root\`, \`/var/www\`, \`/usr/local\`, a relative path or a non-standard top-level directory. Distribution daemons are sized by their packagers and not reported.`,
    why: `Without a limit, a leaking worker takes memory from everything else on the host until the kernel's OOM killer steps in — and it chooses by size and score, so it may kill the database or sshd instead of the leaking service. The Django deployment in one incident report added \`MemoryHigh=400M\` (throttle and reclaim first) and \`MemoryMax=500M\` (then kill and, with \`Restart=\`, restart only this service) so that a leak could no longer take the whole server down.`,
    example: {
      kind: 'systemd',
      path: 'django.service',
      code: '[Unit]\nDescription=Django\n\n[Service]\nUser=django\nWorkingDirectory=/opt/roams\nExecStart=/opt/roams/venv/bin/gunicorn -b 127.0.0.1:8000 roams_pro.wsgi\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'django.service',
      code: '[Unit]\nDescription=Django\n\n[Service]\nUser=django\nWorkingDirectory=/opt/roams\nExecStart=/opt/roams/venv/bin/gunicorn -b 127.0.0.1:8000 roams_pro.wsgi\nRestart=always\nRestartSec=10\nMemoryHigh=400M\nMemoryMax=500M\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.resource-control.html#MemoryMax=bytes'],
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.doc !== doc || view.main.name.type !== 'service') return;
    const service = view.main.doc.tree.sections.find((s) => s.name === 'Service');
    if (!service) return;
    if (assignments(view, ['Service'], ['MemoryMax', 'MemoryHigh', 'MemoryLimit']).length > 0) return;
    if (serviceType(view) === 'oneshot') return;
    const slice = effectiveValue(view, 'Service', 'Slice');
    if (slice && !DEFAULT_SLICES.has(slice)) return;
    if (serviceKind(view, ctx.project) !== 'application') return;
    ctx.report({ messageId: 'missing', data: { unit: view.main.name.unit }, span: service.headerSpan });
  },
});
