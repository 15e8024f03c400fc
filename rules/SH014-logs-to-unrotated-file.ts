import { defineRule } from '../src/rule.js';
import { cronStartsAtBoot } from '../src/cron/boot.js';
import { fileRedirects, rotatedLogs, type FileRedirect } from '../src/shell/log-files.js';
import { serviceOf } from '../src/shell/programs.js';
import { programName } from '../src/shell/query.js';
import { documentCommands, groupByScript, isStartScript, managedHelper, runsInline, startScriptContext } from '../src/shell/script-context.js';
import type { Command } from '../src/types.js';

export default defineRule({
  id: 'SH014',
  name: 'logs-to-unrotated-file',
  severity: 'warning',
  category: 'operability',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'kubernetes', 'cron', 'railway', 'fly', 'render', 'heroku'],
  triggers: ['>'],
  precision: 'high',
  messages: {
    tmp: '{{program}} writes its output to {{file}}: /tmp is emptied on reboot, taking the logs of the crash with it, the file grows until the disk is full, and {{logs}} never sees a line',
    file: '{{program}} writes its output to {{file}}, which nothing rotates: the file grows until the disk is full, and {{logs}} never sees a line',
    exec: 'the script sends all later output to {{file}} (exec {{operator}}), including {{program}}\'s: {{where}}, and {{logs}} never sees a line',
  },
  docs: {
    summary: 'A start script sends a service\'s output to a log file nobody rotates, often in /tmp',
    what: `Reports a shell redirect of a long-running program's stdout or stderr to a file (\`> /tmp/api.log 2>&1 &\`, \`>> /var/log/app.log\`, \`&> x.log\`, \`nohup … > bot.log &\`), and \`exec >> file 2>&1\` in a script that then starts one, in what a service runs: start scripts (run by a Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose, \`ExecStart=\` or a Procfile, or named \`*entrypoint*\`, \`start*.sh\`, \`run*.sh\`), shell-form \`CMD\`/\`ENTRYPOINT\`, \`sh -c '…'\` in compose, systemd and Procfile lines, package.json start scripts, Kubernetes container commands, Railway/Fly.io/Render/heroku.yml start commands; crontab entries that start a service (\`@reboot\`, or sent to the background: a periodic job's own log is left alone); and in other shell scripts when the program is started in the background (\`&\`, \`nohup\`, \`setsid\`) and left running — not a helper the script stops itself (a later \`kill\`, a \`trap\` that kills or waits, as SH005 judges it, such as a benchmark's own database). The long-running programs are those SH005 knows (servers, workers, databases, the project's own \`python bot.py\` or \`./server\`). Anchored on the redirect.

Not reported: \`/dev/null\`, \`/dev/stdout\`, \`/dev/stderr\`, \`/proc/1/fd/1\` and other descriptors (\`2>&1\`); short commands (\`echo … >> x.log\`, a migration, \`git pull >> pull.log\`); pipes (\`| logger\`, \`| tee -a app.log\` — the output still reaches the supervisor); build steps (\`RUN\`) and \`ExecStartPre=\`; a target held in a variable whose name does not say \`log\`; and files that a logrotate configuration in the repository rotates (\`logrotate.conf\`, \`logrotate.d/*\`, \`*.logrotate\`: a stanza naming the path or a glob that matches it). Programs' own log options (\`--log-file\`, \`--logpath\`) are not looked at.`,
    why: `The VPS report's fix for its crashing stack was to start each service as \`"$PYTHON_BIN" -m uvicorn … > /tmp/api.log 2>&1 &\`, and then to debug with \`tail -f /tmp/*.log\`. Files in \`/tmp\` are gone after the next reboot — exactly when the logs of a crash are needed — and nothing rotates them, so a chatty service or a crash loop that logs a traceback per second fills the disk, and then MongoDB, the API and the bot fail together. The same report set \`StandardOutput=journal\` on the unit, but the redirect inside the script took every line away from \`journalctl\`; in a container the same redirect leaves \`docker logs\` empty. Write logs to stdout/stderr and let the supervisor (journald, Docker's logging driver) collect and rotate them, or add a logrotate rule for the file.`,
    example: {
      kind: 'shell',
      path: 'start_api.sh',
      code: '#!/bin/bash\ncd /srv/app\nexec .venv/bin/uvicorn api.app:app --host 0.0.0.0 --port 8002 > /tmp/api.log 2>&1\n',
    },
    fix: {
      kind: 'shell',
      path: 'start_api.sh',
      code: '#!/bin/bash\n# stdout and stderr go to the supervisor: journald or docker logs collect and rotate them.\ncd /srv/app\nexec .venv/bin/uvicorn api.app:app --host 0.0.0.0 --port 8002\n',
    },
    references: [
      'https://12factor.net/logs',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#StandardOutput=',
      'https://docs.docker.com/engine/logging/',
      'https://man7.org/linux/man-pages/man8/logrotate.8.html',
    ],
  },
  document(doc, ctx) {
    const shellFile = doc.kind === 'shell';
    const startFile = shellFile && isStartScript(startScriptContext(ctx.project, ctx.source.path));
    const commands = documentCommands(ctx.doc, ctx.project).filter((c) => c.role === 'start' || (shellFile && c.role === 'script') || c.role === 'job');
    const rotated = rotatedLogs(ctx.project);
    const unrotated = (r: FileRedirect) => r.path === null || !rotated.matches(r.path);
    const logs = logViewer(doc.kind, ctx.source.path);
    for (const group of groupByScript(commands)) {
      const inline = group.filter(runsInline);
      for (const cmd of inline) {
        if (isBareExec(cmd)) {
          const redirect = fileRedirects(cmd).find(unrotated);
          const later = redirect && inline.find((c) => c.index > cmd.index && serviceOf(c) && fileRedirects(c).length === 0 && (cmd.role === 'start' || startFile || launched(c)));
          if (redirect && later) {
            const where = redirect.path?.startsWith('/tmp/') ? '/tmp is emptied on reboot and nothing rotates the file' : 'nothing rotates the file, which grows until the disk is full';
            ctx.report({ messageId: 'exec', data: { file: redirect.target, operator: redirect.redirect.operator, program: serviceOf(later)!.name, where, logs }, span: redirect.redirect.span });
          }
          continue;
        }
        const service = serviceOf(cmd);
        if (!service) continue;
        if (cmd.role === 'script' && !startFile && (!launched(cmd) || managedHelper(inline, cmd))) continue;
        // Cron jobs: only services cron starts (`@reboot`, or sent to the background); a periodic job's log is its own.
        if (cmd.role === 'job' && !cronStartsAtBoot(cmd) && (!launched(cmd) || managedHelper(inline, cmd))) continue;
        const redirect = fileRedirects(cmd).find(unrotated);
        if (!redirect) continue;
        const tmp = redirect.path !== null && /^\/(var\/)?tmp\//.test(redirect.path);
        ctx.report({ messageId: tmp ? 'tmp' : 'file', data: { program: service.name, file: redirect.target, logs }, span: redirect.redirect.span });
      }
    }
  },
});

/** `exec > file 2>&1` with no program: redirects the rest of the script. */
function isBareExec(cmd: Command): boolean {
  return cmd.argv.length === 1 && programName(cmd) === 'exec';
}

/** Started to keep running on its own: `&`, `nohup`, `setsid`. */
function launched(cmd: Command): boolean {
  return cmd.background || cmd.wrappers.includes('nohup') || cmd.wrappers.includes('setsid');
}

/** What would have shown the output: journalctl under systemd, docker logs in a container. */
function logViewer(kind: string, path: string): string {
  if (kind === 'systemd') return 'journalctl';
  if (kind === 'dockerfile' || kind === 'compose') return 'docker logs';
  if (kind === 'procfile') return 'the platform\'s log stream';
  if (kind === 'kubernetes') return 'kubectl logs';
  if (kind === 'cron') return 'cron\'s mail (MAILTO) or syslog';
  if (kind === 'railway' || kind === 'fly' || kind === 'render' || kind === 'heroku') return 'the platform\'s log stream';
  return /entrypoint/i.test(path) ? 'docker logs' : 'journalctl or docker logs';
}
