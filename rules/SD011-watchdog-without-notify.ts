import { defineRule } from '../src/rule.js';
import { effective, effectiveValue, serviceType, unitView } from '../src/systemd/units.js';
import { timespanToMs } from '../src/systemd/values.js';

export default defineRule({
  id: 'SD011',
  name: 'watchdog-without-notify',
  severity: 'warning',
  category: 'reliability',
  productionOnly: false,
  kinds: ['systemd'],
  triggers: ['WatchdogSec'],
  precision: 'high',
  messages: {
    notNotify: 'WatchdogSec={{value}} with Type={{type}}: a service that does not speak sd_notify never sends WATCHDOG=1, so systemd kills it every {{period}}',
  },
  docs: {
    summary: 'A systemd watchdog is set on a service that does not notify systemd',
    what: `Reports \`WatchdogSec=\` (on the key) set to a non-zero, finite time when the service's \`Type=\` is not \`notify\`, \`notify-reload\` or \`dbus\` and no \`NotifyAccess=\` is set. D-Bus services (\`Type=dbus\`, or \`BusName=\` without \`Type=\`) are libsystemd programs that ping the watchdog themselves, as systemd's own \`logind\` and \`hostnamed\` do. Drop-ins of the unit in the project are merged; a drop-in alone is judged only when it sets \`Type=\` itself. Limit: a \`Type=simple\` program may still call \`sd_notify("WATCHDOG=1")\` (systemd accepts it from the main process when a watchdog is set); declare \`Type=notify\` — which also makes startup wait for \`READY=1\` — or set \`NotifyAccess=main\` to make the intent explicit.`,
    why: `The watchdog expects the service to send \`WATCHDOG=1\` over the notification socket at least every \`WatchdogSec=\`. A program that never does — most programs, unless they use sd_notify — is killed with SIGABRT each time the period runs out, then restarted: a healthy service in a crash loop, with core dumps, dropped connections and lost in-flight work every N seconds. One Telegram bot incident had the same shape with a home-made watchdog that called \`os._exit(1)\` too eagerly: the "protection" was the outage.`,
    example: {
      kind: 'systemd',
      path: 'bot.service',
      code: '[Unit]\nDescription=Telegram bot\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\nWatchdogSec=60\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'bot.service',
      code: '[Unit]\nDescription=Telegram bot\n\n[Service]\nType=notify\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\nWatchdogSec=60\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#WatchdogSec=', 'https://www.freedesktop.org/software/systemd/man/latest/sd_notify.html'],
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view) return;
    if ((view.main ?? view.parts[0])?.name.type !== 'service') return;
    const watchdog = effective(view, 'Service', 'WatchdogSec');
    // Judged from every file of the unit; the finding is reported by the file that sets WatchdogSec=.
    if (!watchdog || watchdog.part.doc !== doc) return;
    const value = watchdog.directive.value.text.trim();
    const ms = timespanToMs(value);
    if (ms === undefined || ms === 0 || ms === Infinity) return;
    if (!view.main && !effective(view, 'Service', 'Type')) return; // the unit's Type= is not known
    const type = serviceType(view);
    // D-Bus services are written against sd-bus/libsystemd and ping the watchdog themselves
    // (systemd's own hostnamed, logind, timedated: Type=dbus with WatchdogSec=3min).
    if (type === 'notify' || type === 'notify-reload' || type === 'dbus') return;
    if (effectiveValue(view, 'Service', 'NotifyAccess')) return;
    // A bare number is seconds (systemd.time(7)); say so, since `every 30` names no unit.
    const period = /^[\d.]+$/.test(value) ? `${value} second${value === '1' ? '' : 's'}` : value;
    ctx.report({ messageId: 'notNotify', data: { value, type, period }, span: watchdog.directive.keySpan });
  },
});
