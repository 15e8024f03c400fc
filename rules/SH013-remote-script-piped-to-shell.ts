import { defineRule } from '../src/rule.js';
import { remoteExec } from '../src/shell/remote-exec.js';
import { documentCommands, isStartScriptPath } from '../src/shell/script-context.js';

type MessageId = 'atStart' | 'atBuild' | 'inScript' | 'onSchedule';


export default defineRule<MessageId>({
  id: 'SH013',
  name: 'remote-script-piped-to-shell',
  severity: 'note',
  category: 'security',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'kubernetes', 'cron', 'railway', 'fly', 'render', 'heroku'],
  triggers: ['curl', 'wget'],
  securitySeverity: 8.1,
  precision: 'high',
  messages: {
    atStart: '{{fetcher}} output is run by {{runner}} on every start or deploy: whatever {{host}} serves at that moment runs in production, and the start fails whenever it is unreachable',
    atBuild: '{{fetcher}} output is run by {{runner}} at build time: the image runs whatever {{host}} served that day, unpinned and unchecked',
    inScript: '{{fetcher}} output is run by {{runner}}: this script runs whatever {{host}} serves at that moment, unpinned and unchecked',
    onSchedule: '{{fetcher}} output is run by {{runner}} on every run of this job: whatever {{host}} serves at that moment runs here, unpinned and unchecked, and the job fails whenever it is unreachable',
  },
  docs: {
    summary: 'A downloaded script is run straight from the network',
    what: `Reports a download fed straight into an interpreter: \`curl … | sh\` (also \`bash\`, \`sudo -E bash -\`, \`bash -s -- args\`, \`python3 -\`, \`perl\`, \`ruby\`, \`node\`), \`wget -qO- … | sh\`, \`bash <(curl …)\`, \`source <(curl …)\`, \`sh -c "$(curl …)"\` and \`eval "$(curl …)"\`. The interpreter must read its program from the download: \`curl … | python3 -c 'import json…'\` or \`curl … | sh local.sh\` are not reported, nor downloads to a file (\`curl -o\`, \`wget\` without \`-O -\`).

The rule's default severity is **note**, for build steps (Dockerfile \`RUN\`, package.json scripts other than start) and shell scripts of unknown purpose. In what a service runs — Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, health checks, systemd \`Exec*=\`, Procfile lines, package.json start scripts, Kubernetes containers (init containers, probes and hooks included), Railway/Fly.io/Render/heroku.yml start and release commands, and scripts started by any of them or named like start scripts (\`start.sh\`, \`docker-entrypoint.sh\`) — and in scheduled jobs (crontab entries, Kubernetes Jobs and CronJobs) the finding is raised to **error**: that is where it takes production down or over.`,
    why: `A start command that runs \`curl https://… | sh\` makes every restart depend on a host you do not control: when it is slow or down, the service cannot start (exactly when an outage is making everything restart); when it changes — a new release, a compromised CDN, a hijacked domain — production runs the new code with the service's credentials, and nothing records what ran. Piping also runs a partial download: a connection cut mid-file executes a truncated script. At build time the same line makes the image depend on what a server answered that day (hadolint has no rule for it; DL4006 only asks for \`pipefail\`), which is why it is only a note there. The incident reports behind prodlint were all caused by what ran at start; this is the one start-time input nobody reviewed. The fix is to download a pinned version, check its checksum, and install it in the image.`,
    example: { kind: 'shell', path: 'docker-entrypoint.sh', code: '#!/bin/sh\nset -e\ncurl -fsSL https://agent.example-apm.com/install.sh | sh\nexec gunicorn app.wsgi --bind 0.0.0.0:8000\n' },
    fix: {
      kind: 'shell',
      path: 'docker-entrypoint.sh',
      code: '#!/bin/sh\n# The agent is installed in the image (Dockerfile: pinned version, sha256sum -c).\nset -e\nexec gunicorn app.wsgi --bind 0.0.0.0:8000\n',
    },
    references: ['https://docs.docker.com/build/building/best-practices/#run', 'https://github.com/hadolint/hadolint/wiki/DL4006'],
  },
  command(cmd, ctx) {
    const hit = remoteExec(cmd, documentCommands(ctx.doc, ctx.project));
    if (!hit) return;
    const host = hit.url ? hostOf(hit.url) : 'the server';
    const data = { fetcher: hit.fetcher, runner: hit.runner, host };
    if (cmd.role === 'build') {
      ctx.report({ messageId: cmd.carrier.kind === 'dockerfile' ? 'atBuild' : 'inScript', data, span: hit.span });
      return;
    }
    // A crontab entry, a Kubernetes Job or CronJob: runs again on every schedule, unattended.
    if (cmd.role === 'job') {
      ctx.report({ messageId: 'onSchedule', severity: 'error', data, span: hit.span });
      return;
    }
    const startsService = cmd.role !== 'script' || (cmd.carrier.kind === 'shell' && isStartScriptPath(ctx.project, ctx.source.path));
    if (startsService) ctx.report({ messageId: 'atStart', severity: 'error', data, span: hit.span });
    else ctx.report({ messageId: 'inScript', data, span: hit.span });
  },
});

function hostOf(url: string): string {
  const m = /^[a-z]+:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(url);
  return m ? m[1]! : url.split('/')[0]!;
}

