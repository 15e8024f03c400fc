import { posix } from 'node:path';
import { oneShotTask } from '../src/one-shot.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule } from '../src/rule.js';
import { documentCommands, groupByScript, runsInline } from '../src/shell/script-context.js';
import { delegatedRestart, directStart, isLivenessCheck, restartingLoop, type Restart } from '../src/shell/supervision.js';
import { serviceOf } from '../src/shell/programs.js';
import type { Command } from '../src/types.js';

/** Names of scripts run periodically to keep something alive: `monitor-services.sh`, `watchdog.sh`, `keepalive.sh`. */
const MONITOR_NAME = /monitor|watchdog|keep[-_]?alive|ensure|guard|respawn|supervis|check[-_]?(alive|running|process|service)|(alive|process|service)[-_]?check|restart[-_]?if|auto[-_]?restart/i;

export default defineRule({
  id: 'SH015',
  name: 'hand-rolled-supervisor',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'kubernetes', 'cron', 'railway', 'fly', 'render', 'heroku'],
  triggers: ['while', 'until', 'for ((', 'pgrep', 'pidof', 'ps ', 'kill -0', 'curl', 'wget', '/proc/'],
  precision: 'high',
  messages: {
    loop: 'this loop checks whether a process is alive and starts {{program}} again itself: a hand-rolled supervisor that misses hangs, races into second copies and leaves the restarted process unwatched; use {{instead}}',
    rerun: '{{program}} runs in a loop that starts it again whenever it exits: a hand-rolled supervisor with no back-off, no crash record and no clean stop; use {{instead}}',
    cron: '{{program}} is started again by a script that checks whether it is alive: run from cron this is a supervisor that restarts it minutes late, outside any service manager; use {{instead}}',
  },
  docs: {
    summary: 'A shell loop or cron script restarts a service itself instead of a service manager',
    what: `Reports the command that starts a service again in a hand-rolled supervisor, in shell scripts and in start commands (\`sh -c '…'\` in a Dockerfile, compose, systemd or Procfile):
- a \`while\`/\`until\` loop that checks whether a program is alive (\`pgrep\`, \`pidof\`, \`ps … | grep\`, \`kill -0\`, \`[ -d /proc/$PID ]\`, \`curl\`/\`wget\`/\`nc\` on its port, \`screen -ls\`) and starts a service: a long-running program SH005 knows (\`uvicorn\`, \`python bot.py\`, \`./server\`, \`nohup … &\`), a start script (\`start*.sh\`, \`run*.sh\`, \`restart*.sh\`), or a SysV init script (\`service x start\`, \`/etc/init.d/x start\`);
- an endless loop (\`while true\`, \`while :\`, \`until false\`, \`for ((;;))\`) that runs a service, which starts it again each time it exits, and \`until python bot.py; do sleep 1; done\`;
- outside a loop, in a script whose name says it keeps something alive (\`monitor*\`, \`*watchdog*\`, \`keepalive*\`, \`ensure*\`, \`check-running*\`…, the kind cron runs every few minutes): a liveness check and a direct start in the same statement (\`if ! pgrep -f bot.py; then nohup python bot.py & fi\`, \`pgrep x || ./start.sh\`).

Not reported: restarts delegated to a service manager (\`systemctl restart\`, \`docker restart\`, \`docker compose up -d\`, \`supervisorctl\`, \`pm2 restart\`, \`kubectl\`), which supervise what they restart; wait-for loops (\`until pg_isready; do sleep 1; done; exec app\`), where the service runs after the loop; retry loops around one-shot commands (\`until alembic upgrade head; do sleep 2; done\`); \`for x in …\` loops; and loops inside functions. Crontab entries (and run-parts scripts) run every few minutes, so they are judged like a monitor script: a liveness check and a direct start in the same entry (\`*/2 * * * * pgrep -f bot.py || nohup python bot.py &\`); a cron entry that runs such a script is reported in the script. Kubernetes container commands and Railway/Fly.io/Render/heroku.yml start commands are start commands (\`sh -c 'while true; do python bot.py; done'\`).`,
    why: `The VPS report answered its crashing stack with \`monitor-services.sh\`: \`while true\`, \`pgrep -f "uvicorn.*8002"\`, and when it was missing \`pkill -f start_all_services.sh\` and run the start script again, every 30 seconds, itself started with \`nohup … &\`. The Django report did the same from cron every two minutes. Such a loop notices a crash up to a whole interval late, never notices a hang (the process exists), restarts everything when one piece died, can start a second copy when the pattern misses, has no back-off for a crash loop, dies silently itself — and the processes it starts are children of a shell that nothing supervises, so the next stop or reboot kills or forgets them. The service manager already does all of this correctly: \`Restart=on-failure\` in a systemd unit, \`restart: unless-stopped\` in compose, the platform's restart policy; for hangs, a health check (compose \`healthcheck:\`, systemd \`WatchdogSec=\`).`,
    example: {
      kind: 'shell',
      path: 'monitor-services.sh',
      code: '#!/bin/bash\nwhile true; do\n  if ! pgrep -f "uvicorn.*8002" > /dev/null; then\n    echo "[$(date)] API died, restarting..."\n    /v3/start_all_services.sh\n  fi\n  sleep 30\ndone\n',
    },
    fix: {
      kind: 'shell',
      path: 'monitor-services.sh',
      code: '#!/bin/bash\n# Restarts belong to systemd (Restart=on-failure in api.service); this only reports.\nwhile true; do\n  if ! pgrep -f "uvicorn.*8002" > /dev/null; then\n    echo "[$(date)] API is down" | logger -t monitor\n  fi\n  sleep 30\ndone\n',
    },
    references: [
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Restart=',
      'https://docs.docker.com/reference/compose-file/services/#restart',
      'https://docs.docker.com/engine/containers/start-containers-automatically/',
    ],
  },
  document(doc, ctx) {
    const shellFile = doc.kind === 'shell';
    const commands = documentCommands(ctx.doc, ctx.project).filter((c) => c.role === 'start' || (shellFile && c.role === 'script') || c.role === 'job');
    const monitorScript = shellFile && MONITOR_NAME.test(posix.basename(ctx.source.path));
    const instead = insteadFor(ctx.project, ctx.source.path, doc.kind);
    for (const group of groupByScript(commands)) {
      const inline = group.filter(runsInline);
      for (const cmd of inline) {
        const restart = restartOf(cmd);
        if (!restart) continue;
        const frame = restartingLoop(cmd);
        if (frame) {
          const inLoop = inline.filter((c) => c !== cmd && c.shell?.loops?.some((l) => l.loop.keyword.start === frame.loop.keyword.start));
          if (inLoop.some(isLivenessCheck) && !frame.inCondition) {
            ctx.report({ messageId: 'loop', data: { program: restart.what, instead }, span: spanOf(restart) });
          } else if ((frame.loop.infinite && !frame.inCondition) || (frame.loop.kind === 'until' && frame.inCondition && serviceOf(cmd))) {
            ctx.report({ messageId: 'rerun', data: { program: restart.what, instead }, span: spanOf(restart) });
          }
          continue;
        }
        // A cron job runs periodically, as a monitor script does.
        if (!monitorScript && cmd.role !== 'job') continue;
        const statement = inline.filter((c) => c !== cmd && c.shell?.top === cmd.shell?.top);
        if (statement.some(isLivenessCheck)) ctx.report({ messageId: 'cron', data: { program: restart.what, instead }, span: spanOf(restart) });
      }
    }
  },
});

/** A direct start that restarts something (not a one-shot task, not a service manager). */
function restartOf(cmd: Command): Restart | undefined {
  if (delegatedRestart(cmd) || oneShotTask(cmd)) return undefined;
  return directStart(cmd);
}

/** From the command's first word (`nohup`, `exec`) to the program. */
function spanOf(r: Restart): { start: number; end: number } {
  const first = r.cmd.raw[0] ?? r.cmd.argv[0]!;
  const head = r.cmd.argv[0] ?? first;
  return { start: first.span.start, end: Math.max(first.span.end, head.span.end) };
}

/** What to use instead, from what runs the script. */
function insteadFor(project: ProjectModel, path: string, kind: string): string {
  const vias = project.startedBy.get(path) ?? [];
  const kinds = new Set([kind, ...vias.map((v) => project.byPath.get(v.path)?.kind)]);
  if (kinds.has('systemd')) return 'Restart=on-failure in the systemd unit';
  if (kinds.has('compose') || kinds.has('dockerfile')) return 'the container\'s restart policy (compose restart: unless-stopped) and a healthcheck';
  if (kinds.has('procfile')) return 'the platform\'s restart policy';
  if (kinds.has('cron')) return 'a systemd unit with Restart=on-failure in place of the cron entry';
  if (kinds.has('kubernetes')) return 'the pod\'s restart (restartPolicy: Always, the default) and a livenessProbe';
  if (kinds.has('railway') || kinds.has('fly') || kinds.has('render') || kinds.has('heroku')) return 'the platform\'s restart policy and health check';
  return 'a service manager: a systemd unit with Restart=on-failure, compose restart: unless-stopped, or the platform\'s restart policy';
}
