import { defineRule } from '../src/rule.js';
import { daemonizes, serviceOf, type ServiceStrength } from '../src/shell/programs.js';
import { programName } from '../src/shell/query.js';
import { documentCommands, groupByScript, isStartScript, managedHelper, runsInline, startScriptContext } from '../src/shell/script-context.js';
import { baseName } from '../src/shell/unwrap.js';
import type { Command } from '../src/types.js';

type Mode = 'background' | 'foreground' | 'daemon';

interface Started {
  cmd: Command;
  name: string;
  mode: Mode;
  strength: ServiceStrength;
  /** Where the finding goes: from the first word of the command to the program. */
  span: { start: number; end: number };
}

export default defineRule({
  id: 'SH005',
  name: 'background-service-unsupervised',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'railway', 'fly', 'render', 'heroku'],
  triggers: ['&', 'setsid', 'fork', 'daemon', 'nginx', 'pg_ctl', 'pm2', 'memcached', 'php-fpm', 'sshd', 'cron', 'celery', 'apachectl', 'apache2ctl', '-D'],
  precision: 'high',
  messages: {
    unwatched: '{{program}} is started in the background and nothing waits for it: no supervisor tracks it, and when it dies nobody notices',
    more: '{{program}} is started in the background while the script goes on to run {{other}}: when it dies nobody notices, and one signal to the group stops them all at once',
    waitAll: '{{program}} is one of {{count}} services started in the background and awaited with a plain wait, which returns only when all have exited: when one dies the others keep running and nothing restarts it',
    daemon: '{{program}} detaches itself while the same script starts other services: nothing supervises it, and the service manager tracks the wrong process',
  },
  docs: {
    summary: 'A start script or command leaves a service running in the background with nothing watching it',
    what: `Looks at start commands (Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, \`ExecStart=\`, Procfile lines, package.json start scripts, and \`sh -c '…'\` inside them) and at shell scripts. Reports a long-running program (a server, worker or database prodlint knows, or the project's own code such as \`python bot.py\` or \`./server\`) that is:

- started with \`&\` (also \`nohup … &\`, \`setsid -f\`, followed or not by \`disown\`), when the script then ends without \`wait\`, or goes on to run other programs without \`wait\`;
- one of two or more services started in the background and awaited with a plain \`wait\` (which returns only when all of them have exited); \`wait -n\`, which returns as soon as one exits, is fine;
- a program that detaches itself (\`mongod --fork\`, \`redis-server --daemonize yes\`, \`nginx\` without \`daemon off;\`, \`pg_ctl start\`, \`gunicorn --daemon\`, \`pm2 start\`…) in a script that starts other services too.

In a shell script that no start carrier runs and whose name is not a start script's, a background program that the script later stops (\`kill\`) or awaits is a managed helper (a test server, say) and is not reported. Functions are not followed.`,
    why: `A VPS ran a Telegram bot's whole stack from one \`start_all_services.sh\`: \`mongod --fork\`, then the API, a web app and the bot each with \`… > /tmp/x.log 2>&1 &\`, then \`echo "all services started"\`. systemd (\`Type=forking\`) tracked whichever process it guessed; nothing watched the others. When one died nobody noticed, and when the unit was stopped or restarted — or one reloader sent a signal to the group — MongoDB, the API and the bot all died at the same second. A supervisor can only restart what it started: give each service its own unit, container or Procfile line, or, when one container must run two processes, \`wait -n\` and exit so that the container restarts.`,
    example: {
      kind: 'shell',
      path: 'start_all_services.sh',
      code: '#!/bin/bash\ncd /srv/app\n.venv/bin/uvicorn api.app:app --host 0.0.0.0 --port 8002 > /tmp/api.log 2>&1 &\n.venv/bin/python bot/main.py > /tmp/bot.log 2>&1 &\necho "all services started"\n',
    },
    fix: {
      kind: 'shell',
      path: 'start_all_services.sh',
      code: '#!/bin/bash\n# One container, two processes: exit as soon as either dies, so the container restarts.\ncd /srv/app\n.venv/bin/uvicorn api.app:app --host 0.0.0.0 --port 8002 &\n.venv/bin/python bot/main.py &\nwait -n\nexit $?\n',
    },
    references: [
      'https://docs.docker.com/engine/containers/multi-service_container/',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Type=',
      'https://www.gnu.org/software/bash/manual/html_node/Job-Control-Builtins.html#index-wait',
    ],
  },
  document(doc, ctx) {
    const path = ctx.source.path;
    const shellFile = doc.kind === 'shell';
    const startFile = shellFile && isStartScript(startScriptContext(ctx.project, path));
    const commands = documentCommands(ctx.doc, ctx.project).filter((c) => c.role === 'start' || (shellFile && c.role === 'script'));
    for (const group of groupByScript(commands)) {
      const inline = group.filter(runsInline);
      const started = inline.map(startedBy).filter((s): s is Started => s !== undefined);
      const background = started.filter((s) => s.mode === 'background');
      const daemons = started.filter((s) => s.mode === 'daemon');
      for (const s of started) {
        // In a script of unknown purpose, only well-known servers count as the other services it
        // goes on to run: `./bin/etcdctl endpoint health` is a client, not a second service.
        const helperScript = !startFile && s.cmd.carrier.kind === 'shell' && s.cmd.role === 'script';
        const others = started.filter((o) => o !== s && (o.strength === 'server' || !helperScript));
        if (s.mode === 'daemon') {
          if (others.length > 0) ctx.report({ messageId: 'daemon', data: { program: s.name }, span: s.span });
          continue;
        }
        if (s.mode !== 'background') continue;
        if (helperScript && managedHelper(inline, s.cmd)) continue;
        const after = inline.filter((c) => c.index > s.cmd.index);
        const waits = after.filter((c) => programName(c) === 'wait');
        const laterForeground = others.find((o) => o.cmd.index > s.cmd.index && o.mode !== 'background');
        const laterAny = others.find((o) => o.cmd.index > s.cmd.index);
        if (laterForeground) {
          ctx.report({ messageId: 'more', data: { program: s.name, other: laterForeground.name }, span: s.span });
        } else if (waits.length === 0) {
          if (laterAny) ctx.report({ messageId: 'more', data: { program: s.name, other: laterAny.name }, span: s.span });
          else ctx.report({ messageId: 'unwatched', data: { program: s.name }, span: s.span });
        } else if (background.length + daemons.length > 1 && !waits.some((w) => w.argv.some((a) => a.value === '-n'))) {
          ctx.report({ messageId: 'waitAll', data: { program: s.name, count: background.length }, span: s.span });
        }
      }
    }
  },
});

function startedBy(cmd: Command): Started | undefined {
  const first = cmd.raw[0];
  if (!first) return undefined;
  if (daemonizes(cmd)) {
    const head = cmd.argv[0]!;
    return { cmd, name: head.value ?? head.text, mode: 'daemon', strength: 'server', span: { start: first.span.start, end: Math.max(first.span.end, head.span.end) } };
  }
  const service = serviceOf(cmd);
  if (!service) return undefined;
  const mode: Mode = cmd.background || setsidForks(cmd) ? 'background' : 'foreground';
  return { cmd, name: service.name, mode, strength: service.strength, span: { start: first.span.start, end: Math.max(first.span.end, service.word.span.end) } };
}

/** `setsid -f X` / `setsid --fork X` returns at once, leaving X in the background. */
function setsidForks(cmd: Command): boolean {
  const i = cmd.raw.findIndex((w) => baseName(w.value) === 'setsid');
  if (i === -1) return false;
  for (const w of cmd.raw.slice(i + 1)) {
    const v = w.value ?? '';
    if (!v.startsWith('-')) return false;
    if (v === '--fork' || /^-[a-z]*f[a-z]*$/.test(v)) return true;
  }
  return false;
}
