import type { ProjectModel } from '../src/project.js';
import { defineRule } from '../src/rule.js';
import { curlOptions, curlUrls, hasOption, wgetOptions, type CurlOption } from '../src/shell/curl.js';
import { runByHealthcheck } from '../src/shell/script-context.js';

const healthcheckRun = new WeakMap<ProjectModel, Map<string, boolean>>();

export default defineRule({
  id: 'SH008',
  name: 'http-client-without-timeout',
  severity: 'note',
  category: 'reliability',
  productionOnly: true,
  kinds: ['shell', 'systemd', 'procfile', 'kubernetes', 'cron'],
  roles: ['start', 'hook', 'script', 'job'],
  triggers: ['curl', 'wget'],
  precision: 'high',
  messages: {
    curl: 'curl has no --max-time: if the server accepts the connection and then stalls, this command waits forever',
    wget: 'wget has no --timeout: a stalled server holds it for up to 900 s per read, retried 20 times',
  },
  docs: {
    summary: 'curl or wget in a script or hook has no overall timeout',
    what: `Reports \`curl\` without \`-m\`/\`--max-time\` and \`wget\` without \`-T\`/\`--timeout\`/\`--read-timeout\` in shell scripts, systemd hooks (\`ExecStartPre=\`, \`ExecStop=\`…) and start commands, and Procfile lines (\`release:\` included).

Also fine: \`curl --connect-timeout N\` on a probe — a \`-I\`/\`--head\` request, or a GET whose body is not saved to a file (\`-o /dev/null\`, printed or piped into \`grep\`); \`curl -y N\`/\`--speed-time N\` (aborts a stalled transfer), \`timeout 30 curl …\`, and a \`-K\` config file (which may set the timeout). Docker and compose health checks are not checked, nor scripts they run: Docker kills a check after its \`--timeout\` (30 s by default). Dockerfile \`RUN\` steps are build steps and not checked.`,
    why: `curl has no overall time limit by default and wget waits 900 seconds for each read and retries 20 times. When the peer accepts the connection and then stops answering — an overloaded API, a half-open connection after a network change, a proxy holding the request — a deploy script, a cron job, an \`ExecStartPre=\` or a monitoring loop simply stops at that line. A monitor that hangs no longer restarts anything; an \`ExecStartPre=\` that hangs keeps the service from starting until systemd's start timeout; a deploy hangs until someone notices.`,
    example: { kind: 'shell', path: 'notify-deploy.sh', code: '#!/bin/sh\nset -e\ncurl -fsS -X POST "$DEPLOY_WEBHOOK" -d "version=$VERSION"\n' },
    fix: { kind: 'shell', path: 'notify-deploy.sh', code: '#!/bin/sh\nset -e\ncurl -fsS --max-time 10 -X POST "$DEPLOY_WEBHOOK" -d "version=$VERSION"\n' },
    references: ['https://curl.se/docs/manpage.html#-m', 'https://everything.curl.dev/usingcurl/timeouts.html', 'https://www.gnu.org/software/wget/manual/wget.html#Download-Options'],
  },
  command(cmd, ctx) {
    if (cmd.wrappers.includes('timeout')) return;
    if (ctx.doc.kind === 'shell' && runByDockerHealthcheck(ctx.project, ctx.source.path)) return;
    const curl = curlOptions(cmd);
    if (curl) {
      // `curl -G --data-urlencode @- ""` only encodes text: no URL, no request.
      const urls = curlUrls(cmd) ?? [];
      if (urls.length > 0 && urls.every((u) => u === '')) return;
      if (cmd.argv.length < 2 || hasOption(curl, '-y', '--speed-time', '-K', '--config', '-V', '--version', '-h', '--help', '-M', '--manual')) return;
      // `--max-time 0` means no limit (curl(1)).
      const max = hasOption(curl, '-m', '--max-time');
      if (max && max.value !== '0') return;
      if (hasOption(curl, '--connect-timeout') && isProbe(curl)) return;
      ctx.report({ messageId: 'curl', span: cmd.argv[0]!.span });
      return;
    }
    const wget = wgetOptions(cmd);
    if (wget) {
      if (cmd.argv.length < 2 || hasOption(wget, '-V', '--version', '-h', '--help', '-e', '--execute', '--config')) return;
      // `--timeout=0` turns the timeout off (wget(1)).
      const timeout = hasOption(wget, '-T', '--timeout', '--read-timeout');
      if (timeout && timeout.value !== '0') return;
      ctx.report({ messageId: 'wget', span: cmd.argv[0]!.span });
    }
  },
});

function runByDockerHealthcheck(project: ProjectModel, path: string): boolean {
  let cache = healthcheckRun.get(project);
  if (!cache) healthcheckRun.set(project, (cache = new Map()));
  let known = cache.get(path);
  if (known === undefined) cache.set(path, (known = runByHealthcheck(project, path)));
  return known;
}

/**
 * A request that only checks that the peer answers (what `--connect-timeout` alone is meant for):
 * a HEAD, or a GET whose body is not saved (`-o /dev/null`, printed, or piped into `grep`). Saving
 * a download or sending data is a transfer, which only `--max-time` bounds.
 */
function isProbe(opts: CurlOption[]): boolean {
  if (hasOption(opts, '-I', '--head')) return true;
  if (hasOption(opts, '-O', '--remote-name', '--remote-name-all', '-T', '--upload-file', '-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '-F', '--form', '--json')) return false;
  const out = hasOption(opts, '-o', '--output');
  if (out && out.value !== '/dev/null') return false;
  const method = hasOption(opts, '-X', '--request');
  return !method || /^(GET|HEAD)$/i.test(method.value ?? '');
}
