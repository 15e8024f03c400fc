import { defineRule } from '../src/rule.js';
import { networkRole } from '../src/systemd/network-role.js';
import { listWords, unitView } from '../src/systemd/units.js';

/** Units that mean "the network is configured": network-online.target and the wait-online services behind it. */
const ONLINE = new Set(['network-online.target', 'systemd-networkd-wait-online.service', 'NetworkManager-wait-online.service']);

export default defineRule({
  id: 'SD006',
  name: 'network-target-not-online',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['systemd'],
  triggers: ['network.target', 'multi-user.target'],
  precision: 'medium',
  messages: {
    notOnline: '{{unit}} connects out ({{because}}) but is only ordered after network.target, which does not mean the network is up: at boot its first connection fails',
    noNetwork: '{{unit}} connects out ({{because}}) and is ordered only after multi-user.target, which does not wait for the network either: at boot its first connection fails',
    notPulled: '{{unit}} connects out ({{because}}) and is ordered after network-online.target without Wants= or Requires= on it, so nothing waits for the network at boot',
  },
  docs: {
    summary: 'A systemd service that connects out starts before the network is up',
    what: `Reports \`network.target\` in \`After=\` (on that word) when the unit is not both ordered after \`network-online.target\` (\`After=\`) and pulling it in (\`Wants=\`/\`Requires=\`/\`BindsTo=\`/\`Requisite=\`); \`systemd-networkd-wait-online.service\` and \`NetworkManager-wait-online.service\` count as \`network-online.target\`. Also reports \`multi-user.target\` in \`After=\` when no network unit is ordered at all (neither \`network.target\` nor \`network-online.target\`): reaching multi-user.target does not mean the network is up, so it is the same hazard. Drop-ins of the unit in the project are merged.

Only *clients* are reported: programs that connect out at start. A server that only binds a port works whenever the network comes up, so it is fine with \`network.target\`. The heuristic reads the unit's name, \`Description=\`, \`SyslogIdentifier=\` and the words of its \`ExecStart=\` lines:
- client: a word such as bot (and \`*bot\`), telegram, discord, slack, worker, consumer, client, agent, poller, scraper, crawler, fetcher, sync, notifier, scheduler, beat, backup, uploader, downloader, forwarder, tunnel, vpn, mqtt — or a client program (\`celery\` other than \`celery flower\`, a web dashboard; \`rq\`, \`sidekiq\`, \`dramatiq\`, \`arq\`, \`autossh\`, \`cloudflared\`, \`ngrok\`, \`frpc\`);
- server, which wins over client words: a word such as server, api, web, http, www, site, gateway, proxy, frontend, dashboard, webhook, streaming, exporter, metrics, an application server (\`gunicorn\`, \`uvicorn\`, \`nginx\`...), or a listen option in \`ExecStart=\` (\`--port\`, \`--bind\`, \`--host\`, \`--listen\`, \`-b\`, \`0.0.0.0:8000\`, \`unix:/run/app.sock\`).
Limits: a bot served by webhook binds a port and is taken for a server; a client with a neutral name (\`app.service\` running \`main.py\`) is not recognised; a server that also connects to a remote database at start is not reported.`,
    why: `\`network.target\` only means the network *management* stack has started, not that an interface has an address or a route: at boot, a bot ordered after it sends its first request to Telegram before DHCP has finished, gets "Network is unreachable" or a DNS failure, and exits. Without restarts it stays down until someone logs in — the VPS incident's bot unit used exactly \`After=network.target\`. \`Wants=network-online.target\` plus \`After=network-online.target\` makes systemd wait until the network is configured.`,
    example: {
      kind: 'systemd',
      path: 'telegram-bot.service',
      code: '[Unit]\nDescription=Telegram bot\nAfter=network.target\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    fix: {
      kind: 'systemd',
      path: 'telegram-bot.service',
      code: '[Unit]\nDescription=Telegram bot\nAfter=network.target network-online.target\nWants=network-online.target\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n',
    },
    references: ['https://systemd.io/NETWORK_ONLINE/', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.special.html#network-online.target'],
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view) return;
    const unit = view.main?.name ?? view.parts[0]?.name;
    if (!unit || unit.type !== 'service') return;
    const after = listWords(view, 'Unit', ['After']);
    // `After=multi-user.target` with no network unit at all orders nothing before the network
    // either (multi-user.target is not after network-online.target).
    const noNetwork = !after.some((w) => w.text === 'network.target' || ONLINE.has(w.text));
    const networkTarget = after.find((w) => w.text === 'network.target') ?? (noNetwork ? after.find((w) => w.text === 'multi-user.target') : undefined);
    // Judged from every file of the unit; the finding is reported by the file that names the target.
    if (!networkTarget || networkTarget.part.doc !== doc) return;
    const ordered = after.some((w) => ONLINE.has(w.text));
    const pulled = listWords(view, 'Unit', ['Wants', 'Requires', 'BindsTo', 'Requisite']).some((w) => ONLINE.has(w.text));
    if (ordered && pulled) return;
    const role = networkRole(view, ctx.project);
    if (role.role !== 'client') return;
    const data = { unit: unit.unit, because: role.because ?? 'client' };
    ctx.report({ messageId: noNetwork ? 'noNetwork' : ordered ? 'notPulled' : 'notOnline', data, span: networkTarget.span });
  },
});
